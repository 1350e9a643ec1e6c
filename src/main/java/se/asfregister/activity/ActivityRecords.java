package se.asfregister.activity;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The activity's shapes at the HTTP boundary. */
public final class ActivityRecords {

    private ActivityRecords() {
    }

    /** Body of POST and PUT, and the document a merge patch is applied to. */
    public record ActivityRequest(
            @NotNull ActivityKind kind,
            @NotBlank @Size(max = 200) String title,
            @NotNull LocalDate date,
            @NotNull @Pattern(regexp = "\\d{4}", message = "{se.asfregister.municipalityCode.message}") String municipalityCode,
            @Size(max = 20) List<@NotBlank @Size(max = 100) String> topics,
            @Size(max = 500) List<@NotNull @Min(1) Long> companyIds,
            @Valid Participants participants,
            @Size(max = 4000) String description) {
    }

    /** Head counts by gender; an absent count is 0. */
    public record Participants(
            @Min(0) @Max(100_000) Integer women,
            @Min(0) @Max(100_000) Integer men,
            @Min(0) @Max(100_000) Integer other) {
    }

    /** As {@link Participants}, with the derived total. */
    public record ParticipantCounts(int women, int men, int other, int total) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ActivityResponse(long id, ActivityKind kind, String title, LocalDate date, String municipalityCode,
            List<String> topics, List<Long> companyIds, ParticipantCounts participants, String description,
            long version, Instant createdAt, Instant updatedAt) {

        static ActivityResponse of(Activity a) {
            return new ActivityResponse(a.id, a.kind, a.title, a.heldOn, a.municipalityCode, List.copyOf(a.topics),
                    a.companyIds.stream().sorted().toList(),
                    new ParticipantCounts(a.participantsWomen, a.participantsMen, a.participantsOther,
                            a.participantsWomen + a.participantsMen + a.participantsOther),
                    a.description, a.version, a.createdAt, a.updatedAt);
        }
    }

    static ActivityRequest requestOf(Activity a) {
        return new ActivityRequest(a.kind, a.title, a.heldOn, a.municipalityCode, List.copyOf(a.topics),
                a.companyIds.stream().sorted().toList(),
                new Participants(a.participantsWomen, a.participantsMen, a.participantsOther), a.description);
    }
}
