package se.asfregister.employment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.asfregister.web.Where;

/** The list (HQL) and the export (SQL) read the one list of conditions: every filter applies to both. */
class ReportFilterTest {

    private static final ReportFilter EVERY_FILTER = new ReportFilter(42L, "2080", "20", 2025, "2025-Q1", "2024-Q1",
            "2025-Q4", Optional.of(Set.of(7L)));

    @Test
    void everyFilterIsOneConditionOfBothQueries() {
        List<ReportFilter.Condition> conditions = EVERY_FILTER.conditions();
        // companyId, municipality, county, year, period, fromPeriod, toPeriod, the reporter's companies
        assertEquals(8, conditions.size());
        Where where = EVERY_FILTER.where();
        ReportFilter.Sql sql = EVERY_FILTER.sql();
        for (ReportFilter.Condition c : conditions) {
            assertTrue(where.query().contains(c.hql()), c.hql());
            assertTrue(sql.where().contains(c.sql().replace(":" + c.param(), "?")), c.sql());
        }
        assertEquals(conditions.size(), sql.where().split(" AND ").length);
    }

    @Test
    void bothQueriesBindTheSameValues() {
        List<Object> hql = new ArrayList<>();
        EVERY_FILTER.where().params().map().values().forEach(v -> add(hql, v));
        List<Object> sql = EVERY_FILTER.sql().params();
        assertEquals(8, sql.size());
        assertTrue(hql.containsAll(sql) && sql.containsAll(hql), hql + " vs " + sql);
    }

    @Test
    void aReporterWithoutCompaniesMatchesNothingInEither() {
        ReportFilter none = new ReportFilter(null, null, null, null, null, null, null, Optional.of(Set.of()));
        assertEquals("1 = 0", none.where().query());
        assertEquals("1 = 0", none.sql().where());
        ReportFilter all = new ReportFilter(null, null, null, null, null, null, null, Optional.empty());
        assertEquals("1 = 1", all.where().query());
        assertEquals("1 = 1", all.sql().where());
    }

    private static void add(List<Object> values, Object v) {
        if (v instanceof Collection<?> c) {
            values.addAll(c);
        } else {
            values.add(v);
        }
    }
}
