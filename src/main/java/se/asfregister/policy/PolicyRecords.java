package se.asfregister.policy;

import se.asfregister.common.Versioned;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import se.asfregister.web.HttpUrl;

/** The policy's shapes at the HTTP boundary. */
public final class PolicyRecords {

    private PolicyRecords() {
    }

    /** Body of POST and PUT, and the document a merge patch is applied to. */
    public record PolicyRequest(
            @NotNull @Pattern(regexp = "\\d{4}", message = "{se.asfregister.municipalityCode.message}") String municipalityCode,
            @NotBlank @Size(max = 200) String title,
            @NotNull PolicyKind kind,
            @NotNull PolicyStatus status,
            LocalDate adoptedOn,
            LocalDate validUntil,
            @Size(max = 500) @HttpUrl String documentUrl,
            Boolean socialProcurement,
            @Size(max = 4000) String summary) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record PolicyResponse(long id, String municipalityCode, String title, PolicyKind kind, PolicyStatus status,
            LocalDate adoptedOn, LocalDate validUntil, String documentUrl, boolean socialProcurement, String summary,
            long version, Instant createdAt, Instant updatedAt) implements Versioned {

        static PolicyResponse of(MunicipalPolicy p) {
            return new PolicyResponse(p.id, p.municipalityCode, p.title, p.kind, p.status, p.adoptedOn, p.validUntil,
                    p.documentUrl, p.socialProcurement, p.summary, p.version, p.createdAt, p.updatedAt);
        }
    }

    static PolicyRequest requestOf(MunicipalPolicy p) {
        return new PolicyRequest(p.municipalityCode, p.title, p.kind, p.status, p.adoptedOn, p.validUntil,
                p.documentUrl, p.socialProcurement, p.summary);
    }
}
