package se.asfregister.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import se.asfregister.demo.DemoDataTest;
import se.asfregister.report.ReportQueries;
import se.asfregister.report.StatusColumn;
import se.asfregister.support.Api;

/**
 * Every list and report that answers CSV answers Excel too, read back here with a real reader
 * (Apache POI) and compared cell by cell with the JSON of the same request: typed cells,
 * Swedish headers in the CSV's column order, a frozen header row, hidden cells blank with
 * their reason in the status column. Runs on the demo register (a rich data set with hidden
 * cells), sharing DemoDataTest's database.
 */
@QuarkusTest
@TestProfile(DemoDataTest.DemoOn.class)
class XlsxExportsTest {

    private static final Supplier<RequestSpecification> ANALYST = () -> Api.as(Api.ANALYST, Api.ANALYST_PASSWORD);

    @Test
    void companies() {
        compareList(Api::given, "/api/v1/companies", (item, key) -> item.containsKey(key) ? item.get(key)
                : nested(item, "criteria", key));
    }

    @Test
    void collaborationsPoliciesGoals() {
        for (String path : List.of("/api/v1/csr-collaborations", "/api/v1/municipal-policies", "/api/v1/goals")) {
            compareList(Api::given, path, Map::get);
        }
    }

    @Test
    void activitiesWithHiddenParticipantsForThePublic() {
        BiFunction<Map<String, Object>, String, Object> resolve = (item, key) -> {
            if (key.equals(StatusColumn.NAME)) {
                return note(item, "participants.women", "participants.men", "participants.other",
                        "participants.total");
            }
            return key.startsWith("participants") ? nested(item, "participants", key.substring(12)) : item.get(key);
        };
        compareList(Api::given, "/api/v1/activities", resolve);
        int hidden = compareList(Api::anonymous, "/api/v1/activities", resolve);
        assertTrue(hidden > 0, "the public sees every participant count of the demo activities");
    }

    @Test
    void annualReportForAnalystsAndThePublic() {
        for (Supplier<RequestSpecification> caller : List.of(ANALYST, Api::anonymous)) {
            String url = "/api/v1/reports/annual?county=20&year=2024";
            Map<String, Object> json = json(caller, url);
            List<Map<String, Object>> rows = new ArrayList<>(list(json.get("rows")));
            rows.add(map(json.get("total")));
            Map<String, String> figures = new HashMap<>();
            ReportQueries.FIGURE_NAMES.forEach(f -> figures.put(StatusColumn.column(f), f));
            int blanks = compare(caller, url, rows, (item, key) -> switch (key) {
                case "year" -> json.get("year");
                case StatusColumn.NAME -> note(item, ReportQueries.FIGURE_NAMES.toArray(String[]::new));
                default -> figures.containsKey(key) ? path(item, figures.get(key)) : item.get(key);
            });
            assertEquals(json.get("exact").equals(false), blanks > rows.size(), "hidden cells only for the public");
        }
    }

    @Test
    void progressInAllItsStatuses() {
        for (Supplier<RequestSpecification> caller : List.of(ANALYST, Api::anonymous)) {
            String url = "/api/v1/progress?county=20&year=2020";
            List<Map<String, Object>> goals = list(json(caller, url).get("progress"));
            Sheet sheet = sheet(caller, url, "progress");
            List<String> keys = List.of("goalId", "countyCode", "indicator", "description", "targetType",
                    "goalTargetValue", "baselineYear", "targetYear", "year", "baselineValue", "currentValue",
                    "targetValue", "expectedValue", "achievedShare", "progressStatus", "reportingCompanies",
                    "activeCompanies", "baselineReportingCompanies", "baselineActiveCompanies", "comparedCompanies",
                    "cellStatus");
            compareSheet(sheet, keys, goals, (item, key) -> switch (key) {
                case "progressStatus" -> item.get("status");
                case "cellStatus" -> note(item, "baselineValue", "currentValue", "targetValue", "expectedValue",
                        "achievedShare");
                default -> item.containsKey(key) ? item.get(key) : nested(item, "coverage", key);
            });
        }
    }

    @Test
    void employmentReportExportOfOneCompanyAndRowCountOfAll() {
        Map<String, Object> company = list(json(Api::given, "/api/v1/companies?size=1&sort=name").get("items"))
                .get(0);
        String one = "/api/v1/employment-reports?companyId=" + company.get("id");
        List<Map<String, Object>> reports = list(json(Api::given, one + "&size=200&sort=period,asc").get("items"));
        Map<String, String> groups = Map.of("employees", "employees", "wageSubsidy", "employeesWithWageSubsidy",
                "workTraining", "workTraining", "rehabilitation", "rehabilitation", "internships", "internships");
        compare(Api::given, one, reports, (item, key) -> {
            if (key.equals("organisationNumber")) {
                return company.get("organisationNumber");
            }
            for (var g : groups.entrySet()) {
                if (key.startsWith(g.getKey()) && !item.containsKey(key)) {
                    return nested(item, g.getValue(), key.substring(g.getKey().length()));
                }
            }
            return item.get(key);
        });
        int total = Api.given().get("/api/v1/employment-reports?size=1").then().statusCode(200).extract().jsonPath()
                .getInt("totalItems");
        assertEquals(total, sheet(Api::given, "/api/v1/employment-reports", "employment-reports")
                .getLastRowNum());
    }

    // --- comparison -----------------------------------------------------------------------

    /** Compares a paged list's every item (one page of all of them) with the Excel rows; returns the blank cells. */
    private static int compareList(Supplier<RequestSpecification> caller, String path,
            BiFunction<Map<String, Object>, String, Object> resolve) {
        List<Map<String, Object>> items = list(json(caller, path + "?size=200").get("items"));
        assertTrue(!items.isEmpty(), path + " is empty in the demo");
        return compare(caller, path, items, resolve);
    }

    /** The CSV's columns decide the keys; the Excel sheet must have them in order, with Swedish headers. */
    private static int compare(Supplier<RequestSpecification> caller, String url, List<Map<String, Object>> items,
            BiFunction<Map<String, Object>, String, Object> resolve) {
        String csv = caller.get().accept(Csv.MEDIA_TYPE).get(url).then().statusCode(200).extract().asString();
        List<String> keys = Arrays.asList(csv.substring(0, csv.indexOf("\r\n")).split(","));
        return compareSheet(sheet(caller, url, null), keys, items, resolve);
    }

    private static int compareSheet(Sheet sheet, List<String> keys, List<Map<String, Object>> items,
            BiFunction<Map<String, Object>, String, Object> resolve) {
        assertTrue(sheet.getPaneInformation().isFreezePane());
        assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), "header row frozen");
        Row header = sheet.getRow(0);
        assertEquals(keys.size(), header.getLastCellNum());
        for (int c = 0; c < keys.size(); c++) {
            assertEquals(Xlsx.header(keys.get(c)), header.getCell(c).getStringCellValue());
        }
        assertEquals(items.size(), sheet.getLastRowNum(), "one row per item");
        int blanks = 0;
        for (int r = 0; r < items.size(); r++) {
            for (int c = 0; c < keys.size(); c++) {
                Object expected = expected(resolve.apply(items.get(r), keys.get(c)));
                Object actual = value(sheet.getRow(r + 1).getCell(c));
                assertEquals(expected, actual, "row " + (r + 1) + " column " + keys.get(c));
                blanks += actual == null ? 1 : 0;
            }
        }
        return blanks;
    }

    private static Sheet sheet(Supplier<RequestSpecification> caller, String url, String name) {
        Response r = caller.get().accept(Xlsx.MEDIA_TYPE).get(url);
        r.then().statusCode(200).contentType(Xlsx.MEDIA_TYPE);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.asByteArray()))) {
            assertEquals(1, wb.getNumberOfSheets());
            if (name != null) {
                assertEquals(Xlsx.header("sheet." + name), wb.getSheetName(0));
            }
            return wb.getSheetAt(0);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /** JSON as the cell must hold it: numbers as doubles, lists joined by ";", "" as blank. */
    private static Object expected(Object json) {
        if (json instanceof Number n) {
            return n.doubleValue();
        }
        if (json instanceof List<?> l) {
            return l.isEmpty() ? null : String.join(";", l.stream().map(String::valueOf).toList());
        }
        return "".equals(json) ? null : json;
    }

    /** A cell as a value: a number, a date as yyyy-mm-dd, a boolean, text, or null when blank. */
    private static Object value(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        return switch (cell.getCellType()) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate()
                    .toString() : cell.getNumericCellValue();
            case BOOLEAN -> cell.getBooleanCellValue();
            default -> cell.getStringCellValue();
        };
    }

    /** The status column: "column:reason" for each hidden field, in the given order. */
    @SuppressWarnings("unchecked")
    private static String note(Map<String, Object> item, String... fields) {
        Map<String, Object> status = (Map<String, Object>) item.get("cellStatus");
        List<String> parts = new ArrayList<>();
        for (String f : fields) {
            if (status != null && status.containsKey(f)) {
                parts.add(StatusColumn.column(f) + ":" + status.get(f));
            }
        }
        return String.join(";", parts);
    }

    private static Object nested(Map<String, Object> item, String object, String key) {
        Map<String, Object> inner = map(item.get(object));
        return inner.get(Character.toLowerCase(key.charAt(0)) + key.substring(1));
    }

    private static Object path(Map<String, Object> item, String dotted) {
        int dot = dotted.indexOf('.');
        return dot < 0 ? item.get(dotted) : nested(item, dotted.substring(0, dot), dotted.substring(dot + 1));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object o) {
        return (List<Map<String, Object>>) o;
    }

    /** JSON with decimals as BigDecimal, so that they compare exactly with the cells' doubles. */
    private static Map<String, Object> json(Supplier<RequestSpecification> caller, String url) {
        String body = caller.get().accept("application/json").get(url).then().statusCode(200).extract().asString();
        return JsonPath.from(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL)).getMap("");
    }
}
