package se.asfregister.audit;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.asfregister.support.Api;
import se.asfregister.support.Fixtures;
import se.asfregister.support.TestDb;

/** Every write leaves exactly one audit event in its own transaction; a failed write leaves none. */
@QuarkusTest
public class AuditTrailTest {

    @Inject
    DataSource ds;

    @BeforeEach
    void clean() {
        TestDb.clear(ds);
    }

    private long events() {
        return TestDb.count(ds, "audit_event");
    }

    private static JsonPath trail(Map<String, ?> query) {
        return Api.given().queryParams(query).get("/api/v1/audit-events").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void createUpdateDeleteEachLeaveOneEventWithFieldNamesOnly() {
        Map<String, Object> body = Fixtures.company(1, "Gruvans Återbruk", "2080");
        body.put("contact", Map.of("name", "Anna Andersson", "email", "anna@example.org"));
        body.put("industries", List.of("återbruk"));
        long id = Fixtures.createCompany(body);
        assertEquals(1, events());
        JsonPath created = trail(Map.of("entityType", "Company", "entityId", Long.toString(id)));
        assertEquals("CREATE", created.getString("items[0].action"));
        assertEquals(Api.ADMIN, created.getString("items[0].user"));
        assertEquals(true, created.getList("items[0].changedFields").containsAll(
                List.of("name", "organisationNumber", "contactEmail", "contactName", "industries")));

        // a change of one field and one collection: one event naming exactly those, and the
        // confirmation (company.Verification) that every real change renews
        body.put("contact", Map.of("name", "Anna Andersson", "email", "anna.new@example.org"));
        body.put("industries", List.of("återbruk", "möbler"));
        Api.given().contentType(ContentType.JSON).body(body).put("/api/v1/companies/" + id).then().statusCode(200);
        assertEquals(2, events());
        String json = Api.given().queryParam("entityType", "Company").queryParam("sort", "occurredAt,desc")
                .get("/api/v1/audit-events").then().statusCode(200)
                .body("items[0].action", equalTo("UPDATE"))
                .body("items[0].changedFields", equalTo(List.of("contactEmail", "industries", "verification")))
                .extract().asString();
        assertFalse(json.contains("anna"), "personal values must never reach the audit trail");

        // an identical PUT changes nothing and records nothing
        Api.given().contentType(ContentType.JSON).body(body).put("/api/v1/companies/" + id).then().statusCode(200);
        assertEquals(2, events());

        Api.given().delete("/api/v1/companies/" + id).then().statusCode(204);
        assertEquals(3, events());
        Api.given().queryParam("entityType", "Company").queryParam("sort", "id,desc").get("/api/v1/audit-events")
                .then().body("items[0].action", equalTo("DELETE")).body("items[0].changedFields", equalTo(List.of()));
    }

    @Test
    void failedWritesLeaveNoEvent() {
        long id = Fixtures.createCompany(1, "Gruvans Återbruk", "2080");
        long before = events();
        var snapshot = TestDb.snapshot(ds);
        // duplicate organisation number (409), invalid body (400), stale If-Match (412), unauthorised (401/403)
        Api.given().contentType(ContentType.JSON).body(Fixtures.company(1, "Kopia", "2080"))
                .post("/api/v1/companies").then().statusCode(409);
        Api.invalid().contentType(ContentType.JSON).body(Map.of("name", "x")).post("/api/v1/companies")
                .then().statusCode(400);
        Api.given().contentType("application/merge-patch+json").header("If-Match", "\"7\"")
                .body("{\"status\":\"CLOSED\"}").patch("/api/v1/companies/" + id).then().statusCode(412);
        Api.anonymous().delete("/api/v1/companies/" + id).then().statusCode(401);
        Api.as(Api.ANALYST, Api.ANALYST_PASSWORD).delete("/api/v1/companies/" + id).then().statusCode(403);
        assertEquals(before, events());
        assertEquals(snapshot, TestDb.snapshot(ds));
    }

    @Test
    void usersAreAuditedWithoutTheirPasswords() {
        long id = Fixtures.createUser("lena.analyst", "Klockor-Tornet-Regn-7", List.of("ANALYST"), null);
        Api.given().contentType(ContentType.JSON).body(Map.of("password", "Ny-Vacker-Dag-Mora-9"))
                .put("/api/v1/users/" + id + "/password").then().statusCode(204);
        String json = Api.given().queryParam("entityType", "User").queryParam("entityId", Long.toString(id))
                .get("/api/v1/audit-events").then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items[0].action", equalTo("CREATE"))
                .body("items[0].changedFields", hasItems("username", "passwordHash", "roles"))
                .body("items[1].action", equalTo("UPDATE"))
                .body("items[1].changedFields", equalTo(List.of("passwordHash")))
                .extract().asString();
        assertFalse(json.contains("Klockor") || json.contains("Mora-9") || json.contains("$2"));
        // failed logins are bookkeeping, not writes of the user resource
        Api.as("lena.analyst", "wrong-password").get("/api/v1/me").then().statusCode(401);
        assertEquals(2, TestDb.count(ds, "audit_event WHERE entity_type = 'User'"));
    }

    @Test
    void filtersByUserAndTimeAndPages() {
        Instant start = Instant.now().minusSeconds(1);
        Fixtures.createCompany(1, "Ett", "2080");
        Fixtures.createCompany(2, "Två", "2080");
        Fixtures.createCompany(3, "Tre", "2080");
        Api.given().queryParam("user", Api.ADMIN).queryParam("from", start.toString()).queryParam("size", "2")
                .get("/api/v1/audit-events").then().statusCode(200)
                .body("totalItems", equalTo(3)).body("totalPages", equalTo(2)).body("items.size()", equalTo(2));
        Api.given().queryParam("user", Api.ANALYST).get("/api/v1/audit-events").then().statusCode(200)
                .body("totalItems", equalTo(0));
        Api.given().queryParam("to", start.toString()).get("/api/v1/audit-events").then().statusCode(200)
                .body("totalItems", equalTo(0));
        Api.invalid().queryParam("from", "yesterday").get("/api/v1/audit-events").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        Api.invalid().queryParam("from", "2026-02-01T00:00:00Z").queryParam("to", "2026-01-01T00:00:00Z")
                .get("/api/v1/audit-events").then().statusCode(400).body("errors[0].field", equalTo("to"));
        Api.invalid().queryParam("sort", "user").get("/api/v1/audit-events").then().statusCode(400)
                .body("detail", not(containsString("Exception")));
    }
}
