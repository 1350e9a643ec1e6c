package se.asfregister.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.asfregister.activity.ActivityRecords.ActivityRequest;
import se.asfregister.activity.ActivityRecords.ActivityResponse;
import se.asfregister.activity.ActivityRecords.Participants;
import se.asfregister.area.Municipality;
import se.asfregister.common.ListedCrud;
import se.asfregister.common.ProjectLookup;
import se.asfregister.common.VersionedEntity;
import se.asfregister.company.CompanyLinks;
import se.asfregister.company.CompanyService;
import se.asfregister.security.CompanyAccess;
import se.asfregister.web.ApiException;
import se.asfregister.web.PageRequest;
import se.asfregister.web.Paged;

/** Network meetings, trainings, conferences and seminars. */
@ApplicationScoped
public class ActivityService extends ListedCrud<Activity, ActivityRequest, ActivityResponse, ActivityFilter> {

    @Inject
    CompanyService companies;

    @Inject
    CompanyAccess access;

    @Inject
    ProjectLookup projects;

    /** API sort name → entity property. */
    public static final Map<String, String> SORTABLE = Map.of("id", "id", "title", "title", "date", "heldOn",
            "createdAt", "createdAt");

    public ActivityService() {
        super(Activity.class, "Activity", Activity::new, ActivityRequest.class, ActivityRecords::requestOf, SORTABLE,
                (q, s, p) -> Activity.find(q, s, p));
    }

    /** The activities of a project held on or before {@code until}, by date; for the project's report. */
    public List<ActivityResponse> ofProject(long projectId, LocalDate until) {
        return Activity.<Activity>list("projectId = ?1 and heldOn <= ?2 order by heldOn, id", projectId, until)
                .stream().map(this::responseOf).toList();
    }

    /** The activities a company attended; 404 for an unknown company. */
    public Paged<ActivityResponse> ofCompany(long companyId, PageRequest page) {
        companies.requireExists(companyId);
        return list(ActivityFilter.ofCompany(companyId), page);
    }

    @Override
    protected ActivityResponse responseOf(Activity e) {
        return ActivityResponse.of(e, access.seesExactAggregates());
    }

    @Override
    protected void apply(Activity a, ActivityRequest r) {
        Municipality.requireKnown(r.municipalityCode());
        if (r.projectId() != null && projects.countyOf(r.projectId()).isEmpty()) {
            throw ApiException.invalid("projectId", "no project has id " + r.projectId());
        }
        VersionedEntity.replaceIfChanged(a.companyIds, CompanyLinks.checked("companyIds", r.companyIds()));
        VersionedEntity.replaceIfChanged(a.topics, r.topics() == null ? List.of()
                : r.topics().stream().map(String::trim).toList());
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
