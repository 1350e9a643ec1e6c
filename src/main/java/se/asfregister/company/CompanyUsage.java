package se.asfregister.company;

import java.util.Optional;

/**
 * Implemented by every feature that links to companies (employment reports, collaborations,
 * activities). A company can be deleted only while no implementation reports a use.
 */
public interface CompanyUsage {

    /** Why the company cannot be deleted, e.g. "it has 3 employment reports"; empty when unused. */
    Optional<String> usageOf(long companyId);

    /**
     * The reason for {@code n} uses, or none for 0: {@code "it has %d offering"} and
     * {@code "it has %d offerings"} give "it has 1 offering", "it has 3 offerings".
     */
    static Optional<String> uses(long n, String one, String many) {
        return n == 0 ? Optional.empty() : Optional.of(String.format(n == 1 ? one : many, n));
    }
}
