package se.asfregister.project;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.asfregister.project.ProjectFixtures.BASE;
import static se.asfregister.project.ProjectFixtures.create;
import static se.asfregister.project.ProjectFixtures.dalarna;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.asfregister.support.Api;
import se.asfregister.support.Fixtures;
import se.asfregister.support.TestDb;

/** Projects as a register: CRUD with If-Match, validation, filters, CSV and the funding view. */
@QuarkusTest
public class ProjectResourceTest {

    @Inject
    DataSource ds;

    @BeforeEach
    @AfterEach
    void clean() {
        TestDb.clear(ds);
    }

    @Test
    void createReadReplacePatchDelete() {
        // budget 2,000,000 + 1,500,000 + 500,000 + 250,000 = 4,250,000; shares 2.0/4.25 = 0.4706,
        // 1.5/4.25 = 0.3529, municipalities (0.5 + 0.25)/4.25 = 0.1765
        var created = Api.given().contentType(ContentType.JSON).body(dalarna()).post(BASE).then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("budgetSek", equalTo(4_250_000))
                .body("fundingBySource.funder", contains("TILLVAXTVERKET", "REGION_GROWTH_FUNDS", "MUNICIPALITY"))
                .body("fundingBySource.amountSek", contains(2_000_000, 1_500_000, 750_000))
                .body("fundingBySource.share", contains(0.4706f, 0.3529f, 0.1765f))
                .body("municipalityCodes", contains("2080", "2081"))
                .body("partnerOrganisations", contains("Kompetensbyrån Ek för", "Coompanion Dalarna",
                        "AB Samarkand2015"))
                .body("funding[3].periodStart", equalTo("2018-01-01")).body("actualEnd", nullValue())
                .extract();
        long id = created.jsonPath().getLong("id");
        assertEquals("/api/v1/projects/" + id, java.net.URI.create(created.header("Location")).getPath());
        Api.given().get(BASE + "/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("documents[0].kind", equalTo("FINAL_REPORT")).body("funding.funder",
                        contains("TILLVAXTVERKET", "REGION_GROWTH_FUNDS", "MUNICIPALITY", "MUNICIPALITY"));

        // the same project again, municipalities in another order: no change, no new version
        Map<String, Object> same = dalarna();
        same.put("municipalityCodes", List.of("2080", "2081"));
        Api.given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(same).put(BASE + "/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"0\""));

        Api.given().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"status\":\"ENDED_EARLY\",\"actualEnd\":\"2018-06-30\",\"endReason\":\"Medlen tog slut.\","
                        + "\"funding\":[{\"funder\":\"ESF\",\"amountSek\":100,\"kind\":\"GRANT\"}]}")
                .patch(BASE + "/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("status", equalTo("ENDED_EARLY")).body("budgetSek", equalTo(100))
                .body("fundingBySource.share", contains(1.0f)).body("targetGroups[1]", equalTo("Länets ASF"));
        assertEquals(1, TestDb.count(ds, "project_funding"));

        Api.given().header("If-Match", "\"0\"").delete(BASE + "/" + id).then().statusCode(412);
        Api.given().header("If-Match", "\"1\"").delete(BASE + "/" + id).then().statusCode(204);
        Api.given().get(BASE + "/" + id).then().statusCode(404);
        assertEquals(0, TestDb.count(ds, "project_funding") + TestDb.count(ds, "project_municipality"));
    }

    @Test
    void invalidProjectsAreRefusedAndChangeNothing() {
        long company = Fixtures.createCompany(1, "Test: Partner AB", "2081");
        create(dalarna());
        var before = TestDb.snapshot(ds);
        refused(with("status", "ENDED_EARLY"), "actualEnd");
        refused(with("actualEnd", "2018-06-30"), "endReason");
        refused(with("municipalityCodes", List.of("2081", "2180")), "municipalityCodes");
        refused(with("countyCode", "99"), "countyCode");
        refused(with("partnerCompanyIds", List.of(company, company + 1000)), "partnerCompanyIds");
        refused(with("plannedEnd", "2017-01-31"), "plannedEnd");
        Map<String, Object> backwards = ProjectFixtures.line("ESF", 1, "GRANT");
        backwards.put("periodStart", "2018-02-01");
        backwards.put("periodEnd", "2018-01-31");
        refused(with("funding", List.of(backwards)), "funding[0].periodEnd");
        Api.invalid().contentType(ContentType.JSON).body(with("funding", List.of(ProjectFixtures.line("ESF", -1,
                "GRANT")))).post(BASE).then().statusCode(400).contentType("application/problem+json");
        assertEquals(before, TestDb.snapshot(ds));
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> p = dalarna();
        p.put(field, value);
        return p;
    }

    private static void refused(Map<String, Object> body, String field) {
        Api.invalid().contentType(ContentType.JSON).body(body).post(BASE).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains(field));
    }

    @Test
    void listsFilterByCountyStatusActiveDayAndFunder() {
        long dalarna = create(dalarna());
        long rejected = create(ProjectFixtures.rejected());
        long gavleborg = create(ProjectFixtures.gavleborg());
        ids(Map.of("county", "20"), dalarna, rejected);
        ids(Map.of("status", "REJECTED"), rejected);
        // active on the first and the last day of the period, not the day after; a rejected project never
        ids(Map.of("activeOn", "2017-02-01"), dalarna);
        ids(Map.of("activeOn", "2018-10-31"), dalarna);
        ids(Map.of("activeOn", "2018-11-01"));
        ids(Map.of("activeOn", "2019-06-01"), gavleborg);
        ids(Map.of("funder", "ESF"), rejected, gavleborg);
        ids(Map.of("funder", "MUNICIPALITY", "county", "20"), dalarna);
        Api.given().queryParam("sort", "plannedStart,desc").queryParam("size", 2).get(BASE).then().statusCode(200)
                .body("items.id", contains((int) rejected, (int) gavleborg)).body("totalItems", equalTo(3));
        Api.invalid().queryParam("activeOn", "2018-13-01").get(BASE).then().statusCode(400)
                .body("errors.field", contains("activeOn"));
        Api.invalid().queryParam("funder", "BANK").get(BASE).then().statusCode(400)
                .body("errors.field", contains("funder"));

        String csv = Api.given().accept("text/csv").queryParam("county", "20").get(BASE).then().statusCode(200)
                .extract().asString();
        String[] rows = csv.split("\r\n");
        assertEquals("id,name,ownerOrganisation,partnerOrganisations,partnerCompanyIds,countyCode,municipalityCodes,"
                + "plannedStart,plannedEnd,actualEnd,endReason,status,targetGroups,budgetSek,version,createdAt,"
                + "updatedAt", rows[0]);
        assertEquals(3, rows.length);
        assertTrue(rows[1].startsWith(dalarna + ",Utveckling av ASF i Dalarna,Region Dalarna,"
                + "\"Kompetensbyrån Ek för;Coompanion "
                + "Dalarna;AB Samarkand2015\",,20,\"2080;2081\",2017-02-01,2018-10-31,,,COMPLETED,\"Kvinnor och män "
                + "långt från arbetsmarknaden;Länets ASF\",4250000,0,"), rows[1]);
    }

    private static void ids(Map<String, ?> query, long... expected) {
        List<Integer> ids = java.util.Arrays.stream(expected).mapToObj(i -> (int) i).toList();
        Api.given().queryParams(query).get(BASE).then().statusCode(200).body("items.id", equalTo(ids));
    }

    @Test
    void fundingIsSummedByFunderAndYear() {
        create(dalarna());
        create(ProjectFixtures.rejected());
        create(ProjectFixtures.gavleborg());
        // Dalarna's lines without a period run 2017-02-01..2018-10-31: 334 days in 2017, 304 in 2018, 638 in all.
        // Tillväxtverket 2,000,000 × 334/638 = 1,047,021.94 → 1,047,022 (2018: 952,978);
        // region 1,500,000 × 334/638 = 785,266.46 → 785,266 (2018: 714,734);
        // Falun 500,000 × 334/638 = 261,755.49 → 261,755 (2018: 238,245); Borlänge 250,000 all in 2018.
        // Municipalities 2018: 238,245 + 250,000 = 488,245.
        // Totals: 2017 1,047,022 + 785,266 + 261,755 = 2,094,043; 2018 952,978 + 714,734 + 488,245 = 2,155,957.
        // The rejected project's ESF line is not funding; Gävleborg's 300,000 is in 2019, in county 21.
        Api.given().queryParam("county", "20").get("/api/v1/project-funding").then().statusCode(200)
                .body("countyCode", equalTo("20")).body("funder", nullValue())
                .body("rows.year", contains(2017, 2017, 2017, 2018, 2018, 2018))
                .body("rows.funder", contains("TILLVAXTVERKET", "REGION_GROWTH_FUNDS", "MUNICIPALITY",
                        "TILLVAXTVERKET", "REGION_GROWTH_FUNDS", "MUNICIPALITY"))
                .body("rows.amountSek", contains(1_047_022, 785_266, 261_755, 952_978, 714_734, 488_245))
                .body("rows.projects", contains(1, 1, 1, 1, 1, 1))
                .body("totals.year", contains(2017, 2018))
                .body("totals.amountSek", contains(2_094_043, 2_155_957));
        Api.given().queryParam("funder", "ESF").get("/api/v1/project-funding").then().statusCode(200)
                .body("countyCode", nullValue()).body("rows.year", contains(2019))
                .body("rows.amountSek", contains(300_000)).body("totals.amountSek", contains(300_000));
        String csv = Api.given().accept("text/csv").queryParam("funder", "MUNICIPALITY")
                .get("/api/v1/project-funding").then().statusCode(200).extract().asString();
        assertEquals("year,funder,amountSek,projects\r\n2017,MUNICIPALITY,261755,1\r\n2018,MUNICIPALITY,488245,1\r\n",
                csv);
        Api.invalid().queryParam("county", "99").get("/api/v1/project-funding").then().statusCode(400)
                .body("errors.field", contains("county"));
    }

    @Test
    void aCompanyThatIsAPartnerCannotBeDeleted() {
        long company = Fixtures.createCompany(2, "Test: Samarkand AB", "2081");
        Map<String, Object> p = dalarna();
        p.put("partnerCompanyIds", List.of(company));
        create(p);
        Api.given().header("If-Match", "\"0\"").delete("/api/v1/companies/" + company).then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("partner in 1 project"));
        Api.given().queryParam("county", "20").get(BASE).then().body("items[0].partnerCompanyIds",
                contains((int) company));
    }

    @Test
    void theExampleImportOfDalarnasPublicProjectsIsValid() throws Exception {
        String file = java.nio.file.Files.readString(java.nio.file.Path.of("docs", "examples", "projects-dalarna.json"));
        for (Object project : io.restassured.path.json.JsonPath.from(file).getList("$")) {
            Api.given().contentType(ContentType.JSON).body(project).post(BASE).then().statusCode(201);
        }
        // 2017-02-01..2018-10-31 active on 2018-09-13; Kompetensbyrån 2.0 ended early in March 2016
        Api.given().queryParam("activeOn", "2018-09-13").get(BASE).then().statusCode(200)
                .body("items.name", contains("Utveckling av ASF i Dalarna")).body("items[0].budgetSek",
                        equalTo(4_000_000)).body("items[0].fundingBySource.share", contains(0.5f, 0.5f));
        Api.given().queryParam("activeOn", "2016-06-01").get(BASE).then().statusCode(200)
                .body("totalItems", equalTo(0));
        Api.given().queryParam("status", "APPLIED").get(BASE).then().statusCode(200)
                .body("items.plannedStart", contains("2019-02-01"));
    }
}
