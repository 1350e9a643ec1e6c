package se.asfregister.esf;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.asfregister.esf.EsfFixtures.path;
import static se.asfregister.support.TwoCompanies.BORLANGE_NO;
import static se.asfregister.support.TwoCompanies.FALUN_NO;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.asfregister.support.Api;
import se.asfregister.support.Fixtures;
import se.asfregister.support.TestDb;
import se.asfregister.support.TwoCompanies;

@QuarkusTest
public class ParticipantImportTest {

    static final String IMPORT = "/api/v1/participant-reports/import";
    static final String HEADER = "organisationNumber;period;projectId;participants.women;participants.men;"
            + "unemployed.women;longTermUnemployed.women;employed.men;leavers.women;employedAtLeaving.women";

    @Inject
    DataSource ds;

    TwoCompanies companies;

    @BeforeEach
    void setUp() {
        TestDb.clear(ds);
        companies = TwoCompanies.create();
    }

    /** A row that adds up: women 3 unemployed (2 long-term), a man employed; 2 women left, 1 into work. */
    static String row(String orgNo, String period, int employedAtLeaving) {
        return orgNo + ";" + period + ";;3;1;3;2;1;2;" + employedAtLeaving;
    }

    static String csv(String... rows) {
        return HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n";
    }

    @Test
    void csvImportCreatesThenUpdatesAndLeavesEqualRowsAlone() {
        Api.given().contentType("text/csv").body(csv(row(FALUN_NO, "2025-Q1", 1), row(BORLANGE_NO, "2025-Q1", 1)))
                .queryParam("dryRun", true).post(IMPORT).then().statusCode(200).body("created", equalTo(2))
                .body("dryRun", equalTo(true));
        assertEquals(0, TestDb.count(ds, "participant_report"));
        Api.given().contentType("text/csv").body(csv(row(FALUN_NO, "2025-Q1", 1), row(BORLANGE_NO, "2025-Q1", 1)))
                .post(IMPORT).then().statusCode(200).body("created", equalTo(2)).body("updated", equalTo(0));
        Api.given().contentType("text/csv").body(csv(row(FALUN_NO, "2025-Q1", 2), row(BORLANGE_NO, "2025-Q1", 1),
                row(FALUN_NO, "2025-Q2", 0))).post(IMPORT).then().statusCode(200)
                .body("created", equalTo(1)).body("updated", equalTo(1)).body("unchanged", equalTo(1));
        Api.given().get(path(companies.falun(), "2025-Q1")).then().statusCode(200)
                .body("counts.employedAtLeaving.women", equalTo(2)).body("counts.longTermUnemployed.women", equalTo(2))
                .body("counts.employed.men", equalTo(1)).body("counts.minorities.men", equalTo(0));
        Api.given().get(path(companies.borlange(), "2025-Q1")).then().body("version", equalTo(0));
        // audited as the employment import is: IMPORT, by company and period; the dry run and the unchanged row not
        Api.given().queryParam("entityType", "ParticipantReport").queryParam("sort", "id,asc")
                .get("/api/v1/audit-events").then().statusCode(200)
                .body("items.action", equalTo(List.of("IMPORT", "IMPORT", "IMPORT", "IMPORT")))
                .body("items.entityId", containsInAnyOrder(companies.falun() + "/2025-Q1",
                        companies.borlange() + "/2025-Q1", companies.falun() + "/2025-Q1",
                        companies.falun() + "/2025-Q2"))
                .body("items[0].user", equalTo(Api.ADMIN));
        // a single write of the same report afterwards is an UPDATE under the same key
        Api.given().contentType(ContentType.JSON).body(EsfFixtures.Report.of().count("participants", 1, 0, 0)
                .count("inactive", 1, 0, 0).body()).put(path(companies.falun(), "2025-Q1")).then().statusCode(200);
        Api.given().queryParam("entityId", companies.falun() + "/2025-Q1").queryParam("sort", "id,asc")
                .get("/api/v1/audit-events").then().statusCode(200)
                .body("items.action", equalTo(List.of("IMPORT", "IMPORT", "UPDATE")));
    }

    @Test
    void jsonRowsUseTheSameColumns() {
        long project = EsfFixtures.createProject("ESF-projekt", "20");
        Api.given().contentType(ContentType.JSON).body(List.of(Map.of("organisationNumber", FALUN_NO, "period",
                "2025-Q3", "projectId", project, "participants.nonBinary", 1, "inactive.nonBinary", 1)))
                .post(IMPORT).then().statusCode(200).body("created", equalTo(1));
        Api.given().get(path(companies.falun(), "2025-Q3")).then().body("projectId", equalTo((int) project))
                .body("counts.inactive.nonBinary", equalTo(1));
    }

    /** A count that breaks a rule, an unknown company and a repeated row: 422 listing each, nothing written. */
    @Test
    void badRowsAre422ListingEachAndNothingIsWritten() {
        var before = TestDb.snapshot(ds);
        // row 2: 3 long-term unemployed women of 2 unemployed; row 3: no such company; rows 2 and 4 the same key
        Api.invalid().contentType("text/csv").body(csv(
                FALUN_NO + ";2025-Q1;;2;1;2;3;1;0;0",
                "556677-8899;2025-Q1;;0;0;0;0;0;0;0",
                row(BORLANGE_NO, "2025-Q1", 1),
                row(BORLANGE_NO, "2025-Q1", 1)))
                .post(IMPORT).then().statusCode(422)
                .body("errors.find { it.row == 2 }.field", equalTo("longTermUnemployed.women"))
                .body("errors.find { it.row == 2 }.message", startsWith("rule long-term-within-unemployed: "))
                .body("errors.row", hasItem(3)).body("errors.row", hasItem(5));
        Api.invalid().contentType("text/csv").body("organisationNumber;period;refugees.women\r\n" + FALUN_NO
                + ";2025-Q1;1\r\n").post(IMPORT).then().statusCode(422)
                .body("errors[0].field", equalTo("refugees.women"));
        Api.invalid().contentType(ContentType.JSON).body(List.of(Map.of("organisationNumber", FALUN_NO, "period",
                "2025-Q1", "participants.women", "many"))).post(IMPORT).then().statusCode(422)
                .body("errors[0].row", equalTo(1)).body("errors[0].field", equalTo("participants.women"));
        // an empty array is a problem of the body, a row that is not an object one of its row
        Api.invalid().contentType(ContentType.JSON).body("[]").post(IMPORT).then().statusCode(422)
                .body("errors[0].field", equalTo("body")).body("errors[0].message", equalTo("the array has no rows"));
        Api.invalid().contentType(ContentType.JSON).body("[null]").post(IMPORT).then().statusCode(422)
                .body("errors[0].row", equalTo(1)).body("errors[0].message", equalTo("must be an object"));
        assertEquals(before, TestDb.snapshot(ds));
    }

    /** The import's row errors speak Swedish too when asked: the rule under its column, the row named. */
    @Test
    void rowErrorsInSwedishWhenAsked() {
        // 3 long-term unemployed women of 2 unemployed
        Api.invalid().header("Accept-Language", "sv").contentType("text/csv")
                .body(csv(FALUN_NO + ";2025-Q1;;2;1;2;3;1;0;0")).post(IMPORT).then().statusCode(422)
                .header("Content-Language", "sv")
                .body("errors[0].row", equalTo(2)).body("errors[0].field", equalTo("longTermUnemployed.women"))
                .body("errors[0].message", equalTo("regel long-term-within-unemployed: longTermUnemployed (3) bland"
                        + " kvinnor får inte överstiga unemployed (2)"));
        assertEquals(0, TestDb.count(ds, "participant_report"));
    }

    @Test
    void aReporterImportsItsOwnCompaniesRowsOnly() {
        Fixtures.createUser("esf-importer", "Hedemora-Smedja-2026!", List.of("REPORTER"), List.of(companies.falun()));
        Api.as("esf-importer", "Hedemora-Smedja-2026!").contentType("text/csv")
                .body(csv(row(FALUN_NO, "2025-Q1", 1), row(BORLANGE_NO, "2025-Q1", 1))).post(IMPORT).then()
                .statusCode(403);
        assertEquals(0, TestDb.count(ds, "participant_report"));
        Api.as("esf-importer", "Hedemora-Smedja-2026!").contentType("text/csv")
                .body(csv(row(FALUN_NO, "2025-Q1", 1))).post(IMPORT).then().statusCode(200).body("created", equalTo(1));
    }
}
