package se.asfregister.company;

/**
 * LOU 4 kap. 18 §: a contract may be reserved for suppliers whose employees are at least 30 %
 * persons with disabilities or disadvantaged persons. Integer arithmetic, so that exactly 30 %
 * is eligible and 29.99 % is not; without employees there is no share, so no eligibility.
 */
public final class ReservedContractRule {

    /** The least share of disadvantaged employees, in percent. */
    public static final int MIN_PERCENT = 30;

    private ReservedContractRule() {
    }

    /** Whether {@code disadvantaged} of {@code employees} reach the share; null (not reported) never does. */
    public static boolean eligible(long employees, Long disadvantaged) {
        return employees > 0 && disadvantaged != null && disadvantaged * 100 >= MIN_PERCENT * employees;
    }
}
