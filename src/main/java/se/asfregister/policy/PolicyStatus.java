package se.asfregister.policy;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Only {@code ADOPTED} and {@code REVISED} policies can be in force (see {@link PolicyRules}). */
public enum PolicyStatus {
    DRAFT,
    ADOPTED,
    REVISED,
    REPEALED;

    /** The statuses of a policy that can be in force. */
    public static final Set<PolicyStatus> IN_FORCE = EnumSet.of(ADOPTED, REVISED);

    /** {@link #IN_FORCE} as an SQL list, {@code 'ADOPTED', 'REVISED'}. */
    static String inForceSqlList() {
        return IN_FORCE.stream().map(s -> "'" + s + "'").collect(Collectors.joining(", "));
    }
}
