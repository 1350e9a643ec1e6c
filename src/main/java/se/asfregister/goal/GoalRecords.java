package se.asfregister.goal;

import se.asfregister.common.Versioned;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import se.asfregister.common.SwedishClock;
import java.time.Instant;

/** The goal's shapes at the HTTP boundary. */
public final class GoalRecords {

    private GoalRecords() {
    }

    public record GoalRequest(
            @NotNull @Pattern(regexp = "\\d{2}", message = "must be a 2-digit county code") String countyCode,
            @NotNull Indicator indicator,
            @Min(SwedishClock.FIRST_YEAR) @Max(2100) Integer baselineYear,
            @NotNull @Min(SwedishClock.FIRST_YEAR) @Max(2100) Integer targetYear,
            @NotNull TargetType targetType,
            @NotNull @DecimalMin("0") @DecimalMax("1000000") @Digits(integer = 7, fraction = 2) BigDecimal targetValue,
            @Size(max = 1000) String description,
            @Min(1) Long projectId) {
    }

    public record GoalResponse(long id, String countyCode, Indicator indicator, Integer baselineYear, int targetYear,
            TargetType targetType, BigDecimal targetValue, String description, Long projectId, long version,
            Instant createdAt, Instant updatedAt) implements Versioned {

        static GoalResponse of(Goal g) {
            return new GoalResponse(g.id, g.countyCode, g.indicator, g.baselineYear, g.targetYear, g.targetType,
                    g.targetValue.stripTrailingZeros(), g.description, g.projectId, g.version, g.createdAt,
                    g.updatedAt);
        }
    }

    static GoalRequest requestOf(Goal g) {
        return new GoalRequest(g.countyCode, g.indicator, g.baselineYear, g.targetYear, g.targetType, g.targetValue,
                g.description, g.projectId);
    }
}
