package se.asfregister.company;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.asfregister.area.Municipality;
import se.asfregister.company.CompanyRecords.CompanyRequest;
import se.asfregister.company.CompanyRecords.CompanyResponse;
import se.asfregister.company.CompanyRecords.Contact;
import se.asfregister.company.CompanyRecords.Criteria;
import se.asfregister.web.ApiException;
import se.asfregister.web.JsonBodies;
import se.asfregister.web.PageRequest;
import se.asfregister.web.Paged;
import se.asfregister.web.Preconditions;
import se.asfregister.web.Problem;
import se.asfregister.web.ProblemType;
import se.asfregister.web.TextSearch;

/** The company register: every rule about companies lives here. */
@ApplicationScoped
public class CompanyService {

    /** API sort name → entity property. */
    public static final Map<String, String> SORTABLE = Map.of(
            "name", "searchName", "createdAt", "createdAt", "municipalityCode", "municipalityCode", "id", "id");

    @Inject
    JsonBodies jsonBodies;

    @Inject
    Instance<CompanyUsage> usages;

    public Paged<CompanyResponse> list(CompanyFilter filter, PageRequest page) {
        var where = filter.where();
        PanacheQuery<Company> q = Company.find(where.query(), page.panacheSort(), where.params())
                .page(page.panachePage());
        return Paged.of(q.list(), page, q.count(), CompanyResponse::of);
    }

    /** Every matching company, for CSV export (the register is small: thousands, not millions). */
    public List<CompanyResponse> listAll(CompanyFilter filter, PageRequest order) {
        var where = filter.where();
        return Company.<Company>find(where.query(), order.panacheSort(), where.params()).list()
                .stream().map(CompanyResponse::of).toList();
    }

    /** The most frequent read: one query with both lists instead of three round trips. */
    public CompanyResponse get(long id) {
        return Company.<Company>find("FROM Company c LEFT JOIN FETCH c.industries LEFT JOIN FETCH c.socialMedia"
                + " WHERE c.id = ?1", id).singleResultOptional().map(CompanyResponse::of)
                .orElseThrow(() -> ApiException.notFound("Company", id));
    }

    @Transactional
    public CompanyResponse create(CompanyRequest body) {
        Company c = new Company();
        apply(c, body);
        c.persist();
        Company.flush();
        return CompanyResponse.of(c);
    }

    @Transactional
    public CompanyResponse replace(long id, CompanyRequest body, String ifMatch, EditScope scope) {
        Company c = find(id);
        Preconditions.checkIfMatch(ifMatch, c.version);
        checkScope(c, body, scope);
        apply(c, body);
        Company.flush();
        return CompanyResponse.of(c);
    }

    @Transactional
    public CompanyResponse patch(long id, String mergePatch, String ifMatch, EditScope scope) {
        Company c = find(id);
        Preconditions.checkIfMatch(ifMatch, c.version);
        CompanyRequest merged = jsonBodies.mergePatch(CompanyRecords.requestOf(c), mergePatch, CompanyRequest.class);
        checkScope(c, merged, scope);
        apply(c, merged);
        Company.flush();
        return CompanyResponse.of(c);
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Company c = find(id);
        Preconditions.checkIfMatch(ifMatch, c.version);
        List<String> uses = new ArrayList<>();
        for (CompanyUsage usage : usages) {
            usage.usageOf(id).ifPresent(uses::add);
        }
        if (!uses.isEmpty()) {
            throw ApiException.conflict("Company " + id + " cannot be deleted because " + String.join(" and ", uses)
                    + "; set its status to CLOSED instead");
        }
        c.delete();
        Company.flush();
    }

    /** A reporter may not change the register facts: 403 naming each one the request would change. */
    private static void checkScope(Company c, CompanyRequest requested, EditScope scope) {
        if (scope == EditScope.EVERYTHING) {
            return;
        }
        List<String> changed = RegisterFacts.changed(CompanyRecords.requestOf(c), requested);
        if (!changed.isEmpty()) {
            throw new ApiException(ProblemType.FORBIDDEN, "Only an admin may change the register facts "
                    + String.join(", ", changed) + "; a reporter may change the descriptive fields and the contact",
                    changed.stream().map(f -> new Problem.FieldError(f, "only an admin may change this register fact"))
                            .toList(), Map.of());
        }
    }

    public Company find(long id) {
        Company c = Company.findById(id);
        if (c == null) {
            throw ApiException.notFound("Company", id);
        }
        return c;
    }

    /**
     * Copies a validated request onto the entity. Hibernate compares values at flush, so an
     * identical PUT leaves the entity clean (same version, same updatedAt); only the element
     * collections need care, since touching them marks them dirty.
     */
    private void apply(Company c, CompanyRequest r) {
        OrganisationNumber.Parsed parsed = OrganisationNumber.parse(r.organisationNumber());
        String orgNo = parsed.number().orElseThrow(() -> ApiException.invalid("organisationNumber",
                parsed.problem().orElseThrow()));
        if (!Municipality.exists(r.municipalityCode())) {
            throw ApiException.invalid("municipalityCode", "no municipality has code " + r.municipalityCode());
        }
        if (!orgNo.equals(c.organisationNumber)) {
            Optional<Company> other = Company.find("organisationNumber", orgNo).firstResultOptional();
            if (other.isPresent()) {
                throw ApiException.conflict("Organisation number " + orgNo + " is already registered as company "
                        + other.get().id);
            }
            c.organisationNumber = orgNo;
        }
        c.name = r.name().trim();
        c.searchName = TextSearch.lower(c.name);
        c.legalForm = r.legalForm();
        c.municipalityCode = r.municipalityCode();
        c.address = r.address();
        c.website = r.website();
        c.description = r.description();
        c.foundedOn = r.foundedOn();
        c.status = r.status() == null ? CompanyStatus.ACTIVE : r.status();
        replaceIfChanged(c.industries, r.industries() == null ? List.of()
                : r.industries().stream().map(String::trim).toList());
        replaceIfChanged(c.socialMedia, r.socialMedia() == null ? List.of() : r.socialMedia());
        Criteria k = r.criteria() == null ? new Criteria(null, null, null, null, null) : r.criteria();
        c.sellsGoodsOrServices = Boolean.TRUE.equals(k.sellsGoodsOrServices());
        c.integrationPurpose = Boolean.TRUE.equals(k.integrationPurpose());
        c.employeeParticipation = Boolean.TRUE.equals(k.employeeParticipation());
        c.reinvestsProfits = Boolean.TRUE.equals(k.reinvestsProfits());
        c.independentOfPublicSector = Boolean.TRUE.equals(k.independentOfPublicSector());
        c.meetsAsfCriteria = c.deriveMeetsCriteria();
        Contact contact = r.contact();
        c.contactName = contact == null ? null : contact.name();
        c.contactEmail = contact == null ? null : contact.email();
        c.contactPhone = contact == null ? null : contact.phone();
    }

    /** Touching a persistent collection marks it dirty; only do so for a real change. */
    private static void replaceIfChanged(List<String> current, List<String> wanted) {
        if (!current.equals(wanted)) {
            current.clear();
            current.addAll(wanted);
        }
    }
}
