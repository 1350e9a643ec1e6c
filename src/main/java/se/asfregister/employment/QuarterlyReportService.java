package se.asfregister.employment;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import se.asfregister.common.SwedishClock;
import se.asfregister.company.CompanyService;
import se.asfregister.web.ApiException;
import se.asfregister.web.ETags;
import se.asfregister.web.Params;
import se.asfregister.web.Preconditions;
import se.asfregister.web.Tagged;
import se.asfregister.web.Upserted;

/**
 * One kind of a company's quarterly reports, one at a time, written once for every kind: read,
 * and written idempotently by company and period, created the first time and guarded by
 * If-Match after that. A kind says how its request is checked and applies to a report.
 *
 * @param <E> the entity
 * @param <Q> the request record
 * @param <R> the response record
 */
public abstract class QuarterlyReportService<E extends QuarterlyReport, Q, R extends QuarterlyReportService.Addressed> {

    /** What a response names its URL by. */
    public interface Addressed {
        String period();
    }

    @Inject
    protected CompanyService companies;

    @Inject
    SwedishClock clock;

    private final Class<E> type;
    private final String name;
    private final Supplier<E> create;
    private final Function<E, R> view;

    /** {@code name} is how a 404 names a report ("Employment report of company 7 for 2025-Q1"). */
    protected QuarterlyReportService(Class<E> type, String name, Supplier<E> create, Function<E, R> view) {
        this.type = type;
        this.name = name;
        this.create = create;
        this.view = view;
    }

    /**
     * Checks the body against the kind's rules (a 400 listing every failure) and says how it
     * applies to a report; asked once the company and the period are known to be good.
     */
    protected abstract Consumer<E> checked(Q body);

    /**
     * Creates the report or applies the body to the stored one. Applying the same values again
     * changes nothing, so version and updatedAt stay. 404 for an unknown company.
     */
    @Transactional
    public Upserted<R> upsert(long companyId, String periodText, Q body, String ifMatch) {
        companies.requireExists(companyId);
        Period period = Period.reportable("period", periodText, Period.current(clock));
        Consumer<E> apply = checked(body);
        Optional<E> stored = find(companyId, period.toString());
        E r = stored.orElseGet(create);
        if (stored.isEmpty()) {
            Preconditions.checkNothingToMatch(ifMatch, "If-Match was sent but there is no report for " + period + " yet");
            r.place(companyId, period);
        } else {
            Preconditions.checkIfMatch(ifMatch, etag(r));
        }
        apply.accept(r);
        if (stored.isEmpty()) {
            r.persist();
        }
        // the version moves at flush: the tag below is the stored one
        Panache.flush();
        return new Upserted<>(view.apply(r), etag(r), stored.isEmpty());
    }

    public Tagged<R> get(long companyId, String periodText) {
        companies.requireExists(companyId);
        E r = require(companyId, periodText);
        return new Tagged<>(view.apply(r), etag(r));
    }

    /** A malformed period names no report: 404, like a malformed id. */
    protected E require(long companyId, String periodText) {
        return Period.parse(periodText).flatMap(p -> find(companyId, p.toString()))
                .orElseThrow(() -> ApiException.notFound(name + " of company " + companyId + " for",
                        Params.clip(periodText)));
    }

    private Optional<E> find(long companyId, String period) {
        return Panache.getEntityManager()
                .createQuery("from " + type.getSimpleName() + " where companyId = ?1 and period = ?2", type)
                .setParameter(1, companyId).setParameter(2, period).setMaxResults(1)
                .getResultStream().findFirst();
    }

    /**
     * A report is addressed by company and period, so a delete and a create bring a new row to
     * the same URL: its tag names the row as well as the version, and an old If-Match never matches.
     */
    protected static String etag(QuarterlyReport r) {
        return ETags.ofRow(r.id, r.version);
    }
}
