package se.asfregister.activity;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.asfregister.activity.ActivityRecords.ActivityRequest;
import se.asfregister.activity.ActivityRecords.ActivityResponse;
import se.asfregister.activity.ActivityRecords.Participants;
import se.asfregister.area.Municipality;
import se.asfregister.company.CompanyService;
import se.asfregister.csr.CompanyLinks;
import se.asfregister.security.CompanyAccess;
import se.asfregister.common.ProjectLookup;
import se.asfregister.common.VersionedCrud;
import se.asfregister.web.ApiException;
import se.asfregister.web.PageRequest;
import se.asfregister.web.Paged;

/** Network meetings, trainings, conferences and seminars. */
@ApplicationScoped
public class ActivityService extends VersionedCrud<Activity, ActivityRequest, ActivityResponse> {

    @Inject
    CompanyService companies;

    @Inject
    CompanyAccess access;

    @Inject
    ProjectLookup projects;

    /** API sort name → entity property. */
    public static final Map<String, String> SORTABLE = Map.of("id", "id", "title", "title", "date", "heldOn",
            "createdAt", "createdAt");

    public Paged<ActivityResponse> list(ActivityFilter filter, PageRequest page) {
        PanacheQuery<Activity> q = Activity.<Activity>find(filter.query(), page.panacheSort(), filter.params())
                .page(page.panachePage());
        return Paged.of(q.list(), page, q.count(), this::responseOf);
    }

    /** Every match, for CSV export. */
    public List<ActivityResponse> listAll(ActivityFilter filter, PageRequest order) {
        return Activity.<Activity>find(filter.query(), order.panacheSort(), filter.params()).list().stream()
                .map(this::responseOf).toList();
    }

    /** The activities of a project held on or before {@code until}, by date; for the project's report. */
    public List<ActivityResponse> ofProject(long projectId, LocalDate until) {
        return Activity.<Activity>list("projectId = ?1 and heldOn <= ?2 order by heldOn, id", projectId, until)
                .stream().map(this::responseOf).toList();
    }

    /** The activities a company attended; 404 for an unknown company. */
    public Paged<ActivityResponse> ofCompany(long companyId, PageRequest page) {
        companies.find(companyId);
        return list(ActivityFilter.ofCompany(companyId), page);
    }

    @Override
    protected Activity newEntity() {
        return new Activity();
    }

    @Override
    protected ActivityRequest requestOf(Activity e) {
        return ActivityRecords.requestOf(e);
    }

    @Override
    protected ActivityResponse responseOf(Activity e) {
        return ActivityResponse.of(e, access.seesExactAggregates());
    }

    @Override
    protected Class<ActivityRequest> requestType() {
        return ActivityRequest.class;
    }

    @Override
    public Activity find(long id) {
        Activity a = Activity.findById(id);
        if (a == null) {
            throw ApiException.notFound("Activity", id);
        }
        return a;
    }

    @Override
    protected void apply(Activity a, ActivityRequest r) {
        if (!Municipality.exists(r.municipalityCode())) {
            throw ApiException.invalid("municipalityCode", "no municipality has code " + r.municipalityCode());
        }
        if (r.projectId() != null && projects.countyOf(r.projectId()).isEmpty()) {
            throw ApiException.invalid("projectId", "no project has id " + r.projectId());
        }
        CompanyLinks.replaceIfChanged(a.companyIds, CompanyLinks.checked("companyIds", r.companyIds()));
        List<String> topics = r.topics() == null ? List.of() : r.topics().stream().map(String::trim).toList();
        if (!a.topics.equals(topics)) {
            a.topics.clear();
            a.topics.addAll(topics);
        }
        a.kind = r.kind();
        a.title = r.title().trim();
        a.heldOn = r.date();
        a.municipalityCode = r.municipalityCode();
        Participants p = r.participants() == null ? new Participants(null, null, null) : r.participants();
        a.participantsWomen = p.women() == null ? 0 : p.women();
        a.participantsMen = p.men() == null ? 0 : p.men();
        a.participantsOther = p.other() == null ? 0 : p.other();
        a.description = r.description();
        a.projectId = r.projectId();
    }
}
