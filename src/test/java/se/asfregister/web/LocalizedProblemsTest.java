package se.asfregister.web;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.asfregister.support.Api;
import se.asfregister.support.Fixtures;
import se.asfregister.support.TestDb;

/** Error titles and messages are English, or Swedish when the request says Accept-Language: sv. */
@QuarkusTest
class LocalizedProblemsTest {

    @Inject
    DataSource ds;

    @BeforeEach
    void clean() {
        TestDb.clear(ds);
    }

    @Test
    void queryParameterErrorsInSwedish() {
        Api.invalid().header("Accept-Language", "sv-SE,sv;q=0.9,en;q=0.5")
                .get("/api/v1/companies?size=abc")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .header("Content-Language", "sv")
                .body("type", equalTo("urn:asf-register:problem:validation"))
                .body("title", equalTo("Ogiltig begäran"))
                .body("detail", equalTo("size: måste vara ett heltal"))
                .body("errors.field", contains("size"))
                .body("errors.message", contains("måste vara ett heltal"));

        Api.invalid().header("Accept-Language", "sv")
                .get("/api/v1/companies?size=500")
                .then().statusCode(400)
                .body("errors.message", contains("måste vara mellan 1 och 200"));
    }

    @Test
    void sameErrorInEnglishByDefaultForEnglishAndForUnsupportedLanguages() {
        for (String language : new String[] {null, "en", "fr-FR", "en;q=0.9,sv;q=0.1"}) {
            var spec = Api.invalid();
            if (language != null) {
                spec = spec.header("Accept-Language", language);
            }
            spec.get("/api/v1/companies?size=abc")
                    .then().statusCode(400)
                    .header("Content-Language", "en")
                    .body("title", equalTo("Invalid request"))
                    .body("errors.message", contains("must be an integer"));
        }
    }

    @Test
    void beanValidationMessagesFollowTheLanguageAndNothingIsStored() {
        Map<String, Object> body = Fixtures.company(1, " ", "2080");
        body.put("contact", Map.of("email", "not-an-address"));
        body.put("website", "ftp://example.org");
        var before = TestDb.snapshot(ds);

        Api.invalid().header("Accept-Language", "sv").contentType(ContentType.JSON).body(body)
                .post("/api/v1/companies")
                .then().statusCode(400)
                .body("title", equalTo("Ogiltig begäran"))
                .body("detail", equalTo("3 fält är ogiltiga"))
                .body("errors.field", contains("contact.email", "name", "website"))
                .body("errors.message", contains("måste vara en giltig e-postadress", "får inte vara tomt",
                        "måste vara en absolut http- eller https-URL"));

        Api.invalid().header("Accept-Language", "en").contentType(ContentType.JSON).body(body)
                .post("/api/v1/companies")
                .then().statusCode(400)
                .body("title", equalTo("Invalid request"))
                .body("detail", equalTo("3 fields are invalid"))
                .body("errors.message", contains("must be a well-formed email address", "must not be blank",
                        "must be an absolute http or https URL"));

        assertEquals(before, TestDb.snapshot(ds));
    }

    @Test
    void serviceRulesAndNotFoundInSwedish() {
        Map<String, Object> body = Fixtures.company(2, "Hyttans Café", "2080");
        body.put("organisationNumber", "123456-7890");
        Api.invalid().header("Accept-Language", "sv").contentType(ContentType.JSON).body(body)
                .post("/api/v1/companies")
                .then().statusCode(400)
                .body("errors.message", contains(
                        "måste vara ett svenskt organisationsnummer, NNNNNN-NNNN eller NNNNNNNNNN, med giltig kontrollsiffra"));

        Api.given().header("Accept-Language", "sv").get("/api/v1/companies/424242")
                .then().statusCode(404)
                .body("title", equalTo("Resursen finns inte"))
                .body("detail", equalTo("Företag 424242 finns inte"));
        assertEquals(0, TestDb.count(ds, "company"));
    }

    @Test
    void malformedJsonInSwedish() {
        Api.raw().header("Accept-Language", "sv").contentType(ContentType.JSON).body("{\"name\": ")
                .post("/api/v1/companies")
                .then().statusCode(400)
                .body("title", equalTo("Felaktig begärandekropp"))
                .body("detail", org.hamcrest.Matchers.startsWith("Kroppen är inte giltig JSON"));
    }

    @Test
    void transportLevelRefusalsInSwedish() {
        Api.invalid().header("Accept-Language", "sv").contentType("text/plain").body("hej")
                .post("/api/v1/companies")
                .then().statusCode(415)
                .body("title", equalTo("Innehållstypen stöds inte"))
                .body("detail", equalTo("Content-Type stöds inte här"));

        Api.invalid().header("Accept-Language", "sv").contentType(ContentType.JSON).body(Fixtures.oversizedJson(1_100_000))
                .post("/api/v1/companies")
                .then().statusCode(413)
                .body("title", equalTo("Begärandekroppen är för stor"))
                .body("detail", org.hamcrest.Matchers.matchesPattern("Kroppen har \\d+ byte; gränsen här är 1048576"));
        assertEquals(0, TestDb.count(ds, "company"));
    }

    @Test
    void everyProblemTitleHasASwedishWording() {
        for (ProblemType t : ProblemType.values()) {
            assertTrue(ProblemText.hasSwedish(t.title), t.name());
        }
    }
}
