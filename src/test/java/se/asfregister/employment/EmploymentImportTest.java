package se.asfregister.employment;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.asfregister.common.SwedishClock;
import se.asfregister.support.Api;
import se.asfregister.support.Fixtures;
import se.asfregister.support.FullCollections;
import se.asfregister.support.TestDb;

@QuarkusTest
public class EmploymentImportTest {

    static final String IMPORT = "/api/v1/employment-reports/import";

    @Inject
    DataSource ds;

    @Inject
    SwedishClock clock;

    long falun;
    long stockholm;
    String falunNo = Fixtures.orgNumber(1);
    String stockholmNo = Fixtures.orgNumber(2);

    @BeforeEach
    void setUp() {
        TestDb.clear(ds);
        falun = Fixtures.createCompany(1, "Gruvans Återbruk", "2080");
        stockholm = Fixtures.createCompany(2, "Söderns Café", "0180");
    }

    static String csv(List<String> rows) {
        return EmploymentFixtures.HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n";
    }

    static Response importCsv(String body) {
        return Api.given().contentType("text/csv").body(body).post(IMPORT);
    }

    /** A rejected import: the request may break the contract, the answer must not. */
    static Response importCsvInvalid(String body) {
        return Api.invalid().contentType("text/csv").body(body).post(IMPORT);
    }

    /** 10,000 CSV rows: 250 new companies (their seeds from {@code seedOffset}) × 40 quarters. */
    private List<String> tenThousandRows(int seedOffset) {
        List<String> periods = EmploymentFixtures.periods(40);
        List<String> rows = new ArrayList<>();
        for (String c : EmploymentFixtures.insertCompanies(ds, 250, seedOffset)) {
            for (String p : periods) {
                rows.add(EmploymentFixtures.csvRow(c, p, rows.size()));
            }
        }
        return rows;
    }

    private long auditEvents(String action) {
        return Api.given().queryParam("entityType", "EmploymentReport").queryParam("size", 200)
                .get("/api/v1/audit-events").then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.action == '" + action + "' }").size();
    }

    @Test
    void csvImportCreatesThenUpdatesAndLeavesEqualRowsAlone() {
        importCsv(csv(List.of(
                EmploymentFixtures.csvRow(falunNo, "2025-Q1", 0),
                EmploymentFixtures.csvRow(falunNo.replace("-", ""), "2025-Q2", 1),
                EmploymentFixtures.csvRow(stockholmNo, "2025-Q1", 2))))
                .then().statusCode(200)
                .body("created", equalTo(3)).body("updated", equalTo(0)).body("unchanged", equalTo(0))
                .body("dryRun", equalTo(false));
        Api.given().get(EmploymentReportResourceTest.path(falun, "2025-Q2")).then().statusCode(200)
                .body("employees.women", equalTo(6))
                .body("workTraining.women", equalTo(1))
                .body("transitionsToWork", equalTo(1))
                .body("revenueSek", equalTo(100_001))
                .body("version", equalTo(0));
        String updatedAt = Api.given().get(EmploymentReportResourceTest.path(falun, "2025-Q1")).then()
                .extract().jsonPath().getString("updatedAt");

        importCsv(csv(List.of(
                EmploymentFixtures.csvRow(falunNo, "2025-Q1", 0),
                EmploymentFixtures.csvRow(falunNo, "2025-Q2", 8),
                EmploymentFixtures.csvRow(stockholmNo, "2024-Q4", 2))))
                .then().statusCode(200)
                .body("created", equalTo(1)).body("updated", equalTo(1)).body("unchanged", equalTo(1));
        Api.given().get(EmploymentReportResourceTest.path(falun, "2025-Q1")).then().statusCode(200)
                .body("version", equalTo(0)).body("updatedAt", equalTo(updatedAt));
        Api.given().get(EmploymentReportResourceTest.path(falun, "2025-Q2")).then().statusCode(200)
                .header("ETag", org.hamcrest.Matchers.endsWith(".1\"")).body("version", equalTo(1)).body("revenueSek", equalTo(100_008));
        assertEquals(4, TestDb.count(ds, "employment_report"));
    }

    @Test
    void jsonImportTakesTheSameFlatRows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String period : List.of("2025-Q1", "2025-Q2")) {
            rows.add(EmploymentFixtures.row(falunNo, period, 3));
        }
        Api.given().contentType(ContentType.JSON).body(rows).post(IMPORT).then().statusCode(200)
                .body("created", equalTo(2));
        Api.given().contentType(ContentType.JSON).body(rows).post(IMPORT).then().statusCode(200)
                .body("created", equalTo(0)).body("unchanged", equalTo(2));

        rows.get(0).put("wageSubsidyWomen", 100);
        rows.get(1).put("employeesMen", null);
        Api.invalid().contentType(ContentType.JSON).body(rows).post(IMPORT).then().statusCode(422)
                .body("errors.row", equalTo(List.of(1, 2)))
                .body("errors.field", equalTo(List.of("wageSubsidyWomen", "employeesMen")))
                .body("errors[1].message", equalTo("is required"));
        // an empty array is a problem of the body, a row that is not an object one of its row
        Api.invalid().contentType(ContentType.JSON).body("[]").post(IMPORT).then().statusCode(422)
                .body("errors[0].field", equalTo("body")).body("errors[0].message", equalTo("the array has no rows"));
        Api.invalid().contentType(ContentType.JSON).body("[null]").post(IMPORT).then().statusCode(422)
                .body("errors[0].row", equalTo(1)).body("errors[0].message", equalTo("must be an object"));
        assertEquals(2, TestDb.count(ds, "employment_report"));
    }

    @Test
    void oneBadRowAmongTenThousandRejectsAllAndNamesIt() {
        List<String> rows = tenThousandRows(1000);
        assertEquals(10_000, rows.size());
        String bad = rows.get(7_776).replaceFirst(",2,1,0,", ",2,1000,0,"); // wage subsidy men > employees men
        rows.set(7_776, bad);
        var before = TestDb.snapshot(ds);

        importCsvInvalid(csv(rows)).then().statusCode(422)
                .contentType(containsString("application/problem+json"))
                .body("type", equalTo("urn:asf-register:problem:unprocessable"))
                .body("detail", containsString("1 row is invalid"))
                .body("totalErrors", equalTo(1))
                .body("errors", hasSize(1))
                .body("errors[0].row", equalTo(7_778)) // line 7,778: the header is line 1
                .body("errors[0].field", equalTo("wageSubsidyMen"))
                .body("errors[0].message", containsString("employeesMen"));
        assertEquals(before, TestDb.snapshot(ds));
        assertEquals(0, auditEvents("IMPORT"));
    }

    @Test
    void everyKindOfBadRowIsListedWithItsColumn() {
        String good = EmploymentFixtures.csvRow(falunNo, "2025-Q1", 0);
        var before = TestDb.snapshot(ds);
        Response r = importCsvInvalid(csv(List.of(
                good,
                EmploymentFixtures.csvRow("556000-0000", "2025-Q2", 0),
                EmploymentFixtures.csvRow(Fixtures.orgNumber(99), "2025-Q2", 0),
                EmploymentFixtures.csvRow(falunNo, "1999-Q4", 0),
                EmploymentFixtures.csvRow(falunNo, (Period.current(clock).year() + 1) + "-Q1", 0),
                good.replace(",2025-Q1,", ",2024-Q1,").replaceFirst(",\\d+$", ",-5"),
                good.replace(",2025-Q1,", ",2024-Q2,").replaceFirst(",4,0,", ",x,0,"),
                good.replace(",2025-Q1,", ",2024-Q3,").replaceFirst(",4,0,", ",100001,0,"),
                good.replace(",2025-Q1,", ",2024-Q4,").replaceFirst(",4,0,", ",,0,"),
                good + ",extra",
                good)));
        r.then().statusCode(422).body("totalErrors", equalTo(10));
        List<Map<String, Object>> errors = r.jsonPath().getList("errors");
        List<String> got = errors.stream().map(e -> e.get("row") + ":" + e.get("field")).toList();
        // rows are file lines: the header is line 1
        assertEquals(List.of("3:organisationNumber", "5:period", "6:period", "7:revenueSek", "8:employeesMen",
                "9:employeesMen", "10:employeesMen", "11:row", "4:organisationNumber", "12:period"), got);
        assertTrue(errors.get(9).get("message").toString().contains("rows 2 and 12"), errors.toString());
        assertEquals(before, TestDb.snapshot(ds));
    }

    @Test
    void headerMustNameEveryColumnOnce() {
        var before = TestDb.snapshot(ds);
        String header = EmploymentFixtures.HEADER.replace("revenueSek", "revenue");
        importCsvInvalid(header + "\r\n" + EmploymentFixtures.csvRow(falunNo, "2025-Q1", 0) + "\r\n")
                .then().statusCode(422)
                .body("errors.row", equalTo(List.of(1, 1)))
                .body("errors.field", equalTo(List.of("revenue", "revenueSek")));
        importCsvInvalid("").then().statusCode(422).body("errors[0].field", equalTo("header"))
                .body("errors[0].row", equalTo(0));
        importCsvInvalid(EmploymentFixtures.HEADER + "\r\n\"unterminated").then().statusCode(422)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("body")).body("errors[0].row", equalTo(2))
                .body("errors[0].message", containsString("not closed"));
        importCsvInvalid(EmploymentFixtures.HEADER + "\r\n\"556677-8899\"x,2025-Q1").then().statusCode(422)
                .body("errors", hasSize(1)).body("errors[0].row", equalTo(2))
                .body("errors[0].message", containsString("closing quote"));
        assertEquals(before, TestDb.snapshot(ds));
    }

    /**
     * What Swedish Excel saves: "CSV (semikolonavgränsad)" is Windows-1252 with semicolons and
     * CRLF, thousands grouped with a no-break space when the cell is formatted so, empty
     * columns and rows of the sheet's used range as empty values; "CSV UTF-8" is the same in
     * UTF-8 behind a byte order mark. A first line "sep=;" names the separator.
     */
    @Test
    void swedishExcelFilesImport() {
        String header = EmploymentFixtures.HEADER.replace(',', ';') + ";;";
        String q1 = EmploymentFixtures.csvRow(falunNo, "2025-Q1", 0).replace(',', ';')
                .replaceFirst(";100000$", ";1\u00A0250\u00A0000") + ";;";
        String emptyRow = ";".repeat(21);
        byte[] windows1252 = String.join("\r\n", header, q1, emptyRow, "").getBytes(Charset.forName("windows-1252"));
        Api.invalid().contentType("text/csv").body(windows1252).post(IMPORT).then().statusCode(200)
                .body("created", equalTo(1));
        Api.given().get(EmploymentReportResourceTest.path(falun, "2025-Q1")).then().statusCode(200)
                .body("revenueSek", equalTo(1_250_000)).body("employees.women", equalTo(5));

        String q2 = EmploymentFixtures.csvRow(falunNo, "2025-Q2", 1).replace(',', ';');
        byte[] utf8 = ("\uFEFF" + header + "\r\n" + q2 + "\r\n").getBytes(StandardCharsets.UTF_8);
        Api.invalid().contentType("text/csv").body(utf8).post(IMPORT).then().statusCode(200)
                .body("created", equalTo(1));

        String q3 = EmploymentFixtures.csvRow(falunNo, "2025-Q3", 2).replace(',', ';');
        importCsv("sep=;\r\n" + header + "\r\n" + q3 + "\r\n").then().statusCode(200).body("created", equalTo(1));
        assertEquals(3, TestDb.count(ds, "employment_report"));
    }

    @Test
    void aFileTheImportCannotReadFailsWithOneProblemSayingWhatWasFoundAndWhatToDo() {
        var before = TestDb.snapshot(ds);
        // Swedish column names in a Swedish Excel file: not the header the import needs
        byte[] swedish = ("Organisationsnummer;Period;Anställda kvinnor;Anställda män\r\n"
                + falunNo + ";2025-Q1;3;2\r\n").getBytes(Charset.forName("windows-1252"));
        Api.invalid().contentType("text/csv").body(swedish).post(IMPORT).then().statusCode(422)
                .body("detail", equalTo("The header or the body is invalid; nothing was imported"))
                .body("totalErrors", equalTo(1))
                .body("errors[0].row", equalTo(1))
                .body("errors[0].field", equalTo("header"))
                .body("errors[0].message", containsString("1 of its 4 values name a column"))
                .body("errors[0].message", containsString("read as Windows-1252, values separated by ';'"))
                .body("errors[0].message", containsString("the first row must name the columns "
                        + EmploymentFixtures.HEADER));
        // UTF-8 (a no-break space in line 2) that turns into Windows-1252 in line 3
        String grouped = EmploymentFixtures.csvRow(falunNo, "2025-Q1", 0).replaceFirst(",100000$", ",1\u00A0250\u00A0000");
        byte[] utf8 = (EmploymentFixtures.HEADER + "\r\n" + grouped + "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] cp1252 = (grouped.replace("2025-Q1", "2025-Q2") + "\r\n").getBytes(Charset.forName("windows-1252"));
        byte[] mixed = java.util.Arrays.copyOf(utf8, utf8.length + cp1252.length);
        System.arraycopy(cp1252, 0, mixed, utf8.length, cp1252.length);
        Api.invalid().contentType("text/csv").body(mixed).post(IMPORT).then().statusCode(422)
                .body("totalErrors", equalTo(1)).body("errors[0].row", equalTo(3))
                .body("errors[0].message", containsString("is not valid UTF-8"));
        // a workbook sent as CSV
        byte[] xlsx = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0};
        Api.invalid().contentType("text/csv").body(xlsx).post(IMPORT).then().statusCode(422)
                .body("totalErrors", equalTo(1))
                .body("errors[0].message", containsString("Excel workbook (.xlsx)"))
                .body("errors[0].message", containsString("CSV UTF-8"));
        assertEquals(before, TestDb.snapshot(ds));
    }

    @Test
    void errorRowsAreLinesOfTheFileBlankLinesIncluded() {
        String good = EmploymentFixtures.csvRow(falunNo, "2025-Q1", 0);
        String bad = EmploymentFixtures.csvRow(falunNo, "2025-Q2", 0).replaceFirst(",\\d+$", ",x");
        // line 1 header, 2 blank, 3 good, 4 blank, 5 bad
        importCsvInvalid(EmploymentFixtures.HEADER + "\r\n\r\n" + good + "\r\n\r\n" + bad + "\r\n").then()
                .statusCode(422).body("errors[0].row", equalTo(5)).body("errors[0].field", equalTo("revenueSek"));
        // a quoted value over two lines (line 2 and 3): the next record starts on line 4
        importCsvInvalid(EmploymentFixtures.HEADER + "\n\"not\nvalid\"," + good.substring(good.indexOf(',') + 1)
                + "\n" + bad + "\n").then().statusCode(422)
                .body("errors.row", equalTo(List.of(2, 4)));
    }

    @Test
    void columnsMayComeInAnyOrderAndQuotedValuesAreRead() {
        List<String> cols = new ArrayList<>(Figures.REQUIRED_COLUMNS);
        java.util.Collections.reverse(cols);
        List<String> values = new ArrayList<>(List.of(EmploymentFixtures.csvRow(falunNo, "2025-Q1", 0).split(",")));
        java.util.Collections.reverse(values);
        values.replaceAll(v -> "\"" + v + "\"");
        byte[] body = ("\uFEFF" + String.join(",", cols) + "\n" + String.join(",", values) + "\n\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Api.given().contentType("text/csv").body(body).post(IMPORT).then().statusCode(200)
                .body("created", equalTo(1));
        Api.given().get(EmploymentReportResourceTest.path(falun, "2025-Q1")).then().statusCode(200)
                .body("employees.women", equalTo(5));
    }

    @Test
    void errorListIsCappedAndSaysHowManyMore() {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 1_500; i++) {
            rows.add(EmploymentFixtures.csvRow("not-a-number", "2025-Q1", i));
        }
        importCsvInvalid(csv(rows)).then().statusCode(422)
                .body("errors", hasSize(1000))
                .body("totalErrors", equalTo(1500))
                .body("detail", containsString("the first 1000 of 1500 errors"));
    }

    @Test
    void exportImportsBackUnchangedAndTheSameFileTwiceChangesNothing() {
        List<String> rows = new ArrayList<>();
        for (String p : EmploymentFixtures.periods(8)) {
            rows.add(EmploymentFixtures.csvRow(falunNo, p, rows.size()));
            rows.add(EmploymentFixtures.csvRow(stockholmNo, p, rows.size()));
        }
        importCsv(csv(rows)).then().statusCode(200).body("created", equalTo(16));
        var afterFirst = TestDb.snapshot(ds);

        importCsv(csv(rows)).then().statusCode(200).body("created", equalTo(0)).body("updated", equalTo(0))
                .body("unchanged", equalTo(16));

        String export = Api.given().accept("text/csv").get("/api/v1/employment-reports").then().statusCode(200)
                .extract().asString();
        importCsv(export).then().statusCode(200).body("unchanged", equalTo(16)).body("created", equalTo(0))
                .body("updated", equalTo(0));
        assertEquals(afterFirst, TestDb.snapshot(ds), "nothing written, no audit event either");
    }

    @Test
    void dryRunCountsButWritesNothing() {
        importCsv(csv(List.of(EmploymentFixtures.csvRow(falunNo, "2025-Q1", 0)))).then().statusCode(200);
        var before = TestDb.snapshot(ds);
        Api.given().contentType("text/csv").queryParam("dryRun", true)
                .body(csv(List.of(EmploymentFixtures.csvRow(falunNo, "2025-Q1", 1),
                        EmploymentFixtures.csvRow(falunNo, "2025-Q2", 0),
                        EmploymentFixtures.csvRow(stockholmNo, "2025-Q2", 0))))
                .post(IMPORT).then().statusCode(200)
                .body("created", equalTo(2)).body("updated", equalTo(1)).body("unchanged", equalTo(0))
                .body("dryRun", equalTo(true));
        assertEquals(before, TestDb.snapshot(ds));
        Api.invalid().contentType("text/csv").queryParam("dryRun", "maybe")
                .body(csv(List.of(EmploymentFixtures.csvRow(falunNo, "2025-Q1", 1)))).post(IMPORT)
                .then().statusCode(400).body("errors[0].field", equalTo("dryRun"));
    }

    @Test
    void oneAuditEventPerWrittenReportNamingCompanyAndPeriod() {
        importCsv(csv(List.of(EmploymentFixtures.csvRow(falunNo, "2025-Q1", 0),
                EmploymentFixtures.csvRow(falunNo, "2025-Q2", 0)))).then().statusCode(200);
        // Q1 changes (n = 1 moves employeesWomen, workTrainingWomen, transitionsToWork and revenueSek),
        // Q2 stays the same, Q3 is new
        importCsv(csv(List.of(EmploymentFixtures.csvRow(falunNo, "2025-Q1", 1),
                EmploymentFixtures.csvRow(falunNo, "2025-Q2", 0),
                EmploymentFixtures.csvRow(stockholmNo, "2025-Q3", 0)))).then().statusCode(200)
                .body("created", equalTo(1)).body("updated", equalTo(1)).body("unchanged", equalTo(1));
        List<String> created = new ArrayList<>(List.of("companyId", "period", "periodQuarter", "periodYear"));
        // the rows leave the optional disadvantaged employees out: not among the fields set
        Figure.ALL.stream().filter(f -> !f.optional()).forEach(f -> created.add(f.column));
        java.util.Collections.sort(created);
        Api.given().queryParam("entityType", "EmploymentReport").queryParam("sort", "id,asc")
                .get("/api/v1/audit-events").then().statusCode(200)
                .body("items.action", equalTo(List.of("IMPORT", "IMPORT", "IMPORT", "IMPORT")))
                .body("items.entityId", equalTo(List.of(falun + "/2025-Q1", falun + "/2025-Q2",
                        falun + "/2025-Q1", stockholm + "/2025-Q3")))
                .body("items[0].user", equalTo(Api.ADMIN))
                .body("items[0].changedFields", equalTo(created))
                .body("items[2].changedFields", equalTo(List.of("employeesWomen", "revenueSek", "transitionsToWork",
                        "workTrainingWomen")))
                .body("items[3].changedFields", equalTo(created));
        // the same key as a single write of the same report
        Api.given().contentType(ContentType.JSON).body(EmploymentFixtures.report(0))
                .put(EmploymentReportResourceTest.path(falun, "2025-Q1")).then().statusCode(200);
        Api.given().queryParam("entityId", falun + "/2025-Q1").queryParam("sort", "id,asc")
                .get("/api/v1/audit-events").then().statusCode(200)
                .body("items.action", equalTo(List.of("IMPORT", "IMPORT", "UPDATE")));
    }

    @Test
    void reporterImportsOwnCompanyRowsOnly() {
        EmploymentFixtures.bindDemoReporter(falun);
        Api.as(Api.REPORTER, Api.REPORTER_PASSWORD).contentType("text/csv")
                .body(csv(List.of(EmploymentFixtures.csvRow(falunNo, "2025-Q1", 0)))).post(IMPORT)
                .then().statusCode(200).body("created", equalTo(1));

        var before = TestDb.snapshot(ds);
        Api.as(Api.REPORTER, Api.REPORTER_PASSWORD).contentType("text/csv")
                .body(csv(List.of(EmploymentFixtures.csvRow(falunNo, "2025-Q2", 0),
                        EmploymentFixtures.csvRow(stockholmNo, "2025-Q2", 0)))).post(IMPORT)
                .then().statusCode(403).contentType(containsString("application/problem+json"))
                .body("detail", containsString(Long.toString(stockholm)));
        assertEquals(before, TestDb.snapshot(ds));

        Api.as(Api.ANALYST, Api.ANALYST_PASSWORD).contentType("text/csv")
                .body(csv(List.of(EmploymentFixtures.csvRow(falunNo, "2025-Q2", 0)))).post(IMPORT)
                .then().statusCode(403);
        Api.anonymous().contentType("text/csv")
                .body(csv(List.of(EmploymentFixtures.csvRow(falunNo, "2025-Q2", 0)))).post(IMPORT)
                .then().statusCode(401);
        assertEquals(before, TestDb.snapshot(ds));
    }

    /**
     * A large import grows the heap for its rows and gives it back afterwards: one full collection
     * follows an import of 10,000 rows, and none a smaller one.
     */
    @Test
    void aLargeImportIsFollowedByOneFullCollection() throws InterruptedException {
        List<String> rows = tenThousandRows(10_000);
        try (FullCollections collections = new FullCollections()) {
            Api.given().contentType("text/csv").queryParam("dryRun", true).body(csv(rows.subList(1, rows.size())))
                    .post(IMPORT).then().statusCode(200).body("created", equalTo(9_999));
            assertEquals(0, collections.countAfterQuiet(), "collections after a dry run of 9,999 rows");

            importCsv(csv(rows)).then().statusCode(200).body("created", equalTo(10_000));
            assertEquals(1, collections.awaitCount(1), "collections after an import of 10,000 rows");
            assertEquals(1, collections.countAfterQuiet(), "one collection, not more");
        }
        assertEquals(10_000, TestDb.count(ds, "employment_report"));
    }

    /**
     * 20,000 rows (500 companies × 40 quarters) in one request: created, updated and unchanged
     * are told apart and ids never collide. Speed is measured by bench/run.py, not here.
     */
    @Test
    void largeImportCreatesUpdatesAndLeavesRowsAlone() {
        int companies = 500;
        List<String> orgNos = EmploymentFixtures.insertCompanies(ds, companies, 10_000);
        List<String> periods = EmploymentFixtures.periods(40);
        StringBuilder body = new StringBuilder(EmploymentFixtures.HEADER).append("\r\n");
        int n = 0;
        for (String c : orgNos) {
            for (String p : periods) {
                body.append(EmploymentFixtures.csvRow(c, p, n++)).append("\r\n");
            }
        }
        boolean postgres = TestDb.isPostgres(ds);
        // a few reports exist already, so that the import both updates and leaves rows alone
        importCsv(csv(List.of(EmploymentFixtures.csvRow(orgNos.get(0), periods.get(0), 0),
                EmploymentFixtures.csvRow(orgNos.get(0), periods.get(1), 99)))).then().statusCode(200);

        String analyses = "SELECT analyze_count FROM pg_stat_user_tables WHERE relname = 'employment_report'";
        double analysedBefore = postgres ? TestDb.number(ds, analyses) : 0;
        importCsv(body.toString()).then().statusCode(200)
                .body("created", equalTo(n - 2)).body("updated", equalTo(1)).body("unchanged", equalTo(1));
        assertEquals(n, TestDb.count(ds, "employment_report"));
        if (postgres) {
            // the import analyzed the table itself (analyze_count counts no autovacuum runs), so
            // the planner knows the new rows at once, and with them the planner's row estimate
            assertEquals(analysedBefore + 1, TestDb.number(ds, analyses));
            assertTrue(TestDb.number(ds, "SELECT reltuples FROM pg_class WHERE relname = 'employment_report'")
                    >= n * 0.9);
        }

        // ids from the bulk path and from Hibernate never collide
        Api.given().contentType(ContentType.JSON).body(EmploymentFixtures.report(0))
                .put(EmploymentReportResourceTest.path(falun, "2025-Q1")).then().statusCode(201);
        Api.given().queryParam("companyId", falun).get("/api/v1/employment-reports").then().statusCode(200)
                .body("totalItems", equalTo(1));
    }
}
