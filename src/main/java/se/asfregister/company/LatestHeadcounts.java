package se.asfregister.company;

import java.util.Collection;
import java.util.Map;

/**
 * What reserved-contract eligibility needs of the employment reports, offered here so that the
 * company register does not import them: the employment feature implements it.
 */
public interface LatestHeadcounts {

    /** The headcounts of a company's latest reported quarter ("2025-Q3"); {@code disadvantaged} null when not stated. */
    record Headcount(String period, long employees, Long disadvantaged) {
    }

    /** The latest report's headcounts of each of {@code companyIds} that has reported at all. */
    Map<Long, Headcount> latestOf(Collection<Long> companyIds);
}
