package se.asfregister.company;

import java.util.Optional;
import java.util.function.LongUnaryOperator;

/**
 * Implemented by every feature that links to companies (employment reports, collaborations,
 * activities). A company can be deleted only while no implementation reports a use.
 */
public interface CompanyUsage {

    /** Why the company cannot be deleted, e.g. "it has 3 employment reports"; empty when unused. */
    Optional<String> usageOf(long companyId);

    /**
     * A use that one count tells: how many rows of the feature link to the company, and how to say
     * it, e.g. {@code "it has %d offering"} and {@code "it has %d offerings"} for "it has 1 offering"
     * and "it has 3 offerings".
     */
    abstract class Counted implements CompanyUsage {

        private final LongUnaryOperator count;
        private final String one;
        private final String many;

        protected Counted(LongUnaryOperator count, String one, String many) {
            this.count = count;
            this.one = one;
            this.many = many;
        }

        @Override
        public Optional<String> usageOf(long companyId) {
            long n = count.applyAsLong(companyId);
            return n == 0 ? Optional.empty() : Optional.of(String.format(n == 1 ? one : many, n));
        }
    }
}
