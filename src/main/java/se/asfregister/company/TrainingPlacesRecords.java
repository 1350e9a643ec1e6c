package se.asfregister.company;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** A company's training places at the HTTP boundary. */
public final class TrainingPlacesRecords {

    /** The most places of one kind a company may state. */
    public static final int MAX_PLACES = 10_000;

    private TrainingPlacesRecords() {
    }

    /** Places of one kind: how many there are, and how many of them are free now. */
    public record Places(
            @NotNull @Min(0) @Max(MAX_PLACES) Integer total,
            @NotNull @Min(0) @Max(MAX_PLACES) Integer available) {
    }

    /** Body of PUT: every kind is required (0 places is a figure too). */
    public record TrainingPlacesRequest(
            @NotNull @Valid Places workTraining,
            @NotNull @Valid Places rehabilitation,
            @NotNull @Valid Places internships,
            @Size(max = 20) List<@NotBlank @Size(max = 100) String> targetGroups) {
    }

    /** The places as stored; {@code stale} when {@code updatedAt} is {@link Freshness#STALE_AFTER_DAYS} days old. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record TrainingPlacesResponse(long companyId, Places workTraining, Places rehabilitation,
            Places internships, List<String> targetGroups, Instant updatedAt, boolean stale, long version) {

        static TrainingPlacesResponse of(TrainingPlaces p, Freshness freshness) {
            return new TrainingPlacesResponse(p.companyId, new Places(p.workTrainingTotal, p.workTrainingAvailable),
                    new Places(p.rehabilitationTotal, p.rehabilitationAvailable),
                    new Places(p.internshipsTotal, p.internshipsAvailable), List.copyOf(p.targetGroups), p.updatedAt,
                    freshness.stale(p.updatedAt), p.version);
        }
    }
}
