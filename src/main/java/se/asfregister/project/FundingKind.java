package se.asfregister.project;

/** A grant, co-financing (money of a partner), or in-kind work valued in SEK. */
public enum FundingKind {
    GRANT,
    CO_FINANCING,
    IN_KIND
}
