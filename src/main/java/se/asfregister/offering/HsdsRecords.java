package se.asfregister.offering;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;

/**
 * The directory in Open Referral's Human Services Data Specification (HSDS 3.1, which adds
 * service_capacity to 3.0 and reads as valid 3.0): the objects the export fills, with HSDS's
 * snake_case names. Absent values are left out, because HSDS types them as strings, not null.
 */
public final class HsdsRecords {

    private HsdsRecords() {
    }

    /** HSDS's paginated list of services ("Page" of its API). {@code size}: services on this page. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Page(long totalItems, long totalPages, long pageNumber, long size, boolean firstPage,
            boolean lastPage, boolean empty, List<Service> contents) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Service(String id, String organizationId, String name, String alternateName, String description,
            String url, String email, String status, String feesDescription, String assuredDate, Instant lastModified,
            List<Phone> phones, List<ServiceArea> serviceAreas, List<ServiceAtLocation> serviceAtLocations,
            Organization organization, List<Capacity> capacities, List<Attribute> attributes) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Phone(String id, String serviceId, String number) {
    }

    /** A municipality the offering serves. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ServiceArea(String id, String serviceId, String name, String description) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record ServiceAtLocation(String id, String serviceId, String locationId, Location location) {
    }

    /** The company's seat: its municipality and, where given, its address as free text. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Location(String id, String locationType, String organizationId, String name, String description,
            String externalIdentifier, String externalIdentifierType) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Organization(String id, String name, String description, String website,
            List<OrganizationIdentifier> organizationIdentifiers) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record OrganizationIdentifier(String id, String organizationId, String identifierScheme,
            String identifierType, String identifier) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Capacity(String id, String serviceId, Unit unit, long available, Long maximum, String description,
            Instant updated) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Unit(String id, String name) {
    }

    /** The offering's CPV code as a taxonomy term. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Attribute(String id, String linkId, String linkType, String linkEntity, TaxonomyTerm taxonomyTerm) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record TaxonomyTerm(String id, String code, String name, String description, String taxonomy) {
    }
}
