package se.asfregister.company;

/** Legal form; {@code LIMITED_COMPANY_RESTRICTED_PROFIT} is aktiebolag med särskild vinstutdelningsbegränsning, AB (svb). */
public enum LegalForm {
    ECONOMIC_ASSOCIATION,
    NON_PROFIT_ASSOCIATION,
    LIMITED_COMPANY,
    LIMITED_COMPANY_RESTRICTED_PROFIT,
    FOUNDATION,
    OTHER
}
