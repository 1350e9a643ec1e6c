package se.asfregister.funding;

/** What kind of support a company received. */
public enum SupportKind {
    GRANT,
    VOUCHER,
    LOAN
}
