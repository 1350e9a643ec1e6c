package se.asfregister.company;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import se.asfregister.area.Municipality;
import se.asfregister.audit.WriteGeneration;
import se.asfregister.common.Listing;
import se.asfregister.common.SwedishClock;
import se.asfregister.common.VersionedCrud;
import se.asfregister.common.VersionedEntity;
import se.asfregister.company.CompanyRecords.CompanyRequest;
import se.asfregister.company.CompanyRecords.CompanyResponse;
import se.asfregister.company.CompanyRecords.Contact;
import se.asfregister.company.CompanyRecords.Criteria;
import se.asfregister.security.CompanyAccess;
import se.asfregister.security.CurrentUser;
import se.asfregister.web.ApiException;
import se.asfregister.web.ExpectedVersion;
import se.asfregister.web.PageRequest;
import se.asfregister.web.Paged;
import se.asfregister.web.Problem;
import se.asfregister.web.ProblemType;
import se.asfregister.web.TextSearch;
import se.asfregister.web.Where;

/** The company register: every rule about companies lives here. */
@ApplicationScoped
public class CompanyService extends VersionedCrud<Company, CompanyRequest, CompanyResponse>
        implements Listing<CompanyFilter, CompanyResponse> {

    /** API sort name → entity property. */
    public static final Map<String, String> SORTABLE = Map.of(
            "name", "searchName", "createdAt", "createdAt", "municipalityCode", "municipalityCode", "id", "id",
            "updatedAt", "updatedAt");

    @Inject
    Instance<CompanyUsage> usages;

    @Inject
    CompanyAccess access;

    @Inject
    ReservedContracts reserved;

    @Inject
    TrainingPlacesService places;

    @Inject
    SwedishClock clock;

    @Inject
    DataSource dataSource;

    @Inject
    KeptResponses kept;

    private final Object firstQuery = new Object();
    private volatile boolean warm;

    public CompanyService() {
        super(Company.class, "Company", Company::new, CompanyRequest.class, CompanyRecords::requestOf);
    }

    @Override
    public Map<String, String> sortable() {
        return SORTABLE;
    }

    /**
     * One page: the companies as rows with their lists, not entities ({@link CompanyRow}), their
     * reserved-contract statuses in one lookup, and the count only when the page does not tell
     * the total.
     */
    @Override
    public Paged<CompanyResponse> list(CompanyFilter filter, PageRequest page) {
        PanacheQuery<CompanyRow> query = rows(filter, page).page(page.panachePage());
        return Paged.of(responsesOf(firstAlone(query::list)), page, query::count, Function.identity());
    }

    /** Every matching company, for CSV export (the register is small: thousands, not millions). */
    @Override
    public List<CompanyResponse> listAll(CompanyFilter filter, PageRequest order) {
        return responsesOf(firstAlone(rows(filter, order)::list));
    }

    private PanacheQuery<CompanyRow> rows(CompanyFilter filter, PageRequest order) {
        var where = where(filter);
        return Company.find(CompanyRow.FROM + where.query(), order.panacheSort(), where.params())
                .project(CompanyRow.class);
    }

    /**
     * Runs the first list query after a start alone. Hibernate parses a query it has not cached
     * in every thread that asks before the first parse is done, and a cold parse of the row
     * projection is slow: sixteen parallel first requests after a start left about 50 MB of
     * the parsers' garbage in the old generation (docs/performance.md). One warm parse makes the
     * later ones, of any filter, fast.
     */
    private List<CompanyRow> firstAlone(Supplier<List<CompanyRow>> query) {
        if (warm) {
            return query.get();
        }
        synchronized (firstQuery) {
            List<CompanyRow> rows = query.get();
            warm = true;
            return rows;
        }
    }

    /** The responses of {@code companies}, with their reserved-contract statuses looked up at once, not one each. */
    private List<CompanyResponse> responsesOf(List<CompanyRow> companies) {
        Map<Long, ReservedContracts.Status> statuses = reserved.of(companies);
        Instant now = clock.now();
        return companies.stream().map(c -> CompanyResponse.of(c, statuses.get(c.id()), now)).toList();
    }

    /** The filters, with the companies that the place and eligibility filters let through worked out first. */
    private Where where(CompanyFilter filter) {
        return filter.where(filter.availablePlaces() == null ? null : places.companiesWithAvailable(filter.availablePlaces()),
                filter.reservedContract() == null ? null : reserved.eligibleCompanies());
    }

    /**
     * The most frequent read, over plain JDBC ({@link CompanyRow#BY_ID}) and kept until a write
     * ({@link KeptResponses}); only the resource calls it, outside any transaction.
     */
    @Override
    public CompanyResponse get(long id) {
        return kept(id).response();
    }

    /** {@link #get}'s response as kept, with its JSON for the resource. */
    KeptResponses.Kept kept(long id) {
        // before the company: a write that commits in between shows in the next read
        long generation = WriteGeneration.read(dataSource);
        KeptResponses.Kept k = kept.get(id, generation, clock.now());
        return k != null ? k : kept.put(generation, responsesOf(List.of(CompanyRow.byId(dataSource, id))).get(0));
    }

    @Override
    protected CompanyResponse responseOf(Company c) {
        return responsesOf(List.of(CompanyRow.of(c))).get(0);
    }

    /** The caller confirms that the company's record is still right ({@link Verification}). */
    @Transactional
    public CompanyResponse verify(long id, ExpectedVersion expected) {
        Company c = find(id);
        expected.check(c.version);
        c.verification.confirm(clock.now(), CurrentUser.nameForAudit());
        Company.getEntityManager().flush();
        return responseOf(c);
    }

    /**
     * A reporter (whom AccessPolicy lets through for their own companies) may not change the
     * register facts: 403 naming each one the request would change.
     */
    @Override
    protected void checkUpdate(Company c, CompanyRequest requested) {
        if (access.mayChangeRegisterFacts()) {
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

    /** 409 while a feature still links to the company ({@link CompanyUsage}). */
    @Override
    protected void checkDelete(Company c) {
        List<String> uses = new ArrayList<>();
        for (CompanyUsage usage : usages) {
            usage.usageOf(c.id).ifPresent(uses::add);
        }
        if (!uses.isEmpty()) {
            throw ApiException.conflict("Company " + c.id + " cannot be deleted because " + String.join(" and ", uses)
                    + "; set its status to CLOSED instead");
        }
    }

    /**
     * Copies a validated request onto the entity. Hibernate compares values at flush, so an
     * identical PUT leaves the entity clean (same version, same updatedAt); only the element
     * collections need care, since touching them marks them dirty.
     */
    @Override
    protected void apply(Company c, CompanyRequest r) {
        OrganisationNumber.Parsed parsed = OrganisationNumber.parse(r.organisationNumber());
        String orgNo = parsed.number().orElseThrow(() -> ApiException.invalid("organisationNumber",
                parsed.problem().orElseThrow()));
        Municipality.requireKnown(r.municipalityCode());
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
        VersionedEntity.replaceIfChanged(c.industries, r.industries() == null ? List.of()
                : r.industries().stream().map(String::trim).toList());
        VersionedEntity.replaceIfChanged(c.socialMedia, r.socialMedia() == null ? List.of() : r.socialMedia());
        applyCriteria(c, r.criteria() == null ? new Criteria(null, null, null, null, null) : r.criteria());
        Contact contact = r.contact();
        c.contactName = contact == null ? null : contact.name();
        c.contactEmail = contact == null ? null : contact.email();
        c.contactPhone = contact == null ? null : contact.phone();
        c.reservedContractOptIn = Boolean.TRUE.equals(r.reservedContractOptIn());
    }

    private static void applyCriteria(Company c, Criteria k) {
        c.sellsGoodsOrServices = Boolean.TRUE.equals(k.sellsGoodsOrServices());
        c.integrationPurpose = Boolean.TRUE.equals(k.integrationPurpose());
        c.employeeParticipation = Boolean.TRUE.equals(k.employeeParticipation());
        c.reinvestsProfits = Boolean.TRUE.equals(k.reinvestsProfits());
        c.independentOfPublicSector = Boolean.TRUE.equals(k.independentOfPublicSector());
        c.meetsAsfCriteria = c.deriveMeetsCriteria();
    }
}
