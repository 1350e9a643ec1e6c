package se.asfregister.security;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

/**
 * The bindings of token subjects to companies that admins keep (docs/security.md, "Single
 * sign-on"); what a token does with them is {@link OidcTest}. No issuer is needed to keep them.
 */
@QuarkusTest
class TokenSubjectResourceTest {

    private static final String SUBJECT = "8f2c1a4e-5b7d-4c3e-9a1f-2d6e8b0c4a71";
    private static final String PATH = "/api/v1/token-subjects/" + SUBJECT;

    @Inject
    DataSource ds;

    long first;
    long second;

    @BeforeEach
    void setUp() {
        TestDb.clear(ds);
        first = Fixtures.createCompany(1, "Första Återbruk", "2080");
        second = Fixtures.createCompany(2, "Andra Café", "2062");
    }

    private static Map<String, Object> binding(long... companyIds) {
        return Map.of("companyIds", java.util.Arrays.stream(companyIds).boxed().toList());
    }

    @Test
    void bindReplaceListAndUnbindWithAnAuditEventEach() {
        Api.given().contentType(ContentType.JSON).body(binding(first)).put(PATH)
                .then().statusCode(201).header("ETag", "\"0\"").header("Location", endsWith(PATH))
                .body("subject", equalTo(SUBJECT)).body("companyIds", equalTo(List.of((int) first)));
        Api.given().header("If-Match", "\"0\"").contentType(ContentType.JSON).body(binding(second, first)).put(PATH)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("companyIds", equalTo(List.of((int) Math.min(first, second), (int) Math.max(first, second))));
        assertEquals(2, TestDb.count(ds, "token_subject_company"));
        Api.given().get("/api/v1/token-subjects").then().statusCode(200)
                .body("items.subject", equalTo(List.of(SUBJECT))).body("totalItems", equalTo(1));
        Api.given().get(PATH).then().statusCode(200).header("ETag", "\"1\"");
        Api.given().header("If-Match", "\"1\"").delete(PATH).then().statusCode(204);
        Api.given().get(PATH).then().statusCode(404);
        assertEquals(0, TestDb.count(ds, "token_subject_company"));
        Api.given().queryParam("entityType", "TokenSubject").get("/api/v1/audit-events").then().statusCode(200)
                .body("items.action", containsInAnyOrder("CREATE", "UPDATE", "DELETE"))
                .body("items.entityId", equalTo(List.of(SUBJECT, SUBJECT, SUBJECT)))
                .body("items.user", equalTo(List.of(Api.ADMIN, Api.ADMIN, Api.ADMIN)));
    }

    @Test
    void aBoundCompanyCannotBeDeleted() {
        Api.given().contentType(ContentType.JSON).body(binding(first)).put(PATH).then().statusCode(201);
        var before = TestDb.snapshot(ds);
        Api.given().delete("/api/v1/companies/" + first).then().statusCode(409);
        assertEquals(before, TestDb.snapshot(ds));
    }

    @Test
    void staleOrPrematureIfMatchIs412AndChangesNothing() {
        Api.given().header("If-Match", "\"0\"").contentType(ContentType.JSON).body(binding(first)).put(PATH)
                .then().statusCode(412);
        Api.given().contentType(ContentType.JSON).body(binding(first)).put(PATH).then().statusCode(201);
        var before = TestDb.snapshot(ds);
        Api.given().header("If-Match", "\"7\"").contentType(ContentType.JSON).body(binding(second)).put(PATH)
                .then().statusCode(412);
        Api.given().header("If-Match", "\"7\"").delete(PATH).then().statusCode(412);
        assertEquals(before, TestDb.snapshot(ds));
    }

    @Test
    void badBindingsAre400AndChangeNothing() {
        var before = TestDb.snapshot(ds);
        Api.invalid().contentType(ContentType.JSON).body(Map.of("companyIds", List.of())).put(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("companyIds"));
        Api.given().contentType(ContentType.JSON).body(binding(first + second + 1000)).put(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("companyIds"));
        long unknown = first + second + 1000;
        Api.given().contentType(ContentType.JSON).body(binding(unknown + 1, first, unknown)).put(PATH)
                .then().statusCode(400).body("errors.field", contains("companyIds"))
                .body("errors[0].message", equalTo("no company has id " + unknown + ", " + (unknown + 1)));
        Api.invalid().contentType(ContentType.JSON).body(binding(first)).put("/api/v1/token-subjects/" + "s".repeat(256))
                .then().statusCode(400).body("errors[0].field", equalTo("subject"));
        Api.given().delete(PATH).then().statusCode(404);
        assertEquals(before, TestDb.snapshot(ds));
    }

    @Test
    void onlyAdminsSeeOrKeepBindings() {
        var before = TestDb.snapshot(ds);
        Api.as(Api.ANALYST, Api.ANALYST_PASSWORD).get("/api/v1/token-subjects").then().statusCode(403);
        Api.as(Api.REPORTER, Api.REPORTER_PASSWORD).contentType(ContentType.JSON).body(binding(first)).put(PATH)
                .then().statusCode(403);
        Api.anonymous().get(PATH).then().statusCode(401);
        assertEquals(before, TestDb.snapshot(ds));
    }
}
