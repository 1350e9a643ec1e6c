package se.asfregister.csr;

/** Who the ASF collaborate with. */
public enum PartnerType {
    PRIVATE_COMPANY,
    PUBLIC_SECTOR,
    NON_PROFIT,
    ACADEMIA
}
