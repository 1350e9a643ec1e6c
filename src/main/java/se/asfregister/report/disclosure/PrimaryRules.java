package se.asfregister.report.disclosure;

/**
 * The primary rules: whether one cell may be shown on its own, from its value, how many
 * companies (or activities) it rests on, and for amounts how much the two largest hold.
 */
public final class PrimaryRules {

    /** Counts of persons from 1 to this are hidden (0 and 3 or more are shown). */
    public static final long MAX_SMALL_COUNT = 2;

    /**
     * A shown cell rests on at least this many companies besides any one of them: a company
     * knows its own figures, so a cell of n companies tells it the sum of the other n - 1.
     */
    public static final int MIN_OTHER_CONTRIBUTORS = 3;

    /** An amount is dominated when its two largest contributors hold more than this percentage. */
    public static final int DOMINANCE_PERCENT = 85;

    private PrimaryRules() {
    }

    public static boolean smallCount(long persons) {
        return persons >= 1 && persons <= MAX_SMALL_COUNT;
    }

    /**
     * Resting on 1 to {@link #MIN_OTHER_CONTRIBUTORS} contributors. None is not few: a cell
     * without contributors is 0 by definition, and everyone can see that it has none.
     */
    public static boolean fewContributors(long contributors) {
        return contributors >= 1 && contributors - 1 < MIN_OTHER_CONTRIBUTORS;
    }

    public static boolean dominated(long largestTwo, long total) {
        return total > 0 && largestTwo * 100 > total * DOMINANCE_PERCENT;
    }

    /**
     * The primary status of a cell, or null when it may be shown. The first rule that applies
     * names it: small count, few companies, dominance.
     *
     * @param persons whether the cell counts persons (small counts apply)
     * @param largestTwo the two largest contributions, for amounts; null where dominance does not apply
     */
    public static CellStatus status(boolean persons, long value, long contributors, Long largestTwo) {
        if (persons && smallCount(value)) {
            return CellStatus.SMALL_COUNT;
        }
        if (fewContributors(contributors)) {
            return CellStatus.FEW_COMPANIES;
        }
        if (largestTwo != null && dominated(largestTwo, value)) {
            return CellStatus.DOMINANCE;
        }
        return null;
    }
}
