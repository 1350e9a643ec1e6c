package se.asfregister.esf;

import se.asfregister.employment.QuarterlyReportService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The participant report's shapes at the HTTP boundary. */
public final class ParticipantRecords {

    /** The largest count a report accepts per indicator and gender (as employment reports). */
    public static final int MAX_COUNT = 100_000;

    private ParticipantRecords() {
    }

    /** One indicator's count per gender, as sent and as answered. */
    public record GenderCounts(
            @NotNull @Min(0) @Max(MAX_COUNT) Integer women,
            @NotNull @Min(0) @Max(MAX_COUNT) Integer men,
            @NotNull @Min(0) @Max(MAX_COUNT) Integer nonBinary) {

        long of(Gender g) {
            return switch (g) {
                case WOMEN -> women;
                case MEN -> men;
                case NON_BINARY -> nonBinary;
            };
        }
    }

    /**
     * Body of PUT: the counts by indicator key; an indicator left out counts 0. {@code projectId}
     * names the project the participants take part in, if any.
     */
    public record ReportRequest(Long projectId, @NotNull Map<String, @NotNull @Valid GenderCounts> counts) {
    }

    public record ReportResponse(long companyId, String period, Long projectId, Map<String, GenderCounts> counts,
            long version, Instant createdAt, Instant updatedAt) implements QuarterlyReportService.Addressed {

        static ReportResponse of(ParticipantReport r) {
            return new ReportResponse(r.companyId, r.period, r.projectId, answer(r.counts()), r.version, r.createdAt,
                    r.updatedAt);
        }
    }

    /** Every indicator, in the code list's order, with its counts. */
    static Map<String, GenderCounts> answer(Counts c) {
        Map<String, GenderCounts> m = new LinkedHashMap<>();
        for (Indicator i : Indicator.ALL) {
            m.put(i.key, new GenderCounts((int) c.get(i, Gender.WOMEN), (int) c.get(i, Gender.MEN),
                    (int) c.get(i, Gender.NON_BINARY)));
        }
        return m;
    }
}
