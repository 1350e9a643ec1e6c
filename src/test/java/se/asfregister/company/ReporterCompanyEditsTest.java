package se.asfregister.company;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.asfregister.support.Api;
import se.asfregister.support.Fixtures;
import se.asfregister.support.TestDb;

/**
 * A reporter edits its own company's descriptive fields and contact; the register facts that
 * official figures rest on (municipality, status, criteria, organisation number, founding
 * date) are changed by an admin only. Moving a company would move all its past reports to
 * another county, so a reporter's attempt is a 403 naming the facts, and nothing changes.
 */
@QuarkusTest
public class ReporterCompanyEditsTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    @Inject
    DataSource ds;

    long own;

    @BeforeEach
    void setUp() {
        TestDb.clear(ds);
        own = Fixtures.createCompany(stored());
        long reporter = Api.given().queryParam("q", Api.REPORTER).get("/api/v1/users").then().statusCode(200)
                .extract().jsonPath().getLong("items.find { it.username == '" + Api.REPORTER + "' }.id");
        Api.given().contentType(ContentType.JSON)
                .body(Map.of("roles", List.of("REPORTER"), "companyIds", List.of(own), "enabled", true))
                .put("/api/v1/users/" + reporter).then().statusCode(200);
    }

    private static Map<String, Object> stored() {
        Map<String, Object> body = Fixtures.company(81, "Gruvans Återbruk", "2080");
        body.put("foundedOn", "2012-03-01");
        body.put("status", "ACTIVE");
        body.put("criteria", Fixtures.allCriteria(true));
        body.put("description", "Second-hand shop");
        return body;
    }

    private static RequestSpecification reporter() {
        return Api.as(Api.REPORTER, Api.REPORTER_PASSWORD);
    }

    @Test
    void reporterEditsDescriptiveFieldsAndContact() {
        reporter().contentType(MERGE_PATCH)
                .body("{\"name\":\"Gruvan och Kafet\",\"description\":\"Kafe too\",\"industries\":[\"kafe\"],"
                        + "\"legalForm\":\"LIMITED_COMPANY_RESTRICTED_PROFIT\",\"contact\":{\"name\":\"Bo Berg\"}}")
                .patch("/api/v1/companies/" + own).then().statusCode(200)
                .body("name", equalTo("Gruvan och Kafet")).body("contact.name", equalTo("Bo Berg"));
        // a full PUT that repeats the facts, the organisation number undashed and the status left out
        Map<String, Object> body = stored();
        body.put("organisationNumber", ((String) body.get("organisationNumber")).replace("-", ""));
        body.remove("status");
        body.put("website", "https://example.org/gruvan");
        reporter().contentType(ContentType.JSON).body(body).put("/api/v1/companies/" + own).then().statusCode(200)
                .body("website", equalTo("https://example.org/gruvan")).body("status", equalTo("ACTIVE"));
    }

    @Test
    void reporterChangingARegisterFactIs403NamingItAndChangesNothing() {
        var before = TestDb.snapshot(ds);
        Map<String, String> patches = Map.of(
                "municipalityCode", "{\"municipalityCode\":\"2062\"}",
                "status", "{\"status\":\"INACTIVE\"}",
                "criteria.integrationPurpose", "{\"criteria\":{\"integrationPurpose\":false}}",
                "organisationNumber", "{\"organisationNumber\":\"" + Fixtures.orgNumber(82) + "\"}",
                "foundedOn", "{\"foundedOn\":\"2011-01-01\"}");
        patches.forEach((field, patch) -> reporter().contentType(MERGE_PATCH)
                .body("{\"description\":\"Moved\"," + patch.substring(1))
                .patch("/api/v1/companies/" + own).then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:asf-register:problem:forbidden"))
                .body("detail", containsString(field))
                .body("errors.field", equalTo(List.of(field))));

        Map<String, Object> moved = stored();
        moved.put("municipalityCode", "2062");
        moved.put("status", "CLOSED");
        moved.put("description", "Moved to Leksand");
        reporter().contentType(ContentType.JSON).body(moved).put("/api/v1/companies/" + own).then().statusCode(403)
                .body("errors.field", equalTo(List.of("municipalityCode", "status")))
                .body("errors[0].message", equalTo("only an admin may change this register fact"));
        assertEquals(before, TestDb.snapshot(ds));
    }

    @Test
    void adminChangesRegisterFacts() {
        Map<String, Object> moved = new HashMap<>(stored());
        moved.put("municipalityCode", "2062");
        Api.given().contentType(ContentType.JSON).body(moved).put("/api/v1/companies/" + own).then().statusCode(200)
                .body("municipalityCode", equalTo("2062"));
        Api.given().contentType(MERGE_PATCH).body("{\"status\":\"CLOSED\",\"criteria\":{\"reinvestsProfits\":false}}")
                .patch("/api/v1/companies/" + own).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("meetsAsfCriteria", equalTo(false));
    }
}
