package se.asfregister.report;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.asfregister.support.Api;
import se.asfregister.support.TestDb;

/**
 * The disclosure rule set through the API, on a county large enough to show most of its figures
 * ({@link PublicFixtures#insertGavleborg}). County 21 (Gävleborg), the only one with companies;
 * every company reports 2017-Q4 and 2018-Q4:
 *
 * <pre>
 * municipality  companies  employees w/m/o 2018 (2017)            revenue per year
 * Gävle 2180    G1..G5     5/3/1 4/3/0 4/3/0 4/3/0 3/3/0          100 000 each
 *                          (G1 3/3/1 in 2017, the others alike)
 * Sandviken     S1..S4     3/1/0 3/3/0 3/3/0 3/3/0                S1 9 000 000, others 100 000
 * Söderhamn     H1         3/4/0                                  200 000
 * </pre>
 *
 * Employees 2018: Gävle 20/15/1 = 36, Sandviken 12/10/0 = 22, Söderhamn 3/4/0 = 7; county and
 * country 35/29/1 = 65 (2017: Gävle 18/15/1 = 34, county 33/29/1 = 63).
 *
 * <p>Primary: Gävle's other (1), the county's and the country's other (1) are small counts;
 * Söderhamn rests on one company (few companies, every cell). Secondary, by the cheapest detour
 * (a cell's price is its number of binary digits plus one, a zero 12, times 8 per level up):
 * Gävle's other is a bridge, closed through Gävle men (price 5) and Söderhamn's hidden men and
 * other; Söderhamn's women and total, through Gävle's women (6) and total (7); the county's other
 * must reach the country's, which leaves the country's gender sum only through another of its
 * cells: men is the cheapest pair of county and country cells (48 + 384). Then against H1, which
 * knows Söderhamn's cells, Gävle's women and total would stand alone: Sandviken's men and women
 * (5 + 5) and total (6) close them. Shown: Sandviken other 0, county and country women 35, total 65.
 *
 * <p>Revenue: Sandviken 9 300 000, of which S1 and one other hold 9 100 000 (98 %): dominance; the
 * county and the country 10 000 000, of which S1 and H1 hold 9 200 000 (92 %): dominance;
 * Söderhamn rests on H1 alone; Gävle 500 000 is shown (no two companies hold more than 40 %).
 */
@QuarkusTest
public class PublicReportTest {

    static final String GAVLE = PublicFixtures.GAVLE;
    static final String SANDVIKEN = PublicFixtures.SANDVIKEN;
    static final String SODERHAMN = PublicFixtures.SODERHAMN;

    @Inject
    DataSource ds;

    @BeforeEach
    void setUp() throws SQLException {
        TestDb.clear(ds);
        ReportFixtures.deleteExtraGoals(ds);
        PublicFixtures.insertGavleborg(ds);
    }

    @AfterEach
    void tearDown() {
        ReportFixtures.deleteExtraGoals(ds);
        TestDb.clear(ds);
    }

    private static JsonPath annual(String county, int year) {
        var spec = Api.anonymous().queryParam("year", year);
        if (county != null) {
            spec = spec.queryParam("county", county);
        }
        return spec.get("/api/v1/reports/annual").then().statusCode(200).body("exact", equalTo(false))
                .extract().jsonPath();
    }

    private static Map<String, Object> row(JsonPath report, String code) {
        int i = report.getList("rows.code").indexOf(code);
        return report.getMap("rows[" + i + "]");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> employees(Map<String, Object> row) {
        Map<String, Object> e = (Map<String, Object>) row.get("employees");
        return Arrays.asList(e.get("women"), e.get("men"), e.get("other"), e.get("total"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> employeeStatus(Map<String, Object> row) {
        Map<String, String> all = (Map<String, String>) row.get("cellStatus");
        Map<String, String> e = new java.util.TreeMap<>();
        all.forEach((k, v) -> {
            if (k.startsWith("employees.")) {
                e.put(k.substring("employees.".length()), v);
            }
        });
        return e;
    }

    @Test
    void eachHiddenCellSaysWhyInTheCountyReport() {
        JsonPath r = annual("21", 2018);
        Map<String, Object> gavle = row(r, GAVLE);
        assertEquals(Arrays.asList(null, null, null, null), employees(gavle));
        assertEquals(Map.of("women", "secondary", "men", "secondary", "other", "small-count", "total", "secondary"),
                employeeStatus(gavle));
        Map<String, Object> sandviken = row(r, SANDVIKEN);
        assertEquals(Arrays.asList(null, null, 0, null), employees(sandviken));
        assertEquals(Map.of("women", "secondary", "men", "secondary", "total", "secondary"), employeeStatus(sandviken));
        Map<String, Object> soderhamn = row(r, SODERHAMN);
        assertEquals(Map.of("women", "few-companies", "men", "few-companies", "other", "few-companies", "total",
                "few-companies"), employeeStatus(soderhamn));
        Map<String, Object> county = r.getMap("total");
        assertEquals(Arrays.asList(35, null, null, 65), employees(county));
        assertEquals(Map.of("men", "secondary", "other", "small-count"), employeeStatus(county));
        // revenue: dominance where S1 is, one company in Söderhamn, Gävle shown
        assertEquals(500_000, gavle.get("revenueSek"));
        assertEquals(Arrays.asList(null, "dominance"), Arrays.asList(sandviken.get("revenueSek"),
                cellStatus(sandviken).get("revenueSek")));
        assertEquals("few-companies", cellStatus(soderhamn).get("revenueSek"));
        assertEquals("dominance", cellStatus(county).get("revenueSek"));
        // the names of the hidden cells, in column order, are the keys of cellStatus
        assertEquals(List.copyOf(cellStatus(gavle).keySet()), gavle.get("suppressed"));
        // company counts are register facts: never hidden
        assertEquals(List.of(1, 1, 1), List.of(soderhamn.get("activeCompanies"), soderhamn.get("reportingCompanies"),
                soderhamn.get("companiesMeetingCriteria")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> cellStatus(Map<String, Object> row) {
        return (Map<String, String>) row.get("cellStatus");
    }

    @Test
    void theNationalReportHidesTheSameCellsOfTheCounty() {
        JsonPath national = annual(null, 2018);
        Map<String, Object> gavleborg = row(national, "21");
        Map<String, Object> countyTotal = annual("21", 2018).getMap("total");
        assertEquals(cellStatus(countyTotal), cellStatus(gavleborg));
        assertEquals(employees(countyTotal), employees(gavleborg));
        // the country is the county here: same cells, same statuses
        assertEquals(Map.of("men", "secondary", "other", "small-count"), employeeStatus(national.getMap("total")));
        assertEquals(Arrays.asList(35, null, null, 65), employees(national.getMap("total")));
    }

    @Test
    void theCsvStatusColumnNamesEachHiddenCell() {
        String csv = Api.anonymous().accept("text/csv").queryParam("county", "21").queryParam("year", 2018)
                .get("/api/v1/reports/annual").then().statusCode(200).extract().asString();
        List<String> lines = csv.lines().toList();
        String gavle = lines.stream().filter(l -> l.startsWith("MUNICIPALITY,2180,")).findFirst().orElseThrow();
        assertEquals("MUNICIPALITY,2180,Gävle,2018,5,5,5,..,..,..,..", String.join(",",
                Arrays.asList(gavle.split(",")).subList(0, 11)));
        assertTrue(gavle.substring(gavle.lastIndexOf(',') + 1).startsWith("\"employeesWomen:secondary;"
                + "employeesMen:secondary;employeesOther:small-count;employeesTotal:secondary;"), gavle);
        String county = lines.get(lines.size() - 1);
        assertEquals("COUNTY,21,Gävleborgs län,2018,10,10,10,35,..,..,65", String.join(",",
                Arrays.asList(county.split(",")).subList(0, 11)));
    }

    /*
     * Progress of the growth goal, public: every company reported in both years, so the
     * like-with-like values are the county's own cells: baseline 63 (2017), current 65 (2018),
     * both shown in the annual reports. Target 63 * 1.05 = 66.15; expected in 2018
     * 63 + 3.15 / 3 = 64.05; share (65 - 63) / 3.15 = 0.6349; 65 >= 64.05: ON_TRACK.
     */
    @Test
    void likeWithLikeProgressIsShownWhereItIsTheCountysOwnCell() {
        Api.anonymous().queryParam("county", "21").queryParam("year", 2018).get("/api/v1/progress").then()
                .statusCode(200).body("exact", equalTo(false))
                .body("progress[0].baselineValue", equalTo(63)).body("progress[0].currentValue", equalTo(65))
                .body("progress[0].targetValue", equalTo(66.15f)).body("progress[0].expectedValue", equalTo(64.05f))
                .body("progress[0].achievedShare", equalTo(0.6349f)).body("progress[0].status", equalTo("ON_TRACK"))
                .body("progress[0].coverage.comparedCompanies", equalTo(10))
                .body("progress[0].cellStatus", equalTo(Map.of()));
        assertEquals(65, annual("21", 2018).getInt("total.employees.total"));
        assertEquals(63, annual("21", 2017).getInt("total.employees.total"));
    }

    /*
     * A new company in Gävle reports 2018 only (4/4/0): the like-with-like current value (65) would
     * differ from the county's 73 by exactly that company's 8. The public gets no like-with-like
     * values then (secondary), nor what is derived from them; the status stays.
     */
    @Test
    void likeWithLikeProgressIsHiddenWhereItWouldSingleOutNewcomers() throws SQLException {
        try (Connection c = ds.getConnection()) {
            ReportFixtures.company(c, 2100, GAVLE, "ACTIVE", true, null);
            PublicFixtures.report(c, 21_001, 2100, 2018, new int[] {4, 4, 0}, 100_000);
        }
        Api.anonymous().queryParam("year", 2018).get("/api/v1/goals/1000/progress").then().statusCode(200)
                .body("baselineValue", nullValue()).body("currentValue", nullValue())
                .body("targetValue", nullValue()).body("expectedValue", nullValue())
                .body("achievedShare", nullValue()).body("status", equalTo("ON_TRACK"))
                .body("coverage.comparedCompanies", equalTo(10)).body("coverage.reportingCompanies", equalTo(11))
                .body("cellStatus", equalTo(Map.of("baselineValue", "secondary", "currentValue", "secondary",
                        "targetValue", "secondary", "expectedValue", "secondary", "achievedShare", "secondary")));
        Api.as(Api.ANALYST, Api.ANALYST_PASSWORD).queryParam("year", 2018).get("/api/v1/goals/1000/progress").then()
                .statusCode(200).body("currentValue", equalTo(65)).body("cellStatus", equalTo(Map.of()));
    }
}
