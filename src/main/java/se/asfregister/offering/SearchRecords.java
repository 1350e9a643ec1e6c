package se.asfregister.offering;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import se.asfregister.offering.OfferingRecords.OfferingResponse;

/** The directory search's answer at the HTTP boundary. */
public final class SearchRecords {

    private SearchRecords() {
    }

    /** A page of hits, best first, with the facets of all hits (not just this page). */
    public record SearchPage(List<OfferingResponse> items, int page, int size, long totalItems, long totalPages,
            Facets facets) {
    }

    public record Facets(List<Facet> cpvDivisions, List<Facet> municipalities) {
    }

    /** How many hits have this value; {@code name} is null where the reference data has none. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Facet(String value, String name, long count) {
    }
}
