package se.asfregister.security;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.asfregister.support.Api;
import se.asfregister.support.Fixtures;
import se.asfregister.support.TestDb;

@QuarkusTest
class UserResourceTest {

    private static final String GOOD = "Klockor-Tornet-Regn-7";

    @Inject
    DataSource ds;

    long company;

    @BeforeEach
    void setUp() {
        TestDb.clear(ds);
        company = Fixtures.createCompany(1, "Egen Återbruk", "2080");
    }

    private static Map<String, Object> user(String username, String password, List<String> roles, List<Long> companies) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("password", password);
        body.put("roles", roles);
        body.put("companyIds", companies);
        return body;
    }

    @Test
    void createsAReporterWithAHashedPasswordThatIsNeverReturned() throws SQLException {
        String body = Api.given().contentType(ContentType.JSON)
                .body(user("lena.reporter", GOOD, List.of("REPORTER"), List.of(company)))
                .post("/api/v1/users")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/users/")).header("ETag", "\"0\"")
                .body("username", equalTo("lena.reporter")).body("roles", equalTo(List.of("REPORTER")))
                .body("companyIds", equalTo(List.of((int) company))).body("enabled", equalTo(true))
                .extract().asString();
        assertFalse(body.contains(GOOD));
        assertFalse(body.toLowerCase().contains("hash"));
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT password_hash FROM app_user WHERE username = 'lena.reporter'")) {
            assertTrue(rs.next());
            assertTrue(rs.getString(1).startsWith("$2"), "bcrypt hash expected");
            assertFalse(rs.getString(1).contains(GOOD));
        }
        Api.as("lena.reporter", GOOD).get("/api/v1/me").then().statusCode(200)
                .body("companyIds", equalTo(List.of((int) company)));
    }

    @Test
    void passwordPolicyRejectsShortAndTrivialPasswordsAndChangesNothing() {
        var before = TestDb.snapshot(ds);
        for (String bad : List.of("short-1A", "aaaaaaaaaaaaaaaa", "lena.analyst-2026!", "Password-Dalarna-1",
                "abcdefghijklmn", "123456789012345", "x".repeat(73) + "Ab1")) {
            Api.given().contentType(ContentType.JSON).body(user("lena.analyst", bad, List.of("ANALYST"), null))
                    .post("/api/v1/users")
                    .then().statusCode(400).body("errors[0].field", equalTo("password"))
                    .body(not(containsString(bad)));
        }
        assertEquals(before, TestDb.snapshot(ds));
    }

    @Test
    void rejectsBadBindingsDuplicatesAndUnknownRoles() {
        var before = TestDb.snapshot(ds);
        Api.given().contentType(ContentType.JSON).body(user("rep.one", GOOD, List.of("REPORTER"), List.of()))
                .post("/api/v1/users").then().statusCode(400).body("errors[0].field", equalTo("companyIds"));
        Api.given().contentType(ContentType.JSON).body(user("ana.one", GOOD, List.of("ANALYST"), List.of(company)))
                .post("/api/v1/users").then().statusCode(400).body("errors[0].field", equalTo("companyIds"));
        Api.given().contentType(ContentType.JSON).body(user("rep.two", GOOD, List.of("REPORTER"), List.of(987654L)))
                .post("/api/v1/users").then().statusCode(400).body("detail", containsString("987654"));
        // every unknown id in one answer, as for the other links to companies
        Api.given().contentType(ContentType.JSON)
                .body(user("rep.two", GOOD, List.of("REPORTER"), List.of(company, 987655L, 987654L)))
                .post("/api/v1/users").then().statusCode(400).body("errors.field", contains("companyIds"))
                .body("errors[0].message", equalTo("no company has id 987654, 987655"));
        Api.invalid().contentType(ContentType.JSON).body(user("rep.three", GOOD, List.of("ROOT"), null))
                .post("/api/v1/users").then().statusCode(400).body("errors[0].field", equalTo("roles[0]"));
        Api.invalid().contentType(ContentType.JSON).body(user("Bad Name", GOOD, List.of("ANALYST"), null))
                .post("/api/v1/users").then().statusCode(400).body("errors[0].field", equalTo("username"));
        Api.given().contentType(ContentType.JSON).body(user(Api.ANALYST, GOOD, List.of("ANALYST"), null))
                .post("/api/v1/users").then().statusCode(409);
        assertEquals(before, TestDb.snapshot(ds));
    }

    @Test
    void changesRolesAndCompaniesListsAndResetsPasswords() {
        long second = Fixtures.createCompany(2, "Annans Café", "2062");
        long id = Fixtures.createUser("lena.reporter", GOOD, List.of("REPORTER"), List.of(company));
        Api.given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("roles", List.of("REPORTER"), "companyIds", List.of(company, second), "enabled", true))
                .put("/api/v1/users/" + id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("companyIds", equalTo(List.of((int) company, (int) second)));
        Api.given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("roles", List.of("ANALYST"), "enabled", true))
                .put("/api/v1/users/" + id).then().statusCode(412);
        Api.given().queryParam("role", "REPORTER").get("/api/v1/users").then().statusCode(200)
                .body("items.username", hasItem("lena.reporter"))
                .body("items.username", not(hasItem(Api.ANALYST)));
        Api.invalid().queryParam("role", "ROOT").get("/api/v1/users").then().statusCode(400)
                .body("errors[0].field", equalTo("role"));

        Api.given().contentType(ContentType.JSON).body(Map.of("password", "Ny-Vacker-Dag-Mora-9"))
                .put("/api/v1/users/" + id + "/password").then().statusCode(204);
        Api.as("lena.reporter", GOOD).get("/api/v1/me").then().statusCode(401);
        Api.as("lena.reporter", "Ny-Vacker-Dag-Mora-9").get("/api/v1/me").then().statusCode(200);
        Api.given().contentType(ContentType.JSON).body(Map.of("password", "kort"))
                .put("/api/v1/users/" + id + "/password").then().statusCode(400);
        Api.given().contentType(ContentType.JSON).body(Map.of("password", GOOD))
                .put("/api/v1/users/987654/password").then().statusCode(404);
    }

    @Test
    void theLastEnabledAdminStays() {
        long adminId = SecurityFixtures.userId(Api.ADMIN);
        var before = TestDb.snapshot(ds);
        Api.given().contentType(ContentType.JSON).body(Map.of("roles", List.of("ADMIN"), "enabled", false))
                .put("/api/v1/users/" + adminId).then().statusCode(409);
        Api.given().contentType(ContentType.JSON).body(Map.of("roles", List.of("ANALYST"), "enabled", true))
                .put("/api/v1/users/" + adminId).then().statusCode(409);
        assertEquals(before, TestDb.snapshot(ds));
    }
}
