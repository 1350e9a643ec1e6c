package se.asfregister.company;

import java.util.Optional;

/**
 * Implemented by every feature that links to companies (employment reports, collaborations,
 * activities). A company can be deleted only while no implementation reports a use.
 */
public interface CompanyUsage {

    /** Why the company cannot be deleted, e.g. "it has 3 employment reports"; empty when unused. */
    Optional<String> usageOf(long companyId);
}
