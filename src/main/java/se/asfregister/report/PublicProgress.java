package se.asfregister.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import se.asfregister.goal.Indicator;
import se.asfregister.goal.TargetType;
import se.asfregister.report.disclosure.CellStatus;
import se.asfregister.report.disclosure.PrimaryRules;

/**
 * What the public sees of a goal's progress on persons (docs/reporting.md, "Progress for the
 * public"): only values that the annual reports already show, so that progress adds nothing a
 * reader could subtract. The current and baseline values are the county's cells of those years
 * (participants: work training + rehabilitation + internships, shown when all three are); a
 * like-with-like value is shown only where it is that cell, because every company of the county
 * reported in both years; otherwise the difference would single out the companies that started
 * or stopped reporting. Figures derived from a hidden value are hidden with it.
 */
final class PublicProgress {

    /** A value as published, or why it is hidden (value and status null: no data). */
    record Cell(Long value, CellStatus status) {
        static Cell hidden(CellStatus status) {
            return new Cell(null, status);
        }
    }

    /** The goal's values before they are published. */
    record Exact(Indicator indicator, TargetType targetType, String county, int year, Integer baselineYear,
            Long baseline, Long current, ReportRecords.Coverage coverage) {
    }

    /** The values to publish (null: hidden) and the status of each hidden field. */
    record Shown(Long baseline, Long current, boolean targetShown, boolean expectedShown, boolean shareShown,
            Map<String, CellStatus> status) {
    }

    private static final Cell NO_DATA = new Cell(null, null);

    /**
     * Indicators that count companies by facts that are not public (their applications for
     * financing): no annual-report cell holds them, so each value passes the primary rules on
     * its own. Counts of public facts (active companies, social media accounts) are shown as
     * they are, like the register they come from.
     */
    static final Set<Indicator> PRIVATE_COMPANY_COUNTS = Set.of(Indicator.COMPANIES_SEEKING_FUNDING);

    private PublicProgress() {
    }

    static Shown of(Exact e, IntFunction<PublicYear> years) {
        Cell current = published(e, e.year(), e.current(), years);
        Cell baseline = e.baselineYear() == null ? null : published(e, e.baselineYear(), e.baseline(), years);
        if (e.coverage().comparedCompanies() != null) {
            ReportRecords.Coverage c = e.coverage();
            boolean whole = c.comparedCompanies() == c.reportingCompanies()
                    && c.comparedCompanies().equals(c.baselineReportingCompanies());
            current = likeWithLike(current, e.current(), whole);
            baseline = likeWithLike(baseline, e.baseline(), whole);
        }
        Map<String, CellStatus> status = new LinkedHashMap<>();
        if (baseline != null && baseline.status() != null) {
            status.put("baselineValue", baseline.status());
        }
        if (current.status() != null) {
            status.put("currentValue", current.status());
        }
        boolean baselineHidden = baseline != null && baseline.status() != null;
        boolean targetShown = !(e.targetType() == TargetType.PERCENT_GROWTH && baselineHidden);
        boolean expectedShown = !baselineHidden;
        boolean shareShown = !baselineHidden && current.status() == null;
        return new Shown(baseline == null ? null : baseline.value(), current.value(), targetShown, expectedShown,
                shareShown, status);
    }

    /** A value as the public sees it; no data (no company reported) stays no data, as for everyone. */
    private static Cell published(Exact e, int year, Long value, IntFunction<PublicYear> years) {
        if (value == null) {
            return NO_DATA;
        }
        if (PRIVATE_COMPANY_COUNTS.contains(e.indicator())) {
            // a count of companies, each of which knows its own part: shown only when it rests on enough of them
            CellStatus s = PrimaryRules.status(false, value, value, null);
            return s == null ? new Cell(value, null) : Cell.hidden(s);
        }
        return cell(years.apply(year), e.county(), e.indicator());
    }

    /** The like-with-like value is shown only where it equals the county's shown cell. */
    private static Cell likeWithLike(Cell county, Long paired, boolean whole) {
        if (county == null || county.value() == null) {
            return county;
        }
        return whole && county.value().equals(paired) ? county : Cell.hidden(CellStatus.SECONDARY);
    }

    /** The county's cell of the indicator in a year, as the annual report shows it. */
    static Cell cell(PublicYear y, String county, Indicator indicator) {
        return switch (indicator) {
            case EMPLOYEES -> cell(y, county, "employees.total");
            case TRANSITIONS_TO_WORK -> cell(y, county, "transitionsToWork");
            case PARTICIPANTS -> sum(y, county, "workTraining.total", "rehabilitation.total", "internships.total");
            default -> throw new IllegalArgumentException(indicator + " does not count persons");
        };
    }

    private static Cell cell(PublicYear y, String county, String figure) {
        Long v = y.shown(county, figure);
        return v == null ? Cell.hidden(y.status(county, figure)) : new Cell(v, null);
    }

    private static Cell sum(PublicYear y, String county, String... figures) {
        long total = 0;
        for (String f : figures) {
            Cell c = cell(y, county, f);
            if (c.value() == null) {
                return c;
            }
            total += c.value();
        }
        return new Cell(total, null);
    }
}
