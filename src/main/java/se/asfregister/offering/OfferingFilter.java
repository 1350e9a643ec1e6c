package se.asfregister.offering;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import se.asfregister.company.PlaceKind;
import se.asfregister.offering.OfferingRecords.OfferingResponse;
import se.asfregister.web.ApiException;
import se.asfregister.web.AreaParams;
import se.asfregister.web.Params;

/**
 * The directory search's question, parsed from the query string: the words ({@code q}) and the
 * filters. One definition for the JSON list, its facets, the CSV export and the HSDS export.
 * Stale offerings ({@link se.asfregister.company.VerificationAge}) are left out unless
 * {@code includeStale}; {@code modifiedSince} keeps those changed at or after that instant.
 */
public record OfferingFilter(String q, String municipality, String county, String cpv, Long companyId,
        PlaceKind availablePlaces, Boolean reservedContract, boolean includeStale, Instant modifiedSince) {

    public static final int MAX_QUERY_LENGTH = 200;

    /** The search's query parameters as sent: one declaration for the JSON list, the CSV and the HSDS export. */
    public record Query(
            @QueryParam("q") String q,
            @BeanParam AreaParams area,
            @QueryParam("cpv") String cpv,
            @QueryParam("companyId") String companyId,
            @QueryParam("availablePlaces") String availablePlaces,
            @QueryParam("reservedContract") String reservedContract,
            @QueryParam("includeStale") String includeStale,
            @QueryParam("modifiedSince") String modifiedSince) {

        /** The filters, parsed; a 400 naming the parameter for a bad value. */
        public OfferingFilter filter() {
            return new OfferingFilter(
                    Params.optionalText("q", q, MAX_QUERY_LENGTH),
                    area.municipalityCode(),
                    area.countyCode(),
                    cpvPrefix(cpv),
                    Params.optionalId("companyId", companyId),
                    Params.optionalEnum("availablePlaces", availablePlaces, PlaceKind.class),
                    Params.optionalBoolean("reservedContract", reservedContract),
                    Boolean.TRUE.equals(Params.optionalBoolean("includeStale", includeStale)),
                    Params.optionalTimestamp("modifiedSince", modifiedSince));
        }
    }

    /**
     * Whether the offering, stale or not as of {@code now}, passes every filter of its own (the words
     * are Lucene's business; free places and eligibility are its company's, see {@link OfferingSearch}).
     */
    boolean accepts(OfferingResponse o, SearchableOfferings index, Instant now) {
        return (municipality == null || o.municipalityCodes().contains(municipality))
                && (county == null || o.municipalityCodes().stream().anyMatch(m -> county.equals(index.countyOf(m))))
                && (cpv == null || o.cpvCode().startsWith(cpv))
                && (companyId == null || companyId == o.companyId())
                && (includeStale || !index.staleAt(o, now))
                && (modifiedSince == null || !o.updatedAt().isBefore(modifiedSince));
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
