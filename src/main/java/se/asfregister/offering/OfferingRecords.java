package se.asfregister.offering;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import se.asfregister.web.HttpUrl;

/** The offering's shapes at the HTTP boundary. */
public final class OfferingRecords {

    private OfferingRecords() {
    }

    /**
     * Body of POST and PUT, and the document a merge patch is applied to. An empty or missing
     * {@code municipalityCodes} means the company's own municipality.
     */
    public record OfferingRequest(
            @NotNull @Min(1) Long companyId,
            @NotBlank @Size(max = 200) String titleSv,
            @Size(max = 200) String titleEn,
            @NotBlank @Size(max = 4000) String descriptionSv,
            @Size(max = 4000) String descriptionEn,
            @NotNull String cpvCode,
            @Size(max = 290) List<@NotNull @Pattern(regexp = "\\d{4}", message = "{se.asfregister.municipalityCode.message}") String> municipalityCodes,
            @Size(max = 500) String priceModel,
            @Size(max = 254) @Email String contactEmail,
            @Size(max = 40) @Pattern(regexp = "\\+?[0-9 ()-]{5,40}") String contactPhone,
            @Size(max = 500) @HttpUrl String contactUrl) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record OfferingResponse(long id, long companyId, String companyName, String titleSv, String titleEn,
            String descriptionSv, String descriptionEn, String cpvCode, String cpvDivision, String cpvDivisionName,
            List<String> municipalityCodes, String priceModel, String contactEmail, String contactPhone,
            String contactUrl, long version, Instant createdAt, Instant updatedAt) {

        static OfferingResponse of(Offering o, String companyName) {
            String division = o.cpvCode.substring(0, 2);
            return new OfferingResponse(o.id, o.companyId, companyName, o.titleSv, o.titleEn, o.descriptionSv,
                    o.descriptionEn, o.cpvCode, division, CpvDivisions.name(division).orElse(null),
                    o.municipalityCodes.stream().sorted().toList(), o.priceModel, o.contactEmail, o.contactPhone,
                    o.contactUrl, o.version, o.createdAt, o.updatedAt);
        }
    }

    static OfferingRequest requestOf(Offering o) {
        return new OfferingRequest(o.companyId, o.titleSv, o.titleEn, o.descriptionSv, o.descriptionEn, o.cpvCode,
                o.municipalityCodes.stream().sorted().toList(), o.priceModel, o.contactEmail, o.contactPhone,
                o.contactUrl);
    }
}
