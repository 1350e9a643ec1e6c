package se.asfregister.report;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.asfregister.support.Api;
import se.asfregister.support.TestDb;

/**
 * Progress and the annual report against hand-computed figures. The fixtures
 * ({@link ReportFixtures}), county 20 (Dalarna):
 *
 * <pre>
 * company  municipality  status    founded     reports (employees w/m/o at the quarter's end)
 * A 1001   Falun         ACTIVE    2010-01-01  2017-Q4 4/5/0; 2018-Q1 3/3/0; 2018-Q3 5/6/1 (latest of 2018)
 * B 1002   Falun         ACTIVE    -           2017-Q4 3/4/0; 2018-Q2 4/4/0; 2018-Q4 5/4/0 (latest of 2018)
 * C 1003   Borlänge      CLOSED    -           2017-Q4 6/4/0; stops reporting
 * D 1004   Borlänge      ACTIVE    2018-03-01  2018-Q4 1/1/0
 * E 1005   Gävle (21)    ACTIVE    -           2018-Q4 10/10/0 (another county)
 * F 1006   Falun         INACTIVE  -           none
 * G 1007   Borlänge      ACTIVE    2019-05-01  none
 * </pre>
 *
 * Active in 2018: A, B (ACTIVE), D (ACTIVE, founded in 2018); not C (closed, no 2018 report),
 * F (inactive), G (founded 2019) = 3. Active in 2017: A, B, C (reported) = 3.
 * Reporting in 2018: A, B, D = 3; in 2017: A, B, C = 3. Reported in both: A, B = 2.
 */
@QuarkusTest
public class ReportResourceTest {

    @Inject
    DataSource ds;

    @BeforeEach
    void setUp() {
        TestDb.clear(ds);
        ReportFixtures.deleteExtraGoals(ds);
        ReportFixtures.insertAll(ds);
    }

    @AfterEach
    void tearDown() {
        ReportFixtures.deleteExtraGoals(ds);
        TestDb.clear(ds);
    }

    private static ValidatableResponse progress(io.restassured.specification.RequestSpecification spec, int year) {
        return spec.queryParam("county", "20").queryParam("year", year).get("/api/v1/progress").then()
                .statusCode(200);
    }

    @Test
    void progressOfDalarnasGoalsIn2018() {
        progress(Api.given(), 2018)
                .body("countyCode", equalTo("20")).body("year", equalTo(2018)).body("exact", equalTo(true))
                .body("progress.goalId", contains(1, 2, 3, 4, 5, 6))
                // Goal 1, employees +5 % 2017 -> 2018, like with like (A and B):
                // baseline A 9 + B 7 = 16; current A 12 (2018-Q3) + B 9 (2018-Q4) = 21;
                // target 16 * 1.05 = 16.8; share (21 - 16) / (16.8 - 16) = 6.25; 21 >= 16.8: ACHIEVED
                .body("progress[0].baselineValue", equalTo(16)).body("progress[0].currentValue", equalTo(21))
                .body("progress[0].targetValue", equalTo(16.8f)).body("progress[0].expectedValue", equalTo(16.8f))
                .body("progress[0].achievedShare", equalTo(6.25f)).body("progress[0].status", equalTo("ACHIEVED"))
                .body("progress[0].coverage.reportingCompanies", equalTo(3))
                .body("progress[0].coverage.activeCompanies", equalTo(3))
                .body("progress[0].coverage.baselineReportingCompanies", equalTo(3))
                .body("progress[0].coverage.baselineActiveCompanies", equalTo(3))
                .body("progress[0].coverage.comparedCompanies", equalTo(2))
                // Goal 2, employees +15 % 2017 -> 2020: target 16 * 1.15 = 18.4; expected in 2018
                // 16 + 2.4 / 3 = 16.8; share 5 / 2.4 = 2.0833; 21 >= 18.4: ACHIEVED
                .body("progress[1].targetValue", equalTo(18.4f)).body("progress[1].expectedValue", equalTo(16.8f))
                .body("progress[1].achievedShare", equalTo(2.0833f)).body("progress[1].status", equalTo("ACHIEVED"))
                // Goal 3, participants +15 % 2017 -> 2020, like with like: baseline A (2+1 training, 1 rehab) 4
                // + B (3+2 training, 1 rehab) 6 = 10; current A (1+1 training, 1 rehab, 1 internship) 4 + B
                // (3+2+1 training, 1 rehab) 7 = 11 (A's 5 in 2018-Q1 is not its latest quarter);
                // target 11.5; expected 10 + 1.5 / 3 = 10.5; share 1 / 1.5 = 0.6667; 11 >= 10.5: ON_TRACK
                .body("progress[2].baselineValue", equalTo(10)).body("progress[2].currentValue", equalTo(11))
                .body("progress[2].targetValue", equalTo(11.5f)).body("progress[2].expectedValue", equalTo(10.5f))
                .body("progress[2].achievedShare", equalTo(0.6667f)).body("progress[2].status", equalTo("ON_TRACK"))
                // Goal 4, network meetings >= 4: 2018-02-10 Falun and 2018-11-20 Borlänge = 2 (not 2017-12-31,
                // 2019-01-01 nor Gävle); share 2 / 4 = 0.5; BEHIND; no baseline
                .body("progress[3].baselineValue", nullValue()).body("progress[3].currentValue", equalTo(2))
                .body("progress[3].targetValue", equalTo(4)).body("progress[3].expectedValue", nullValue())
                .body("progress[3].achievedShare", equalTo(0.5f)).body("progress[3].status", equalTo("BEHIND"))
                .body("progress[3].coverage.baselineReportingCompanies", nullValue())
                .body("progress[3].coverage.comparedCompanies", nullValue())
                // Goal 5, CSR collaborations >= 4: Falun 1201 (2017-09 .. 2018-03, across the year boundary)
                // and Borlänge 1203 = 2 (not 1202 ended 2017, planned, cancelled, Gävle, starting 2019)
                .body("progress[4].currentValue", equalTo(2)).body("progress[4].achievedShare", equalTo(0.5f))
                .body("progress[4].status", equalTo("BEHIND"))
                // Goal 6, municipalities with a policy or action plan in force on 2018-12-31: Falun (1301, 1304)
                // = 1 (Borlänge's action plan is repealed and its guideline is another kind; Ludvika adopted
                // 2019; Mora's expired 2018-06-30); share 0.25
                .body("progress[5].currentValue", equalTo(1)).body("progress[5].achievedShare", equalTo(0.25f))
                .body("progress[5].status", equalTo("BEHIND"))
                .body("progress.suppressed.flatten()", empty());
    }

    @Test
    void everyIndicatorAndSuppressionOfSmallProgressValues() {
        // transitions to work +100 % 2017 -> 2020, the same companies and the same quarters of both
        // years: 2018 against 2017 has only B's Q4 (0 and 0): growth from 0, NO_DATA. 2017 against
        // itself: A (Q4) 1 + B (Q4) 0 + C (Q4) 0 = 1 both, 3 companies; target 2; expected 1 (the
        // baseline year); share 0
        ReportFixtures.goal(ds, 1000, "TRANSITIONS_TO_WORK", 2017, 2020, "PERCENT_GROWTH", 100);
        // active companies +50 % 2017 -> 2019: 3 -> 3; target 4.5; expected 3.75; share 0; BEHIND
        ReportFixtures.goal(ds, 1001, "ACTIVE_COMPANIES", 2017, 2019, "PERCENT_GROWTH", 50);
        // training activities >= 2: one (2018-05-05 Falun); share 0.5
        ReportFixtures.goal(ds, 1002, "TRAINING_ACTIVITIES", null, 2020, "AT_LEAST", 2);
        // employees >= 20, all companies (no pairing without growth): A 12 + B 9 + D 2 = 23; share 1.15
        ReportFixtures.goal(ds, 1003, "EMPLOYEES", null, 2020, "AT_LEAST", 20);

        Api.given().queryParam("year", 2018).get("/api/v1/goals/1000/progress").then().statusCode(200)
                .body("baselineValue", equalTo(0)).body("currentValue", equalTo(0))
                .body("status", equalTo("NO_DATA")).body("coverage.comparedCompanies", equalTo(1));
        Api.given().queryParam("year", 2017).get("/api/v1/goals/1000/progress").then().statusCode(200)
                .body("baselineValue", equalTo(1)).body("currentValue", equalTo(1))
                .body("targetValue", equalTo(2)).body("expectedValue", equalTo(1))
                .body("achievedShare", equalTo(0)).body("status", equalTo("ON_TRACK"))
                .body("coverage.comparedCompanies", equalTo(3)).body("suppressed", empty());
        Api.given().queryParam("year", 2018).get("/api/v1/goals/1001/progress").then().statusCode(200)
                .body("baselineValue", equalTo(3)).body("currentValue", equalTo(3))
                .body("targetValue", equalTo(4.5f)).body("expectedValue", equalTo(3.75f))
                .body("achievedShare", equalTo(0)).body("status", equalTo("BEHIND"))
                .body("coverage.comparedCompanies", nullValue());
        Api.given().queryParam("year", 2018).get("/api/v1/goals/1002/progress").then().statusCode(200)
                .body("currentValue", equalTo(1)).body("achievedShare", equalTo(0.5f))
                .body("status", equalTo("BEHIND"));
        Api.given().queryParam("year", 2018).get("/api/v1/goals/1003/progress").then().statusCode(200)
                .body("currentValue", equalTo(23)).body("achievedShare", equalTo(1.15f))
                .body("status", equalTo("ACHIEVED"));

        // the public sees what the annual reports show: the county's transitions to work were 1 in 2017, a small
        // count, and the baseline and current values of 2017 against itself are that cell; what derives from them
        // is hidden with them
        for (var spec : List.of(Api.anonymous(), Api.as(Api.REPORTER, Api.REPORTER_PASSWORD))) {
            spec.queryParam("year", 2017).get("/api/v1/goals/1000/progress").then().statusCode(200)
                    .body("baselineValue", nullValue()).body("currentValue", nullValue())
                    .body("targetValue", nullValue()).body("expectedValue", nullValue())
                    .body("achievedShare", nullValue()).body("status", equalTo("ON_TRACK"))
                    .body("suppressed", contains("baselineValue", "currentValue", "targetValue", "expectedValue",
                            "achievedShare"))
                    .body("cellStatus", equalTo(Map.of("baselineValue", "small-count", "currentValue",
                            "small-count", "targetValue", "secondary", "expectedValue", "secondary",
                            "achievedShare", "secondary")));
        }
        Api.as(Api.ANALYST, Api.ANALYST_PASSWORD).queryParam("year", 2017).get("/api/v1/goals/1000/progress")
                .then().statusCode(200).body("baselineValue", equalTo(1)).body("suppressed", empty());
        // activities are not persons: never hidden
        Api.anonymous().queryParam("year", 2018).get("/api/v1/goals/1002/progress").then().statusCode(200)
                .body("currentValue", equalTo(1)).body("suppressed", empty()).body("cellStatus", equalTo(Map.of()));
    }

    @Test
    void missingReportsAreNoDataNotADecline() {
        // nobody reported for 2016: employee goals have no data; register counts are data (0)
        progress(Api.given(), 2016)
                .body("progress[0].status", equalTo("NO_DATA")).body("progress[0].currentValue", nullValue())
                .body("progress[0].achievedShare", nullValue())
                .body("progress[0].coverage.reportingCompanies", equalTo(0))
                .body("progress[0].coverage.comparedCompanies", equalTo(0))
                .body("progress[2].status", equalTo("NO_DATA"))
                .body("progress[3].currentValue", equalTo(0)).body("progress[3].status", equalTo("BEHIND"));
        // no data is no data for the public too: null, and not a hidden figure
        progress(Api.anonymous(), 2016).body("progress[0].currentValue", nullValue())
                .body("progress[0].status", equalTo("NO_DATA")).body("progress[0].cellStatus", equalTo(Map.of()));
        // 2017 against the 2017 baseline: every 2017 reporter (A 9, B 7, C 10 = 26) compared with itself;
        // 26 meets the straight line's start (26), target 27.3 not reached: ON_TRACK
        progress(Api.given(), 2017).body("progress[0].baselineValue", equalTo(26))
                .body("progress[0].currentValue", equalTo(26)).body("progress[0].coverage.comparedCompanies", equalTo(3))
                .body("progress[0].status", equalTo("ON_TRACK"));
    }

    @Test
    void parametersAreRequiredAndChecked() {
        Api.invalid().queryParam("year", 2018).get("/api/v1/progress").then().statusCode(400)
                .body("errors.field", contains("county"));
        Api.invalid().queryParam("county", "20").get("/api/v1/progress").then().statusCode(400)
                .body("errors.field", contains("year"));
        Api.invalid().get("/api/v1/progress").then().statusCode(400).body("errors.field", contains("county", "year"));
        Api.given().queryParam("county", "99").queryParam("year", 2018).get("/api/v1/progress").then()
                .statusCode(400).body("errors[0].field", equalTo("county"));
        Api.invalid().queryParam("county", "x").queryParam("year", 2018).get("/api/v1/reports/annual").then()
                .statusCode(400).body("errors[0].field", equalTo("county"));
        Api.invalid().queryParam("county", "20").queryParam("year", 1999).get("/api/v1/progress").then()
                .statusCode(400).body("errors[0].field", equalTo("year"));
        Api.given().queryParam("county", "20").queryParam("year", Year.now().getValue() + 1)
                .get("/api/v1/reports/annual").then().statusCode(400).body("errors[0].field", equalTo("year"));
        Api.invalid().queryParam("year", "abc").get("/api/v1/reports/annual").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        Api.invalid().get("/api/v1/goals/1/progress").then().statusCode(400).body("errors[0].field", equalTo("year"));
        Api.given().queryParam("year", 2018).get("/api/v1/goals/987654/progress").then().statusCode(404);
    }

    /*
     * Annual report 2018, county 20, by hand (latest quarter of 2018 for headcounts, sum of quarters for flows):
     *
     * Falun: A (2018-Q3) + B (2018-Q4). Active A, B = 2 (F inactive); meeting criteria A = 1; reporting 2.
     *   employees 5+5=10 / 6+4=10 / 1+0=1 = 21; wage subsidy 2+1=3 / 3+2=5 / 0 = 8;
     *   work training 1+3=4 / 1+2=3 / 0+1=1 = 8; rehabilitation 1+0 / 0+1 / 0 = 1/1/0 = 2;
     *   internships 0 / 1+0 / 0 = 0/1/0 = 1; to work A 1+2 + B 1+0 = 4; to education A 1+0 + B 0+1 = 2;
     *   revenue A 200000+300000 + B 60000+70000 = 630000; collaborations 1201 = 1; policies in force
     *   1301, 1304 = 2; activities 2018-02-10 (5/4/0) and 2018-05-05 (1/3/1) = 2, participants 6/7/1 = 14.
     * Borlänge: D only (C closed without 2018 reports, G founded 2019). Active 1, meeting 1, reporting 1;
     *   employees 1/1/0 = 2; revenue 10000; collaborations 1203 = 1 (planned and cancelled do not count);
     *   policies 1303 = 1 (1302 repealed); activities 2018-11-20 = 1, participants 2/0/0 = 2.
     * The 13 other municipalities: zeros (Ludvika's policy is from 2019, Mora's expired).
     * County total: active 3, meeting 2, reporting 3, employees 11/11/1 = 23, wage subsidy 3/5/0 = 8,
     *   work training 4/3/1 = 8, rehabilitation 1/1/0 = 2, internships 0/1/0 = 1, to work 4, to education 2,
     *   revenue 640000, collaborations 2, policies 3, activities 3, participants 8/7/1 = 16.
     */
    @Test
    void annualReportOfACountyForAnalystsAndAdmins() {
        for (var spec : List.of(Api.given(), Api.as(Api.ANALYST, Api.ANALYST_PASSWORD))) {
            JsonPath r = spec.queryParam("county", "20").queryParam("year", 2018).get("/api/v1/reports/annual")
                    .then().statusCode(200).body("exact", equalTo(true)).body("rows", hasSize(15))
                    .body("rows.code", contains("2021", "2023", "2026", "2029", "2031", "2034", "2039", "2061",
                            "2062", "2080", "2081", "2082", "2083", "2084", "2085"))
                    .body("progress", hasSize(6)).body("progress[2].status", equalTo("ON_TRACK"))
                    .extract().jsonPath();
            assertRow(r.getMap("rows[9]"), "MUNICIPALITY", "2080", "Falun", 2, 1, 2, g(10, 10, 1, 21), g(3, 5, 0, 8),
                    g(4, 3, 1, 8), g(1, 1, 0, 2), g(0, 1, 0, 1), 4, 2, 630000, 1, 2, 2, g(6, 7, 1, 14));
            assertRow(r.getMap("rows[10]"), "MUNICIPALITY", "2081", "Borlänge", 1, 1, 1, g(1, 1, 0, 2), g(0, 0, 0, 0),
                    g(0, 0, 0, 0), g(0, 0, 0, 0), g(0, 0, 0, 0), 0, 0, 10000, 1, 1, 1, g(2, 0, 0, 2));
            assertRow(r.getMap("rows[14]"), "MUNICIPALITY", "2085", "Ludvika", 0, 0, 0, g(0, 0, 0, 0), g(0, 0, 0, 0),
                    g(0, 0, 0, 0), g(0, 0, 0, 0), g(0, 0, 0, 0), 0, 0, 0, 0, 0, 0, g(0, 0, 0, 0));
            assertRow(r.getMap("total"), "COUNTY", "20", "Dalarnas län", 3, 2, 3, g(11, 11, 1, 23), g(3, 5, 0, 8),
                    g(4, 3, 1, 8), g(1, 1, 0, 2), g(0, 1, 0, 1), 4, 2, 640000, 2, 3, 3, g(8, 7, 1, 16));
        }
    }

    /*
     * The public's annual report 2018 of county 20, by the primary rules alone: Falun rests on two
     * companies (A, B) and two activities, Borlänge on one company (D) and one activity, the county
     * on three companies and three activities: every count of persons and every revenue is hidden,
     * as a small count where it is 1 or 2 persons, as resting on few companies otherwise (zeros
     * too: a zero of one company is that company's figure). The 13 other municipalities have no
     * company and no activity: their zeros are shown (everyone sees that nothing rests on them).
     * Nothing is left for secondary suppression within the county.
     */
    @Test
    void annualReportForThePublicHidesWhatRestsOnFewCompaniesAndSaysWhy() {
        for (var spec : List.of(Api.anonymous(), Api.as(Api.REPORTER, Api.REPORTER_PASSWORD))) {
            JsonPath r = spec.queryParam("county", "20").queryParam("year", 2018).get("/api/v1/reports/annual")
                    .then().statusCode(200).body("exact", equalTo(false)).extract().jsonPath();
            // Falun: employees 10/10/1/21, work training 4/3/1/8, rehabilitation 1/1/0/2, internships 0/1/0/1,
            // to education 2, participants 6/7/1/14: the 1s and 2s are small counts, the rest few companies
            Map<String, String> falun = r.getMap("rows[9].cellStatus");
            assertEquals(List.of("few-companies", "few-companies", "small-count", "few-companies"),
                    genders(falun, "employees"));
            assertEquals(List.of("few-companies", "few-companies", "few-companies", "few-companies"),
                    genders(falun, "employeesWithWageSubsidy"));
            assertEquals(List.of("small-count", "small-count", "few-companies", "small-count"),
                    genders(falun, "rehabilitation"));
            assertEquals(List.of("few-companies", "small-count", "few-companies", "small-count"),
                    genders(falun, "internships"));
            assertEquals(List.of("few-companies", "small-count", "few-companies"), List.of(
                    falun.get("transitionsToWork"), falun.get("transitionsToEducation"), falun.get("revenueSek")));
            assertEquals(List.of("few-companies", "few-companies", "small-count", "few-companies"),
                    genders(falun, "activityParticipants"));
            assertEquals(ReportQueries.PERSON_FIGURES.size() + 1, falun.size());
            // Borlänge: employees 1/1/0/2, participants 2/0/0/2 (one activity)
            Map<String, String> borlange = r.getMap("rows[10].cellStatus");
            assertEquals(List.of("small-count", "small-count", "few-companies", "small-count"),
                    genders(borlange, "employees"));
            assertEquals(List.of("small-count", "few-companies", "few-companies", "small-count"),
                    genders(borlange, "activityParticipants"));
            // the county: employees 11/11/1/23, to education 2
            Map<String, String> county = r.getMap("total.cellStatus");
            assertEquals(List.of("few-companies", "few-companies", "small-count", "few-companies"),
                    genders(county, "employees"));
            assertEquals("small-count", county.get("transitionsToEducation"));
            assertEquals(List.copyOf(county.keySet()), r.getList("total.suppressed"));
            // hidden values are null; company counts, collaborations, policies and activities are shown
            assertEquals((Object) null, r.get("total.employees.total"));
            assertEquals((Object) null, r.get("rows[9].revenueSek"));
            assertEquals(List.of(3, 2, 3, 2, 3, 3), List.of(r.getInt("total.activeCompanies"),
                    r.getInt("total.companiesMeetingCriteria"), r.getInt("total.reportingCompanies"),
                    r.getInt("total.csrCollaborations"), r.getInt("total.policiesInForce"),
                    r.getInt("total.activities")));
            // Ludvika: nothing rests on it, its zeros are shown
            assertRow(r.getMap("rows[14]"), "MUNICIPALITY", "2085", "Ludvika", 0, 0, 0, g(0, 0, 0, 0), g(0, 0, 0, 0),
                    g(0, 0, 0, 0), g(0, 0, 0, 0), g(0, 0, 0, 0), 0, 0, 0, 0, 0, 0, g(0, 0, 0, 0));
            assertNoCellCanBeWorkedOut(r);
        }
    }

    private static List<String> genders(Map<String, String> status, String group) {
        return java.util.stream.Stream.of("women", "men", "other", "total").map(g -> status.get(group + "." + g))
                .toList();
    }

    @Test
    void annualReportAsCsvUsesTheSameSuppression() {
        String header = "level,code,name,year,activeCompanies,companiesMeetingCriteria,reportingCompanies,"
                + "employeesWomen,employeesMen,employeesOther,employeesTotal,employeesWithWageSubsidyWomen,"
                + "employeesWithWageSubsidyMen,employeesWithWageSubsidyOther,employeesWithWageSubsidyTotal,"
                + "workTrainingWomen,workTrainingMen,workTrainingOther,workTrainingTotal,rehabilitationWomen,"
                + "rehabilitationMen,rehabilitationOther,rehabilitationTotal,internshipsWomen,internshipsMen,"
                + "internshipsOther,internshipsTotal,transitionsToWork,transitionsToEducation,revenueSek,"
                + "csrCollaborations,policiesInForce,activities,activityParticipantsWomen,activityParticipantsMen,"
                + "activityParticipantsOther,activityParticipantsTotal,status";
        String anonymous = Api.anonymous().accept("text/csv").queryParam("county", "20").queryParam("year", 2018)
                .get("/api/v1/reports/annual").then().statusCode(200).contentType("text/csv").extract().asString();
        List<String> lines = anonymous.lines().toList();
        assertEquals(17, lines.size(), anonymous);
        assertEquals(header, lines.get(0));
        // Borlänge (see above): every person count and the revenue hidden; collaborations, policies, activities shown
        String borlange = lines.get(11);
        assertTrue(borlange.startsWith("MUNICIPALITY,2081,Borlänge,2018,1,1,1," + "..,".repeat(23) + "1,1,1,"
                + "..,..,..,..,\"employeesWomen:small-count;employeesMen:small-count;employeesOther:few-companies;"
                + "employeesTotal:small-count;employeesWithWageSubsidyWomen:few-companies;"), borlange);
        assertTrue(borlange.endsWith(";revenueSek:few-companies;activityParticipantsWomen:small-count;"
                + "activityParticipantsMen:few-companies;activityParticipantsOther:few-companies;"
                + "activityParticipantsTotal:small-count\""), borlange);
        assertEquals("MUNICIPALITY,2085,Ludvika,2018,0,0,0," + "0,".repeat(23) + "0,0,0,0,0,0,0,",
                lines.get(15));
        String exact = Api.as(Api.ANALYST, Api.ANALYST_PASSWORD).accept("text/csv").queryParam("county", "20")
                .queryParam("year", 2018).get("/api/v1/reports/annual").then().statusCode(200).extract().asString();
        assertEquals("MUNICIPALITY,2080,Falun,2018,2,1,2,10,10,1,21,3,5,0,8,4,3,1,8,1,1,0,2,0,1,0,1,4,2,"
                + "630000,1,2,2,6,7,1,14,", exact.lines().toList().get(10));
    }

    /*
     * National 2018: county 20 as its total above; county 21 (Gävle): E active, meeting, reporting = 1,
     * employees 10/10/0 = 20, work training 4/4/0 = 8, to work 5, revenue 999, collaboration 1206,
     * policy 1307, activity 2018-06-01 with 3/3/0 = 6. Sweden: the sums.
     */
    @Test
    void nationalReportHasOneRowPerCountyAndNoProgress() {
        JsonPath r = Api.given().queryParam("year", 2018).get("/api/v1/reports/annual").then().statusCode(200)
                .body("countyCode", nullValue()).body("rows", hasSize(21)).body("progress", empty())
                .body("rows.level.unique()", contains("COUNTY"))
                .extract().jsonPath();
        int dalarna = r.getList("rows.code").indexOf("20");
        int gavleborg = r.getList("rows.code").indexOf("21");
        assertRow(r.getMap("rows[" + dalarna + "]"), "COUNTY", "20", "Dalarnas län", 3, 2, 3, g(11, 11, 1, 23),
                g(3, 5, 0, 8), g(4, 3, 1, 8), g(1, 1, 0, 2), g(0, 1, 0, 1), 4, 2, 640000, 2, 3, 3, g(8, 7, 1, 16));
        assertRow(r.getMap("rows[" + gavleborg + "]"), "COUNTY", "21", "Gävleborgs län", 1, 1, 1, g(10, 10, 0, 20),
                g(0, 0, 0, 0), g(4, 4, 0, 8), g(0, 0, 0, 0), g(0, 0, 0, 0), 5, 0, 999, 1, 1, 1, g(3, 3, 0, 6));
        assertRow(r.getMap("total"), "NATIONAL", null, "Sverige", 4, 3, 4, g(21, 21, 1, 43), g(3, 5, 0, 8),
                g(8, 7, 1, 16), g(1, 1, 0, 2), g(0, 1, 0, 1), 9, 2, 640999, 3, 4, 4, g(11, 10, 1, 22));

        JsonPath pub = Api.anonymous().queryParam("year", 2018).get("/api/v1/reports/annual").then()
                .statusCode(200).extract().jsonPath();
        // the county rows are the county reports' totals, hidden alike (Dalarna: 3 companies, Gävleborg: E alone)
        assertEquals(Api.anonymous().queryParam("county", "20").queryParam("year", 2018).get("/api/v1/reports/annual")
                .then().extract().jsonPath().getMap("total.cellStatus"), pub.getMap("rows[" + dalarna + "].cellStatus"));
        assertEquals("few-companies", pub.getString("rows[" + gavleborg + "].cellStatus.'employees.women'"));
        /*
         * Sweden rests on four companies, so only its small counts are hidden by the primary rules
         * (employees other 1, ...) and its revenue (A and B hold 630 000 of 640 999: dominance). But E
         * is alone in Gävleborg and knows its own figures: to E, Sweden minus Gävleborg is Dalarna.
         * So every person count and amount of Sweden is hidden too (secondary). The activities have
         * no such reader: participants 11/10/1/22 hide other (1) and women (11, the cheaper of the
         * two cells that can pair with it; 10 and 11 cost the same, women comes first).
         */
        Map<String, String> sweden = pub.getMap("total.cellStatus");
        assertEquals(List.of("secondary", "secondary", "small-count", "secondary"), genders(sweden, "employees"));
        assertEquals("dominance", sweden.get("revenueSek"));
        assertEquals("secondary", sweden.get("transitionsToWork"));
        assertEquals(java.util.Arrays.asList("secondary", null, "small-count", null),
                genders(sweden, "activityParticipants"));
        assertEquals(10, pub.getInt("total.activityParticipants.men"));
        assertEquals(22, pub.getInt("total.activityParticipants.total"));
        assertNoCellCanBeWorkedOut(pub);
    }

    @Test
    void readingReportsChangesNothing() {
        var before = TestDb.snapshot(ds);
        Api.anonymous().queryParam("county", "20").queryParam("year", 2018).get("/api/v1/reports/annual").then()
                .statusCode(200);
        progress(Api.anonymous(), 2018);
        assertEquals(before, TestDb.snapshot(ds));
    }

    /**
     * The guarantee of docs/reporting.md: no sum relation (women + men + other = total in a row;
     * the rows of a figure = the total row) holds exactly one hidden cell, every hidden cell counts
     * persons, and every count of 1 or 2 persons is hidden.
     */
    @SuppressWarnings("unchecked")
    static void assertNoCellCanBeWorkedOut(JsonPath r) {
        List<Map<String, Object>> rows = new ArrayList<>(r.getList("rows"));
        rows.add(r.getMap("total"));
        for (Map<String, Object> row : rows) {
            for (String g : ReportQueries.GENDERED) {
                Map<String, Object> cells = (Map<String, Object>) row.get(g);
                long hidden = cells.values().stream().filter(v -> v == null).count();
                assertTrue(hidden != 1, row.get("name") + " " + g + " has exactly one hidden cell");
                cells.values().stream().filter(v -> v != null).forEach(v -> assertTrue(((Number) v).longValue() == 0
                        || ((Number) v).longValue() >= 3, row.get("name") + " " + g + " shows " + v));
            }
            for (String f : List.of("transitionsToWork", "transitionsToEducation")) {
                Object v = row.get(f);
                assertTrue(v == null || ((Number) v).longValue() == 0 || ((Number) v).longValue() >= 3);
            }
        }
        for (String figure : ReportQueries.PERSON_FIGURES) {
            long hidden = rows.stream().filter(row -> cell(row, figure) == null).count();
            assertTrue(hidden != 1, figure + " has exactly one hidden cell across the rows");
        }
    }

    @SuppressWarnings("unchecked")
    private static Object cell(Map<String, Object> row, String figure) {
        int dot = figure.indexOf('.');
        return dot < 0 ? row.get(figure)
                : ((Map<String, Object>) row.get(figure.substring(0, dot))).get(figure.substring(dot + 1));
    }

    private static int[] g(int women, int men, int other, int total) {
        return new int[] {women, men, other, total};
    }

    @SuppressWarnings("unchecked")
    private static void assertRow(Map<String, Object> row, String level, String code, String name, int active,
            int meeting, int reporting, int[] employees, int[] wageSubsidy, int[] workTraining, int[] rehabilitation,
            int[] internships, int toWork, int toEducation, int revenue, int collaborations, int policies,
            int activities, int[] participants) {
        assertEquals(level, row.get("level"));
        assertEquals(code, row.get("code"));
        assertEquals(name, row.get("name"));
        assertEquals(List.of(active, meeting, reporting, toWork, toEducation, revenue, collaborations, policies,
                activities), List.of(row.get("activeCompanies"), row.get("companiesMeetingCriteria"),
                        row.get("reportingCompanies"), row.get("transitionsToWork"), row.get("transitionsToEducation"),
                        row.get("revenueSek"), row.get("csrCollaborations"), row.get("policiesInForce"),
                        row.get("activities")), name);
        Map<String, int[]> groups = Map.of("employees", employees, "employeesWithWageSubsidy", wageSubsidy,
                "workTraining", workTraining, "rehabilitation", rehabilitation, "internships", internships,
                "activityParticipants", participants);
        groups.forEach((group, v) -> {
            Map<String, Object> cells = (Map<String, Object>) row.get(group);
            assertEquals(List.of(v[0], v[1], v[2], v[3]), List.of(cells.get("women"), cells.get("men"),
                    cells.get("other"), cells.get("total")), name + " " + group);
        });
        assertEquals(List.of(), row.get("suppressed"), name);
    }
}
