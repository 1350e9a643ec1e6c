package se.asfregister.esf;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.asfregister.area.County;
import se.asfregister.common.ProjectLookup;
import se.asfregister.esf.EsfQueries.Sum;
import se.asfregister.esf.EsfRecords.EsfReport;
import se.asfregister.esf.EsfRecords.IndicatorFigures;
import se.asfregister.report.disclosure.CellStatus;
import se.asfregister.security.CompanyAccess;
import se.asfregister.web.ApiException;

/** The ESF report: every indicator summed over a scope, through the disclosure rule set. */
@ApplicationScoped
public class EsfReportService {

    private static final List<String> CELLS = List.of("women", "men", "nonBinary", "total");

    @Inject
    EsfQueries queries;

    @Inject
    ProjectLookup projects;

    @Inject
    CompanyAccess access;

    public EsfReport report(EsfScope scope) {
        County.requireKnown("county", scope.county());
        if (scope.project() != null && projects.countyOf(scope.project()).isEmpty()) {
            throw ApiException.invalid("project", "no project has id " + scope.project());
        }
        Map<Indicator, Sum> sums = queries.sums(scope);
        Map<Indicator, CellStatus[]> statuses = EsfDisclosure.protect(sums);
        boolean exact = access.seesExactAggregates();
        List<IndicatorFigures> figures = new ArrayList<>();
        for (Indicator i : Indicator.ALL) {
            figures.add(figures(i, EsfDisclosure.values(sums.get(i)), statuses.get(i), exact));
        }
        return new EsfReport(scope.year(), scope.county(), scope.project(), exact, figures);
    }

    private static IndicatorFigures figures(Indicator i, long[] values, CellStatus[] status, boolean exact) {
        Long[] shown = new Long[values.length];
        Map<String, CellStatus> why = new LinkedHashMap<>();
        for (int c = 0; c < values.length; c++) {
            shown[c] = status[c] == null || exact ? values[c] : null;
            if (status[c] != null) {
                why.put(CELLS.get(c), status[c]);
            }
        }
        CodeList.Entry e = i.entry();
        return new IndicatorFigures(i.key, e.code(), e.nameSv(), e.nameEn(), e.kind(), e.source(),
                shown[EsfDisclosure.WOMEN], shown[EsfDisclosure.MEN], shown[EsfDisclosure.NON_BINARY],
                shown[EsfDisclosure.TOTAL], why);
    }
}
