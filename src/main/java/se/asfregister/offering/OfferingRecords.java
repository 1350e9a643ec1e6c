package se.asfregister.offering;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import se.asfregister.common.Versioned;
import se.asfregister.company.Company;
import se.asfregister.company.VerificationAge;
import se.asfregister.company.Verification;
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

    /**
     * An offering as read. {@code stale}: the offering or its company has not been confirmed
     * for {@link VerificationAge 12 months}; {@code companyVerifiedAt} stays inside, for that rule.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record OfferingResponse(long id, long companyId, String companyName, String titleSv, String titleEn,
            String descriptionSv, String descriptionEn, String cpvCode, String cpvDivision, String cpvDivisionName,
            List<String> municipalityCodes, String priceModel, String contactEmail, String contactPhone,
            String contactUrl, long version, Instant createdAt, Instant updatedAt, Instant verifiedAt,
            String verifiedBy, boolean stale, @JsonIgnore Instant companyVerifiedAt) implements Versioned {

        static OfferingResponse of(Offering o, Company c, Instant now) {
            String division = o.cpvCode.substring(0, 2);
            Verification v = o.verification;
            return new OfferingResponse(o.id, o.companyId, c.name, o.titleSv, o.titleEn, o.descriptionSv,
                    o.descriptionEn, o.cpvCode, division, CpvDivisions.name(division).orElse(null),
                    o.municipalityCodes.stream().sorted().toList(), o.priceModel, o.contactEmail, o.contactPhone,
                    o.contactUrl, o.version, o.createdAt, o.updatedAt, v.verifiedAt, v.verifiedBy, false,
                    c.verification.verifiedAt).asOf(now);
        }

        /** The same offering with {@code stale} as it is at {@code now}. */
        OfferingResponse asOf(Instant now) {
            boolean s = VerificationAge.isStale(verifiedAt, now) || VerificationAge.isStale(companyVerifiedAt, now);
            return new OfferingResponse(id, companyId, companyName, titleSv, titleEn, descriptionSv, descriptionEn,
                    cpvCode, cpvDivision, cpvDivisionName, municipalityCodes, priceModel, contactEmail, contactPhone,
                    contactUrl, version, createdAt, updatedAt, verifiedAt, verifiedBy, s, companyVerifiedAt);
        }

        /** From when on the offering is stale: when it or its company is (see {@link #asOf}). */
        @JsonIgnore
        Instant staleFrom() {
            Instant own = VerificationAge.staleFrom(verifiedAt);
            Instant company = VerificationAge.staleFrom(companyVerifiedAt);
            return own.isBefore(company) ? own : company;
        }

        /** Without the user name of whoever confirmed it, for callers who may not see personal data. */
        OfferingResponse withoutVerifier() {
            return new OfferingResponse(id, companyId, companyName, titleSv, titleEn, descriptionSv, descriptionEn,
                    cpvCode, cpvDivision, cpvDivisionName, municipalityCodes, priceModel, contactEmail, contactPhone,
                    contactUrl, version, createdAt, updatedAt, verifiedAt, null, stale, companyVerifiedAt);
        }
    }

    static OfferingRequest requestOf(Offering o) {
        return new OfferingRequest(o.companyId, o.titleSv, o.titleEn, o.descriptionSv, o.descriptionEn, o.cpvCode,
                o.municipalityCodes.stream().sorted().toList(), o.priceModel, o.contactEmail, o.contactPhone,
                o.contactUrl);
    }
}
