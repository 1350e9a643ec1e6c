package se.asfregister.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** Work that must wait until the current transaction has ended, committed or rolled back. */
@ApplicationScoped
public class AfterTransaction {

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** Runs {@code action} on this thread once the current transaction has ended, however it ended. */
    public void run(Runnable action) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                action.run();
            }
        });
    }
}
