package se.asfregister.policy;

/**
 * The one definition of a municipal policy <em>in force on date D</em>: a status of
 * {@link PolicyStatus#IN_FORCE} ({@code ADOPTED} or {@code REVISED}), adopted on or before D, and no end of validity or valid
 * until D or later. Lists filter with it and reporting counts with it. Both forms bind
 * {@code :day}.
 */
public final class PolicyRules {

    private PolicyRules() {
    }

    /** JPQL over the entity's fields, for a policy aliased {@code alias}. */
    public static String inForceJpql(String alias) {
        return "(" + alias + ".status IN (" + PolicyStatus.inForceSqlList() + ") AND " + alias
                + ".adoptedOn <= :day AND ("
                + alias + ".validUntil IS NULL OR " + alias + ".validUntil >= :day))";
    }

    /** SQL over table {@code municipal_policy} aliased {@code alias}. */
    public static String inForceSql(String alias) {
        return "(" + alias + ".status IN (" + PolicyStatus.inForceSqlList() + ") AND " + alias
                + ".adopted_on <= :day AND ("
                + alias + ".valid_until IS NULL OR " + alias + ".valid_until >= :day))";
    }
}
