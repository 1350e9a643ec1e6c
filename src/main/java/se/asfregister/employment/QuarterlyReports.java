package se.asfregister.employment;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import se.asfregister.web.ETags;
import se.asfregister.web.Preconditions;
import se.asfregister.web.Upserted;

/**
 * The single write of a company's report for one quarter, the same for every kind of
 * quarterly report: idempotent by company and period, created the first time and guarded by
 * If-Match after that.
 */
public final class QuarterlyReports {

    private QuarterlyReports() {
    }

    /**
     * Creates the report or applies {@code apply} to the stored one. Applying the same values
     * again changes nothing, so version and updatedAt stay.
     */
    public static <E extends QuarterlyReport, R> Upserted<R> upsert(long companyId, Period period, String ifMatch,
            Optional<E> stored, Supplier<E> create, Consumer<E> apply, Function<E, R> view) {
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

    /**
     * A report is addressed by company and period, so a delete and a create bring a new row to
     * the same URL: its tag names the row as well as the version, and an old If-Match never matches.
     */
    public static String etag(QuarterlyReport r) {
        return ETags.ofRow(r.rowId(), r.version);
    }
}
