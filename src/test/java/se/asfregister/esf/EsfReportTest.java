package se.asfregister.esf;

import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.asfregister.esf.EsfFixtures.cells;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import se.asfregister.esf.EsfFixtures.Report;
import se.asfregister.support.Api;
import se.asfregister.support.Fixtures;
import se.asfregister.support.TestDb;
import se.asfregister.web.Xlsx;

/**
 * The ESF report over two companies in Dalarna and a project. The fixture (women/men/non-binary):
 *
 * <pre>
 *                        A 2025-Q1 (project)  A 2025-Q2   B 2025-Q1 (project)  | county 20  | project
 * participants            4/3/1                2/2/0       3/4/0               |  9/9/1 =19 |  7/7/1 =15
 * unemployed              3/2/1                2/1/0       2/3/0               |  7/6/1 =14 |  5/5/1 =11
 * longTermUnemployed      2/1/0                1/1/0       1/2/0               |  4/4/0 = 8 |  3/3/0 = 6
 * inactive                1/0/0                0/1/0       1/0/0               |  2/1/0 = 3 |  2/0/0 = 2
 * employed                0/1/0                0/0/0       0/1/0               |  0/2/0 = 2 |  0/2/0 = 2
 * leavers                 2/1/0                1/1/0       2/2/0               |  5/4/0 = 9 |  4/3/0 = 7
 * jobSearchingAtLeaving   1/0/0                -           0/1/0               |  1/1/0 = 2 |  1/1/0 = 2
 * employedAtLeaving       1/1/0                1/0/0       2/0/0               |  4/1/0 = 5 |  3/1/0 = 4
 * educationAtLeaving      -                    -           0/1/0               |  0/1/0 = 1 |  0/1/0 = 1
 * qualificationAtLeaving  -                    0/1/0       -                   |  0/1/0 = 1 |  0/0/0 = 0
 * employedSixMonths       1/1/0                -           1/0/0               |  2/1/0 = 3 |  2/1/0 = 3
 * improvedSixMonths       -                    -           0/1/0               |  0/1/0 = 1 |  0/1/0 = 1
 * </pre>
 *
 * Each report's labour statuses add up: A Q1 women 3+1+0 = 4, men 2+0+1 = 3, non-binary 1; A Q2
 * 2+0+0 = 2, 1+1+0 = 2; B 2+1+0 = 3, 3+0+1 = 4. Left out of both sums: company C in Stockholm
 * (2025-Q1, participants 5/5/0) and A's 2024-Q4 report for the project (participants 6/0/0).
 */
@QuarkusTest
public class EsfReportTest {

    static final String ESF = "/api/v1/reports/esf";

    @Inject
    DataSource ds;

    long a;
    long b;
    long project;

    @BeforeEach
    void setUp() {
        TestDb.clear(ds);
        a = Fixtures.createCompany(1, "Gruvans Återbruk", "2080");
        b = Fixtures.createCompany(2, "Hyttans Café", "2081");
        long c = Fixtures.createCompany(3, "Söderns Café", "0180");
        project = EsfFixtures.createProject("ESF-projekt Dalarna", "20");
        Report.of().project(project)
                .count("participants", 4, 3, 1).count("unemployed", 3, 2, 1).count("longTermUnemployed", 2, 1, 0)
                .count("inactive", 1, 0, 0).count("employed", 0, 1, 0)
                .count("aged18To29", 1, 1, 1).count("disabilities", 1, 1, 0)
                .count("leavers", 2, 1, 0).count("jobSearchingAtLeaving", 1, 0, 0)
                .count("employedAtLeaving", 1, 1, 0).count("employedSixMonths", 1, 1, 0)
                .put(a, "2025-Q1");
        Report.of()
                .count("participants", 2, 2, 0).count("unemployed", 2, 1, 0).count("longTermUnemployed", 1, 1, 0)
                .count("inactive", 0, 1, 0)
                .count("leavers", 1, 1, 0).count("employedAtLeaving", 1, 0, 0).count("qualificationAtLeaving", 0, 1, 0)
                .put(a, "2025-Q2");
        Report.of().project(project)
                .count("participants", 3, 4, 0).count("unemployed", 2, 3, 0).count("longTermUnemployed", 1, 2, 0)
                .count("inactive", 1, 0, 0).count("employed", 0, 1, 0)
                .count("leavers", 2, 2, 0).count("jobSearchingAtLeaving", 0, 1, 0).count("employedAtLeaving", 2, 0, 0)
                .count("educationAtLeaving", 0, 1, 0).count("employedSixMonths", 1, 0, 0)
                .count("improvedSixMonths", 0, 1, 0)
                .put(b, "2025-Q1");
        Report.of().count("participants", 5, 5, 0).count("unemployed", 5, 5, 0).put(c, "2025-Q1");
        Report.of().project(project).count("participants", 6, 0, 0).count("inactive", 6, 0, 0).put(a, "2024-Q4");
    }

    static JsonPath exact(Map<String, Object> params) {
        return Api.as(Api.ANALYST, Api.ANALYST_PASSWORD).queryParams(params).get(ESF).then().statusCode(200)
                .body("exact", equalTo(true)).extract().jsonPath();
    }

    @Test
    void countyReportSumsTheCountysCompaniesByGender() {
        JsonPath r = exact(Map.of("year", 2025, "county", "20"));
        assertEquals(List.of(9, 9, 1, 19), cells(r, "participants"));
        assertEquals(List.of(7, 6, 1, 14), cells(r, "unemployed"));
        assertEquals(List.of(4, 4, 0, 8), cells(r, "longTermUnemployed"));
        assertEquals(List.of(2, 1, 0, 3), cells(r, "inactive"));
        assertEquals(List.of(0, 2, 0, 2), cells(r, "employed"));
        assertEquals(List.of(5, 4, 0, 9), cells(r, "leavers"));
        assertEquals(List.of(1, 1, 0, 2), cells(r, "jobSearchingAtLeaving"));
        assertEquals(List.of(4, 1, 0, 5), cells(r, "employedAtLeaving"));
        assertEquals(List.of(0, 1, 0, 1), cells(r, "educationAtLeaving"));
        assertEquals(List.of(0, 1, 0, 1), cells(r, "qualificationAtLeaving"));
        assertEquals(List.of(2, 1, 0, 3), cells(r, "employedSixMonths"));
        assertEquals(List.of(0, 1, 0, 1), cells(r, "improvedSixMonths"));
        assertEquals(List.of(0, 0, 0, 0), cells(r, "minorities"));
        assertEquals(24, r.getList("indicators").size());
    }

    @Test
    void eachIndicatorCarriesItsCodeNamesAndSource() {
        JsonPath r = exact(Map.of("year", 2025, "county", "20"));
        String p = "indicators.find { it.key == 'participants' }.";
        assertEquals("EECO01", r.get(p + "code"));
        assertEquals("total number of participants", r.get(p + "nameEn"));
        assertEquals("totalt antal deltagare", r.get(p + "nameSv"));
        assertEquals("Annex I point 1.1", r.get(p + "source"));
        assertEquals("OUTPUT", r.get(p + "kind"));
        assertEquals("EECR01", r.get("indicators.find { it.key == 'jobSearchingAtLeaving' }.code"));
        assertEquals("EECR04", r.get("indicators.find { it.key == 'employedAtLeaving' }.code"));
        assertEquals("LONGER_TERM_RESULT", r.get("indicators.find { it.key == 'employedSixMonths' }.kind"));
        // no code could be verified for it: none is made up
        assertEquals(null, (Object) r.get("indicators.find { it.key == 'unemployed' }.code"));
    }

    @Test
    void projectReportSumsTheReportsThatNameTheProject() {
        JsonPath r = exact(Map.of("year", 2025, "project", project));
        assertEquals(List.of(7, 7, 1, 15), cells(r, "participants"));
        assertEquals(List.of(5, 5, 1, 11), cells(r, "unemployed"));
        assertEquals(List.of(3, 3, 0, 6), cells(r, "longTermUnemployed"));
        assertEquals(List.of(2, 0, 0, 2), cells(r, "inactive"));
        assertEquals(List.of(0, 2, 0, 2), cells(r, "employed"));
        assertEquals(List.of(4, 3, 0, 7), cells(r, "leavers"));
        assertEquals(List.of(1, 1, 0, 2), cells(r, "jobSearchingAtLeaving"));
        assertEquals(List.of(3, 1, 0, 4), cells(r, "employedAtLeaving"));
        assertEquals(List.of(0, 0, 0, 0), cells(r, "qualificationAtLeaving"));
        assertEquals(List.of(2, 1, 0, 3), cells(r, "employedSixMonths"));
        assertEquals(List.of(0, 1, 0, 1), cells(r, "improvedSixMonths"));
        assertEquals(((Number) project).intValue(), r.getInt("project"));
    }

    @Test
    void thePublicSeesNothingThatRestsOnTwoCompanies() {
        JsonPath r = Api.anonymous().queryParam("year", 2025).queryParam("county", "20").get(ESF).then()
                .statusCode(200).body("exact", equalTo(false)).extract().jsonPath();
        assertEquals(Arrays.asList(null, null, null, null), cells(r, "participants"));
        // the first rule that applies names the cell: a non-binary 1 is a small count
        assertEquals("small-count", r.getString("indicators.find { it.key == 'participants' }.status.nonBinary"));
        assertEquals(Map.of("women", "few-companies", "men", "few-companies", "nonBinary", "few-companies", "total",
                "few-companies"), r.getMap("indicators.find { it.key == 'leavers' }.status"));
        // nobody reported minorities: 0 is no secret
        assertEquals(List.of(0, 0, 0, 0), cells(r, "minorities"));
        assertEquals(Map.of(), r.getMap("indicators.find { it.key == 'minorities' }.status"));
    }

    /**
     * Four companies report 2024-Q1 in Dalarna, 2 participants each (one unemployed woman and man;
     * D also a non-binary participant). Disabilities: D1 1/1/0, D2 1/1/0, D3 1/0/1, D4 1/1/0, so
     * 4/3/1 = 8 on four companies (enough). Non-binary 1 is a small count; hiding it alone would
     * leave it as 8 - 4 - 3, so one more cell of the triple goes: the cheapest, men (3), as the
     * rule set prices cells by their size. Women 4 and total 8 stay.
     */
    @Test
    void aSmallCountHidesOneMoreCellOfItsGenderTriple() {
        TestDb.clear(ds);
        for (int seed = 11; seed <= 14; seed++) {
            long id = Fixtures.createCompany(seed, "Företag " + seed, "2080");
            boolean d3 = seed == 13;
            Report.of().count("participants", 1, 1, d3 ? 1 : 0).count("unemployed", 1, 1, d3 ? 1 : 0)
                    .count("disabilities", 1, d3 ? 0 : 1, d3 ? 1 : 0).put(id, "2024-Q1");
        }
        JsonPath r = Api.anonymous().queryParam("year", 2024).queryParam("county", "20").get(ESF).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(Arrays.asList(4, null, null, 8), cells(r, "disabilities"));
        assertEquals(Map.of("men", "secondary", "nonBinary", "small-count"),
                r.getMap("indicators.find { it.key == 'disabilities' }.status"));
    }

    @Test
    void csvExcelAndJsonStatCarryTheSameCounts() throws IOException {
        String csv = Api.as(Api.ANALYST, Api.ANALYST_PASSWORD).accept("text/csv").queryParam("year", 2025)
                .queryParam("county", "20").get(ESF).then().statusCode(200).extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals("year,area,indicator,code,nameSv,nameEn,women,men,nonBinary,total,status", lines.get(0));
        assertEquals("2025,20,participants,EECO01,totalt antal deltagare,total number of participants,9,9,1,19,"
                + "\"women:few-companies;men:few-companies;nonBinary:small-count;total:few-companies\"", lines.get(1));
        assertEquals(25, lines.size());
        String publicCsv = Api.anonymous().accept("text/csv").queryParam("year", 2025).queryParam("county", "20")
                .get(ESF).then().statusCode(200).extract().asString();
        assertEquals("2025,20,participants,EECO01,totalt antal deltagare,total number of participants,..,..,..,..,"
                + "\"women:few-companies;men:few-companies;nonBinary:small-count;total:few-companies\"",
                publicCsv.lines().toList().get(1));

        // the same table as a workbook, read back: Swedish headers, the counts as numbers
        byte[] xlsx = Api.as(Api.ANALYST, Api.ANALYST_PASSWORD).accept(Xlsx.MEDIA_TYPE).queryParam("year", 2025)
                .queryParam("county", "20").get(ESF).then().statusCode(200).contentType(Xlsx.MEDIA_TYPE).extract()
                .asByteArray();
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheet("ESF-indikatorer");
            assertEquals("Kvinnor", sheet.getRow(0).getCell(6).getStringCellValue());
            assertEquals("participants", sheet.getRow(1).getCell(2).getStringCellValue());
            assertEquals(19.0, sheet.getRow(1).getCell(9).getNumericCellValue());
        }

        JsonPath stat = Api.as(Api.ANALYST, Api.ANALYST_PASSWORD).header("Accept-Language", "sv")
                .queryParam("year", 2025).queryParam("county", "20").queryParam("format", "json-stat").get(ESF)
                .then().statusCode(200).header("Content-Language", "sv").body("id", equalTo(
                        List.of("area", "year", "indicator", "gender"))).extract().jsonPath();
        assertEquals(List.of(1, 1, 24, 4), stat.getList("size"));
        // participants first, genders total, women, men, nonBinary; a non-binary 1 is a small count first
        assertEquals(List.of(19, 9, 9, 1), stat.getList("value").subList(0, 4));
        assertEquals("few-companies", stat.getString("status.'0'"));
        assertEquals("small-count", stat.getString("status.'3'"));
        assertEquals("EECO01 totalt antal deltagare", stat.getString("dimension.indicator.category.label.participants"));
    }

    @Test
    void badParametersAre400sNamingEachParameter() {
        Api.invalid().get(ESF).then().statusCode(400).body("errors.field", hasItem("year"));
        Api.invalid().queryParam("year", 2025).queryParam("county", "20").queryParam("project", project).get(ESF)
                .then().statusCode(400).body("errors.field", hasItem("project"));
        Api.invalid().queryParam("year", 2025).queryParam("county", "99").get(ESF).then().statusCode(400)
                .body("errors[0].field", equalTo("county"));
        Api.invalid().queryParam("year", 2025).queryParam("project", 999_999).get(ESF).then().statusCode(400)
                .body("errors[0].field", equalTo("project"));
        Api.invalid().queryParam("year", 2025).queryParam("format", "px").get(ESF).then().statusCode(400)
                .body("errors[0].field", equalTo("format"));
        Api.invalid().queryParam("year", "abc").queryParam("county", "2").get(ESF).then().statusCode(400)
                .body("errors.field", hasItem("year")).body("errors.field", hasItem("county"));
    }

    @Test
    void withoutCountyOrProjectTheWholeCountryCounts() {
        // A and B in Dalarna, C in Stockholm: participants 9/9/1 + 5/5/0
        JsonPath r = exact(Map.of("year", 2025));
        assertEquals(List.of(14, 14, 1, 29), cells(r, "participants"));
        assertEquals(null, (Object) r.get("county"));
        Api.anonymous().queryParam("year", 2024).queryParam("county", "01").get(ESF).then().statusCode(200)
                .body("indicators[0].total", equalTo(0)).body("indicators[0].status", anEmptyMap())
                .body("project", nullValue());
    }
}
