package se.asfregister.csr;

import se.asfregister.common.Versioned;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The collaboration's shapes at the HTTP boundary. */
public final class CollaborationRecords {

    private CollaborationRecords() {
    }

    /** Body of POST and PUT, and the document a merge patch is applied to. */
    public record CollaborationRequest(
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 200) String partnerName,
            @NotNull PartnerType partnerType,
            @NotNull CollaborationKind kind,
            @NotNull @Pattern(regexp = "\\d{4}", message = "{se.asfregister.municipalityCode.message}") String municipalityCode,
            @Size(max = 500) List<@NotNull @Min(1) Long> companyIds,
            @NotNull LocalDate startDate,
            LocalDate endDate,
            @NotNull CollaborationStatus status,
            @Min(0) @Max(1_000_000_000_000L) Long valueSek,
            @Size(max = 4000) String description) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record CollaborationResponse(long id, String title, String partnerName, PartnerType partnerType,
            CollaborationKind kind, String municipalityCode, List<Long> companyIds, LocalDate startDate,
            LocalDate endDate, CollaborationStatus status, Long valueSek, String description, long version,
            Instant createdAt, Instant updatedAt) implements Versioned {

        static CollaborationResponse of(CsrCollaboration c) {
            return new CollaborationResponse(c.id, c.title, c.partnerName, c.partnerType, c.kind, c.municipalityCode,
                    c.companyIds.stream().sorted().toList(), c.startDate, c.endDate, c.status, c.valueSek,
                    c.description, c.version, c.createdAt, c.updatedAt);
        }
    }

    static CollaborationRequest requestOf(CsrCollaboration c) {
        return new CollaborationRequest(c.title, c.partnerName, c.partnerType, c.kind, c.municipalityCode,
                c.companyIds.stream().sorted().toList(), c.startDate, c.endDate, c.status, c.valueSek, c.description);
    }
}
