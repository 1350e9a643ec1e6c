package se.asfregister.employment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.asfregister.common.AfterTransaction;

/**
 * Gives back the heap that a large import needed. Its rows, figures and audit entries, and the
 * database's uncommitted row versions, live for the whole import, so the collector moves them to
 * the old generation and grows it. The serial collector of the launcher returns that space only
 * after a full collection, which a service that mostly answers reads may not run for hours
 * (docs/performance.md, "A heap that shrinks after an import"). So one full collection follows
 * a large import, once its transaction has ended and its data is garbage.
 * {@code -XX:+DisableExplicitGC} turns it off.
 */
@ApplicationScoped
class ImportMemory {

    /** Rows read from which an import is followed by a full collection. */
    static final int COLLECT_AFTER_ROWS = 10_000;

    @Inject
    AfterTransaction afterTransaction;

    /** After an import of {@code rows} rows, valid or not, in the current transaction. */
    void releaseAfter(int rows) {
        if (rows >= COLLECT_AFTER_ROWS) {
            afterTransaction.run(System::gc);
        }
    }
}
