package se.asfregister.project;

/**
 * Who pays a funding line: the Agency for Economic and Regional Growth, the European Social
 * Fund, the region's growth funds, a municipality, or someone else ({@code funderName} says who).
 */
public enum Funder {
    TILLVAXTVERKET,
    ESF,
    REGION_GROWTH_FUNDS,
    MUNICIPALITY,
    OTHER
}
