package se.asfregister.project;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import se.asfregister.activity.ActivityRecords.ActivityResponse;
import se.asfregister.project.FundingShares.SourceShare;
import se.asfregister.project.ProjectReportService.ProjectReport;
import se.asfregister.report.ReportRecords.GoalProgress;
import se.asfregister.report.StatusColumn;
import se.asfregister.report.disclosure.CellStatus;

/**
 * A project report as one CSV table, one row per fact, {@code section} saying which: the period
 * ({@code name} plannedStart, plannedEnd, actualEnd, judgedAt), the funding by source and the
 * budget ({@code value} SEK, {@code share}), each activity ({@code value} participants) and each
 * goal ({@code value} its current value, {@code share} the share achieved). A hidden cell reads
 * {@link StatusColumn#HIDDEN} and the {@code status} column says why, as in every CSV export.
 */
final class ProjectReportCsv {

    static final List<String> HEADER = List.of("section", "id", "name", "date", "value", "share", "progressStatus",
            StatusColumn.NAME);

    private ProjectReportCsv() {
    }

    static List<List<?>> rows(ProjectReport r) {
        List<List<?>> rows = new ArrayList<>();
        rows.add(row("period", null, "plannedStart", r.plannedStart()));
        rows.add(row("period", null, "plannedEnd", r.plannedEnd()));
        rows.add(row("period", null, "actualEnd", r.actualEnd()));
        rows.add(row("period", null, "judgedAt", r.judgedAt()));
        for (SourceShare s : r.fundingBySource()) {
            rows.add(Arrays.asList("funding", null, s.funder(), null, s.amountSek(), s.share(), null, ""));
        }
        rows.add(Arrays.asList("budget", null, "total", null, r.budgetSek(), null, null, ""));
        for (ActivityResponse a : r.activities()) {
            Map<String, CellStatus> hidden = a.cellStatus();
            rows.add(Arrays.asList("activity", a.id(), a.title(), a.date(),
                    StatusColumn.cell(a.participants().total()), null, null,
                    status(hidden.get("participants.total"), null)));
        }
        for (GoalProgress g : r.goals()) {
            rows.add(Arrays.asList("goal", g.goalId(), g.indicator(), null, value(g.currentValue(), g, "currentValue"),
                    value(g.achievedShare(), g, "achievedShare"), g.status(),
                    status(g.cellStatus().get("currentValue"), g.cellStatus().get("achievedShare"))));
        }
        return rows;
    }

    private static List<?> row(String section, Long id, String name, Object date) {
        return Arrays.asList(section, id, name, date, null, null, null, "");
    }

    /** A goal's figure: the value, {@link StatusColumn#HIDDEN} when hidden, empty when there is no data. */
    private static Object value(Object v, GoalProgress g, String field) {
        return g.cellStatus().containsKey(field) ? StatusColumn.HIDDEN : v;
    }

    private static String status(CellStatus value, CellStatus share) {
        List<String> parts = new ArrayList<>();
        if (value != null) {
            parts.add("value:" + value.code());
        }
        if (share != null) {
            parts.add("share:" + share.code());
        }
        return String.join(";", parts);
    }
}
