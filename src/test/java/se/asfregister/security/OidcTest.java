package se.asfregister.security;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jose4j.json.JsonUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.asfregister.support.Api;
import se.asfregister.support.Fixtures;
import se.asfregister.support.TestDb;

/**
 * OpenID Connect end to end against a real local issuer ({@link TestIssuer}): tokens signed
 * with its keys, found through discovery and JWKS, beside HTTP Basic.
 */
@QuarkusTest
@TestProfile(OidcProfile.class)
class OidcTest {

    private static final String ADMIN_ROLE = "asf-admin";
    private static final String ANALYST_ROLE = "asf-analyst";
    private static final String REPORTER_ROLE = "asf-reporter";

    @Inject
    DataSource ds;

    long own;
    long foreign;

    @BeforeEach
    void setUp() {
        TestDb.clear(ds);
        own = Fixtures.createCompany(1, "Egen Återbruk", "2080");
        foreign = Fixtures.createCompany(2, "Annans Café", "2062");
    }

    static String issuer() {
        return ConfigProvider.getConfig().getValue("asf.security.oidc.issuer", String.class);
    }

    /** The issuer's test root (http://127.0.0.1:port), where {@code /test/sign} and {@code /test/rotate} are. */
    static String issuerRoot() {
        return issuer().substring(0, issuer().length() - TestIssuer.REALM.length());
    }

    /** Claims as the identity provider issues them for a person: valid for five minutes. */
    static Map<String, Object> person(String subject, String... roles) {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> c = new HashMap<>();
        c.put("iss", issuer());
        c.put("sub", subject);
        c.put("aud", "asf-register");
        c.put("iat", now);
        c.put("exp", now + 300);
        c.put("realm_access", Map.of("roles", List.of(roles)));
        return c;
    }

    static String sign(Map<String, Object> claims) {
        return sign(claims, "");
    }

    static String sign(Map<String, Object> claims, String query) {
        return RestAssured.given().body(JsonUtil.toJson(claims)).post(issuerRoot() + "/test/sign" + query)
                .then().statusCode(200).extract().asString();
    }

    static io.restassured.specification.RequestSpecification bearer(String token) {
        return Api.anonymous().header("Authorization", "Bearer " + token);
    }

    @Test
    void rolesComeFromTheConfiguredClaim() {
        bearer(sign(person("anna", ADMIN_ROLE))).get("/api/v1/users").then().statusCode(200);
        String analyst = sign(person("bo", ANALYST_ROLE));
        bearer(analyst).get("/api/v1/users").then().statusCode(403);
        bearer(analyst).get("/api/v1/employment-reports").then().statusCode(200);
        // the admin value under another claim than realm_access.roles grants nothing
        Map<String, Object> elsewhere = person("cecilia");
        elsewhere.put("roles", List.of(ADMIN_ROLE));
        bearer(sign(elsewhere)).get("/api/v1/users").then().statusCode(403);
        bearer(sign(elsewhere)).get("/api/v1/companies").then().statusCode(200);
    }

    @Test
    void reporterCompanyComesFromTheOrganisationNumberClaim() {
        Map<String, Object> claims = person("dan", REPORTER_ROLE);
        claims.put("organisation_number", Fixtures.orgNumber(1).replace("-", ""));
        String token = sign(claims);
        bearer(token).get("/api/v1/companies/" + own + "/employment-reports").then().statusCode(200);
        bearer(token).get("/api/v1/companies/" + foreign + "/employment-reports").then().statusCode(403);
        // the same claim without the reporter role binds nothing
        Map<String, Object> noRole = person("dan");
        noRole.put("organisation_number", Fixtures.orgNumber(1));
        bearer(sign(noRole)).get("/api/v1/companies/" + own + "/employment-reports").then().statusCode(403);
    }

    @Test
    void reporterCompanyComesFromTheBindingAnAdminMaintains() {
        String token = sign(person("gustav", REPORTER_ROLE)); // no organisation number in this token
        bearer(token).get("/api/v1/companies/" + own + "/employment-reports").then().statusCode(403);
        String etag = Api.given().contentType(ContentType.JSON).body(Map.of("companyIds", List.of(own)))
                .put("/api/v1/token-subjects/gustav")
                .then().statusCode(201).header("Location", endsWith("/api/v1/token-subjects/gustav"))
                .body("companyIds", equalTo(List.of((int) own))).extract().header("ETag");
        bearer(token).get("/api/v1/companies/" + own + "/employment-reports").then().statusCode(200);
        bearer(token).get("/api/v1/companies/" + foreign + "/employment-reports").then().statusCode(403);
        bearer(token).get("/api/v1/me").then().statusCode(200)
                .body("subject", equalTo("gustav")).body("roles", equalTo(List.of("REPORTER")))
                .body("companyIds", equalTo(List.of((int) own)));
        Api.given().header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("companyIds", List.of(foreign))).put("/api/v1/token-subjects/gustav")
                .then().statusCode(200);
        bearer(token).get("/api/v1/companies/" + own + "/employment-reports").then().statusCode(403);
        bearer(token).get("/api/v1/companies/" + foreign + "/employment-reports").then().statusCode(200);
        Api.given().delete("/api/v1/token-subjects/gustav").then().statusCode(204);
        bearer(token).get("/api/v1/companies/" + foreign + "/employment-reports").then().statusCode(403);
        Api.given().get("/api/v1/token-subjects/gustav").then().statusCode(404);
    }

    @Test
    void onlyAdminTokensKeepBindings() {
        var before = TestDb.snapshot(ds);
        bearer(sign(person("hanna", REPORTER_ROLE, ANALYST_ROLE))).contentType(ContentType.JSON)
                .body(Map.of("companyIds", List.of(own))).put("/api/v1/token-subjects/hanna").then().statusCode(403);
        bearer(sign(person("hanna", ANALYST_ROLE))).get("/api/v1/token-subjects").then().statusCode(403);
        assertEquals(before, TestDb.snapshot(ds));
    }

    @Test
    void machineClientSignsInWithClientCredentialsAndTheAuditNamesItsSubject() {
        String token = RestAssured.given().formParam("grant_type", "client_credentials")
                .formParam("client_id", TestIssuer.MACHINE_CLIENT).formParam("client_secret", TestIssuer.MACHINE_SECRET)
                .post(issuer() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        long id = bearer(token).contentType(ContentType.JSON).body(Fixtures.company(3, "Maskinens AB", "2080"))
                .post("/api/v1/companies").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.given().queryParam("user", TestIssuer.MACHINE_SUBJECT).get("/api/v1/audit-events")
                .then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].action", equalTo("CREATE"))
                .body("items[0].entityId", equalTo(Long.toString(id)));
    }

    @Test
    void badTokensGetTheSame401AsABadPasswordAndChangeNothing() {
        Response wrongPassword = Api.as(Api.ADMIN, "not-the-password").get("/api/v1/companies");
        Map<String, Object> expired = person("erik", ADMIN_ROLE);
        expired.put("exp", Instant.now().getEpochSecond() - 120); // past the 30 s of clock skew
        Map<String, Object> otherIssuer = person("erik", ADMIN_ROLE);
        otherIssuer.put("iss", "https://idp.example.org/realms/asf");
        Map<String, Object> otherAudience = person("erik", ADMIN_ROLE);
        otherAudience.put("aud", "another-service");
        List<String> tokens = List.of("not-a-token", sign(expired), sign(otherIssuer), sign(otherAudience),
                sign(person("erik", ADMIN_ROLE), "?key=unpublished"),
                sign(person("e".repeat(256), ADMIN_ROLE))); // longer than the audit trail can name
        var before = TestDb.snapshot(ds);
        for (String token : tokens) {
            Response r = bearer(token).contentType(ContentType.JSON).body(Fixtures.company(4, "Ny", "2080"))
                    .post("/api/v1/companies");
            assertEquals(401, r.statusCode(), token);
            assertEquals(wrongPassword.header("WWW-Authenticate"), r.header("WWW-Authenticate"));
            assertEquals(wrongPassword.contentType(), r.contentType());
            assertEquals(wrongPassword.jsonPath().getString("type"), r.jsonPath().getString("type"));
            assertEquals(wrongPassword.jsonPath().getString("title"), r.jsonPath().getString("title"));
            assertEquals(BearerTokens.INVALID_TOKEN, r.jsonPath().getString("detail"));
            // also on a public endpoint: a client should learn that its token is no good
            bearer(token).get("/api/v1/companies").then().statusCode(401);
        }
        assertEquals(before, TestDb.snapshot(ds));
    }

    @Test
    void aRotatedKeyIsFetchedAndTheRetiredOneRefused() {
        String beforeRotation = sign(person("frida", ADMIN_ROLE));
        bearer(beforeRotation).get("/api/v1/users").then().statusCode(200);
        RestAssured.given().post(issuerRoot() + "/test/rotate").then().statusCode(200);
        // signed with the new key id, unknown to the service's cached key set: it fetches the set again
        bearer(sign(person("frida", ADMIN_ROLE))).get("/api/v1/users").then().statusCode(200);
        bearer(beforeRotation).get("/api/v1/users").then().statusCode(401);
    }

    @Test
    void httpBasicStillWorksBesideTokens() {
        Api.given().get("/api/v1/users").then().statusCode(200);
        Api.as(Api.ANALYST, Api.ANALYST_PASSWORD).get("/api/v1/users").then().statusCode(403);
    }
}
