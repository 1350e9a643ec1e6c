package se.asfregister.activity;

import se.asfregister.common.Versioned;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.asfregister.report.disclosure.CellStatus;
import se.asfregister.report.disclosure.PrimaryRules;

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
            @Size(max = 4000) String description,
            @Min(1) Long projectId) {
    }

    /** Head counts by gender; an absent count is 0. */
    public record Participants(
            @Min(0) @Max(100_000) Integer women,
            @Min(0) @Max(100_000) Integer men,
            @Min(0) @Max(100_000) Integer other) {
    }

    /** As {@link Participants}, with the derived total; a count hidden from the caller is null. */
    public record ParticipantCounts(Integer women, Integer men, Integer other, Integer total) {
    }

    /**
     * One activity. Its participant counts rest on that one activity, so the disclosure rule set
     * hides them from callers who do not see exact figures (aggregates only, in the annual
     * report): each count is null and {@code cellStatus} says why ("participants.women": ...).
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ActivityResponse(long id, ActivityKind kind, String title, LocalDate date, String municipalityCode,
            List<String> topics, List<Long> companyIds, ParticipantCounts participants, String description,
            Long projectId, long version, Instant createdAt, Instant updatedAt, Map<String, CellStatus> cellStatus) implements Versioned {

        static ActivityResponse of(Activity a, boolean exact) {
            int[] counts = {a.participantsWomen, a.participantsMen, a.participantsOther,
                    a.participantsWomen + a.participantsMen + a.participantsOther};
            Map<String, CellStatus> status = new LinkedHashMap<>();
            Integer[] shown = new Integer[4];
            for (int i = 0; i < 4; i++) {
                CellStatus s = exact ? null : PrimaryRules.status(true, counts[i], 1, null);
                if (s == null) {
                    shown[i] = counts[i];
                } else {
                    status.put("participants." + GENDERS.get(i), s);
                }
            }
            return new ActivityResponse(a.id, a.kind, a.title, a.heldOn, a.municipalityCode, List.copyOf(a.topics),
                    a.companyIds.stream().sorted().toList(), new ParticipantCounts(shown[0], shown[1], shown[2],
                            shown[3]), a.description, a.projectId, a.version, a.createdAt, a.updatedAt, status);
        }
    }

    private static final List<String> GENDERS = List.of("women", "men", "other", "total");

    static ActivityRequest requestOf(Activity a) {
        return new ActivityRequest(a.kind, a.title, a.heldOn, a.municipalityCode, List.copyOf(a.topics),
                a.companyIds.stream().sorted().toList(),
                new Participants(a.participantsWomen, a.participantsMen, a.participantsOther), a.description,
                a.projectId);
    }
}
