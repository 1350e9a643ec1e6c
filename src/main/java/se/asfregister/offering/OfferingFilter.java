package se.asfregister.offering;

import se.asfregister.company.PlaceKind;
import se.asfregister.offering.OfferingRecords.OfferingResponse;
import se.asfregister.web.ApiException;
import se.asfregister.web.Params;

/**
 * The directory search's question, parsed from the query string: the words ({@code q}) and the
 * filters. One definition for the JSON list, its facets and the CSV export.
 */
public record OfferingFilter(String q, String municipality, String county, String cpv, Long companyId,
        PlaceKind availablePlaces, Boolean reservedContract) {

    public static final int MAX_QUERY_LENGTH = 200;

    public static OfferingFilter parse(String q, String municipality, String county, String cpv, String companyId,
            String availablePlaces, String reservedContract) {
        return new OfferingFilter(
                Params.optionalText("q", q, MAX_QUERY_LENGTH),
                Params.optionalCode("municipality", municipality, 4),
                Params.optionalCode("county", county, 2),
                cpvPrefix(cpv),
                Params.optionalId("companyId", companyId),
                Params.optionalEnum("availablePlaces", availablePlaces, PlaceKind.class),
                Params.optionalBoolean("reservedContract", reservedContract));
    }

    /**
     * Whether the offering passes every filter of its own (the words are Lucene's business; free
     * places and eligibility are its company's, see {@link OfferingSearch}).
     */
    boolean accepts(OfferingResponse o, SearchableOfferings index) {
        return (municipality == null || o.municipalityCodes().contains(municipality))
                && (county == null || o.municipalityCodes().stream().anyMatch(m -> county.equals(index.countyOf(m))))
                && (cpv == null || o.cpvCode().startsWith(cpv))
                && (companyId == null || companyId == o.companyId());
    }

    /** A CPV prefix: the division ("90"), a group ("909") or more digits, up to the full eight. */
    private static String cpvPrefix(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (!v.matches("\\d{2,8}")) {
            throw ApiException.invalid("cpv", "must be 2 to 8 digits of a CPV code, e.g. 90 or 90910000");
        }
        return v;
    }
}
