package se.asfregister.policy;

/** {@code PARTNERSHIP_AGREEMENT} is an IOP, idéburet offentligt partnerskap. */
public enum PolicyKind {
    POLICY,
    ACTION_PLAN,
    PROCUREMENT_GUIDELINE,
    PARTNERSHIP_AGREEMENT,
    OTHER
}
