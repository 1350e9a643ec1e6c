package se.asfregister.project;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import se.asfregister.area.County;
import se.asfregister.web.Where;

/**
 * Funding summed by funder and calendar year, for the country or one county: every funding line
 * of a funded project ({@link ProjectRules#FUNDED}), spread over the years of its period by
 * {@link FundingSplit}. A line without a period of its own covers the project's, from the planned
 * start to the end (actual, else planned).
 */
@ApplicationScoped
public class FundingOverviewService {

    public record FunderYear(int year, Funder funder, long amountSek, int projects) {
    }

    public record YearTotal(int year, long amountSek, int projects) {
    }

    public record FundingOverview(String countyCode, Funder funder, List<FunderYear> rows, List<YearTotal> totals) {
    }

    /** Year → funder → the sum and the projects that contributed. */
    private record Cell(long[] sum, Set<Long> projects) {
    }

    public FundingOverview overview(String county, Funder funder) {
        County.requireKnown("county", county);
        Where where = new Where().and("p.status in :funded", "funded", ProjectRules.FUNDED)
                .and("p.countyCode = :county", "county", county);
        Map<Integer, Map<Funder, Cell>> years = new TreeMap<>();
        for (Project p : Project.<Project>list("from Project p where " + where.query() + " order by p.id",
                where.params())) {
            for (FundingLine l : p.funding) {
                if (funder == null || l.funder() == funder) {
                    add(years, p, l);
                }
            }
        }
        List<FunderYear> rows = new ArrayList<>();
        List<YearTotal> totals = new ArrayList<>();
        years.forEach((year, funders) -> {
            Set<Long> all = new TreeSet<>();
            long total = 0;
            for (Map.Entry<Funder, Cell> e : funders.entrySet()) {
                rows.add(new FunderYear(year, e.getKey(), e.getValue().sum()[0], e.getValue().projects().size()));
                all.addAll(e.getValue().projects());
                total += e.getValue().sum()[0];
            }
            totals.add(new YearTotal(year, total, all.size()));
        });
        return new FundingOverview(county, funder, rows, totals);
    }

    private static void add(Map<Integer, Map<Funder, Cell>> years, Project p, FundingLine l) {
        LocalDate start = l.periodStart() != null ? l.periodStart() : p.plannedStart;
        LocalDate end = l.periodEnd() != null ? l.periodEnd() : ProjectRules.end(p.plannedEnd, p.actualEnd);
        FundingSplit.byYear(l.amountSek(), start, end).forEach((year, sek) -> {
            Cell c = years.computeIfAbsent(year, y -> new EnumMap<>(Funder.class)).computeIfAbsent(l.funder(),
                    f -> new Cell(new long[1], new TreeSet<>()));
            c.sum()[0] += sek;
            c.projects().add(p.id);
        });
    }
}
