package se.asfregister.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
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

/** HTTP Basic, company-bound reporters, hidden contact data, headers and CORS (failed logins: LoginThrottleTest). */
@QuarkusTest
class AuthenticationTest {

    @Inject
    DataSource ds;

    long own;
    long foreign;

    @BeforeEach
    void setUp() {
        TestDb.clear(ds);
        own = Fixtures.createCompany(
                Fixtures.companyWithContact(1, "Egen Återbruk", "2080", "Anna Andersson", "anna@example.org"));
        foreign = Fixtures.createCompany(
                Fixtures.companyWithContact(2, "Annans Café", "2062", "Bo Berg", "bo@example.org"));
        SecurityFixtures.bindDemoReporter(own);
    }

    @Test
    void anonymousWriteIs401WithChallengeAndChangesNothing() {
        var before = TestDb.snapshot(ds);
        Api.anonymous().contentType(ContentType.JSON).body(Fixtures.company(3, "Ny", "2080"))
                .post("/api/v1/companies")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Basic realm="))
                .body("type", equalTo("urn:asf-register:problem:unauthorized"));
        assertEquals(before, TestDb.snapshot(ds));
    }

    @Test
    void wrongPasswordUnknownUserAndMalformedHeaderAre401() {
        Api.as(Api.ANALYST, "not-the-password").get("/api/v1/companies")
                .then().statusCode(401).header("WWW-Authenticate", notNullValue())
                .body("detail", equalTo("The user name or password is wrong"));
        Api.as("nobody-here", "whatever-password").get("/api/v1/companies")
                .then().statusCode(401).body("detail", equalTo("The user name or password is wrong"));
        Api.anonymous().header("Authorization", "Bearer abc").get("/api/v1/companies").then().statusCode(401);
        Api.anonymous().header("Authorization", "Basic !!!").get("/api/v1/companies").then().statusCode(401);
        Api.anonymous().header("Authorization", "Basic bm9jb2xvbg==").get("/api/v1/companies").then().statusCode(401);
    }

    @Test
    void disabledUserCannotSignIn() {
        long id = Fixtures.createUser("off.analyst", "Klockor-Tornet-Regn-7", List.of("ANALYST"), null);
        Api.as("off.analyst", "Klockor-Tornet-Regn-7").get("/api/v1/me").then().statusCode(200);
        Api.given().contentType(ContentType.JSON).body(Map.of("roles", List.of("ANALYST"), "enabled", false))
                .put("/api/v1/users/" + id).then().statusCode(200).body("enabled", equalTo(false));
        Api.as("off.analyst", "Klockor-Tornet-Regn-7").get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void contactIsHiddenFromAnonymousAndForeignReporters() {
        Api.anonymous().get("/api/v1/companies/" + own).then().statusCode(200)
                .body("name", equalTo("Egen Återbruk")).body("contact", nullValue());
        Api.anonymous().get("/api/v1/companies").then().statusCode(200)
                .body("items.contact", equalTo(java.util.Arrays.asList(null, null)));
        Api.as(Api.REPORTER, Api.REPORTER_PASSWORD).get("/api/v1/companies/" + own).then().statusCode(200)
                .body("contact.email", equalTo("anna@example.org"));
        Api.as(Api.REPORTER, Api.REPORTER_PASSWORD).get("/api/v1/companies/" + foreign).then().statusCode(200)
                .body("contact", nullValue());
        Api.as(Api.ANALYST, Api.ANALYST_PASSWORD).get("/api/v1/companies/" + foreign).then().statusCode(200)
                .body("contact.email", equalTo("bo@example.org"));
        Api.given().get("/api/v1/companies/" + foreign).then().statusCode(200)
                .body("contact.email", equalTo("bo@example.org"));
        String csv = Api.anonymous().accept("text/csv").get("/api/v1/companies").then().statusCode(200)
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(csv.contains("anna@example.org"));
    }

    @Test
    void reporterChangesItsOwnCompanyOnly() {
        var reporter = Api.as(Api.REPORTER, Api.REPORTER_PASSWORD).contentType("application/merge-patch+json");
        reporter.body("{\"description\":\"Second-hand shop\"}").patch("/api/v1/companies/" + own)
                .then().statusCode(200).body("description", equalTo("Second-hand shop"));
        var before = TestDb.snapshot(ds);
        Api.as(Api.REPORTER, Api.REPORTER_PASSWORD).contentType("application/merge-patch+json")
                .body("{\"status\":\"INACTIVE\"}").patch("/api/v1/companies/" + foreign)
                .then().statusCode(403).body("type", equalTo("urn:asf-register:problem:forbidden"));
        Api.as(Api.REPORTER, Api.REPORTER_PASSWORD).contentType(ContentType.JSON)
                .body(Fixtures.company(2, "Annans Café", "2062")).put("/api/v1/companies/" + foreign)
                .then().statusCode(403);
        Api.as(Api.REPORTER, Api.REPORTER_PASSWORD).contentType(ContentType.JSON)
                .body(Fixtures.company(5, "Ny", "2080")).post("/api/v1/companies").then().statusCode(403);
        Api.as(Api.REPORTER, Api.REPORTER_PASSWORD).delete("/api/v1/companies/" + own).then().statusCode(403);
        Api.as(Api.ANALYST, Api.ANALYST_PASSWORD).contentType("application/merge-patch+json")
                .body("{\"status\":\"CLOSED\"}").patch("/api/v1/companies/" + own).then().statusCode(403);
        assertEquals(before, TestDb.snapshot(ds));
    }

    @Test
    void reporterSeesItsBindingAtMe() {
        Api.as(Api.REPORTER, Api.REPORTER_PASSWORD).get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo(Api.REPORTER)).body("roles", equalTo(List.of("REPORTER")))
                .body("companyIds", equalTo(List.of((int) own)))
                .body("$", not(org.hamcrest.Matchers.hasKey("password")))
                .body("$", not(org.hamcrest.Matchers.hasKey("passwordHash")));
        Api.anonymous().get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void companyWithABoundReporterCannotBeDeleted() {
        Api.given().delete("/api/v1/companies/" + own)
                .then().statusCode(409).body("detail", containsString("1 user reports for it"));
    }

    @Test
    void securityHeadersOnEveryResponseAndNoStackTraces() {
        for (var r : List.of(Api.anonymous().get("/api/v1/companies/" + own),
                Api.anonymous().delete("/api/v1/companies/" + own),
                Api.raw().get("/api/v1/no-such-thing"),
                Api.raw().contentType(ContentType.JSON).body("{\"name\": ").post("/api/v1/companies"))) {
            r.then().header("X-Content-Type-Options", "nosniff").header("X-Frame-Options", "DENY")
                    .header("Referrer-Policy", "no-referrer")
                    .header("Content-Security-Policy", containsString("default-src 'none'"))
                    .body(not(containsString("Exception"))).body(not(containsString("at se.asfregister")));
        }
    }

    @Test
    void headAndOptionsFollowTheSameRules() {
        Api.raw().auth().none().head("/api/v1/companies/" + own).then().statusCode(200);
        Api.raw().auth().none().head("/api/v1/users").then().statusCode(401);
        int options = Api.raw().auth().none().options("/api/v1/companies").then().extract().statusCode();
        org.junit.jupiter.api.Assertions.assertTrue(options < 500, "OPTIONS answered " + options);
    }

    @Test
    void corsAllowsOnlyConfiguredOrigins() {
        Api.raw().header("Origin", "https://spa.example.org").header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match")
                .options("/api/v1/companies/" + own)
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://spa.example.org");
        Api.raw().header("Origin", "https://evil.example.com").header("Access-Control-Request-Method", "PUT")
                .options("/api/v1/companies/" + own)
                .then().header("Access-Control-Allow-Origin", nullValue());
        Api.raw().header("Origin", "https://evil.example.com").get("/api/v1/companies")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
