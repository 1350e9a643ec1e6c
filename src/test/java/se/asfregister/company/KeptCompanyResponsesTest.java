package se.asfregister.company;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.asfregister.audit.WriteGeneration;
import se.asfregister.support.Api;
import se.asfregister.support.Fixtures;
import se.asfregister.support.TestDb;

/**
 * {@code GET /companies/{id}} answers from a kept response until a write commits
 * ({@link KeptResponses}): every write shows in the next read, each caller still sees only what
 * it may, and a row changed by hand shows once the write generation is raised, as
 * {@link WriteGeneration} tells operators. The clock's part (a confirmation running out with no
 * write) is {@code offering.StaleDirectoryTest#staleAtTwelveMonthsAndLeftOutOfThePublicSearch}.
 */
@QuarkusTest
class KeptCompanyResponsesTest {

    static final String COMPANIES = "/api/v1/companies";

    @Inject
    DataSource ds;

    long id;

    @BeforeEach
    void company() {
        TestDb.clear(ds);
        id = Fixtures.createCompany(
                Fixtures.companyWithContact(41, "Kvarnens Café", "2080", "Anna Andersson", "anna@example.org"));
    }

    @Test
    void aRowChangedByHandShowsOnceTheGenerationIsRaised() throws SQLException {
        Api.given().get(COMPANIES + "/" + id).then().statusCode(200).body("name", equalTo("Kvarnens Café"));

        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("UPDATE company SET name = ? WHERE id = ?")) {
            ps.setString(1, "Kvarnens Kafé");
            ps.setLong(2, id);
            ps.executeUpdate();
        }
        Api.given().get(COMPANIES + "/" + id).then().statusCode(200).body("name", equalTo("Kvarnens Café"));

        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(WriteGeneration.RAISE);
        }
        Api.given().get(COMPANIES + "/" + id).then().statusCode(200).body("name", equalTo("Kvarnens Kafé"));
    }

    @Test
    void everyWriteShowsInTheNextRead() {
        Api.given().get(COMPANIES + "/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""));

        Api.given().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"website\":\"https://example.org/kvarnen\"}").patch(COMPANIES + "/" + id).then().statusCode(200);
        Api.given().get(COMPANIES + "/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("website", equalTo("https://example.org/kvarnen"));

        // a write to another company raises the same generation: this one is read again, unchanged
        Fixtures.createCompany(42, "Sågens Snickeri", "2080");
        Api.given().get(COMPANIES + "/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("website", equalTo("https://example.org/kvarnen"));

        Api.given().header("If-Match", "\"1\"").delete(COMPANIES + "/" + id).then().statusCode(204);
        Api.given().get(COMPANIES + "/" + id).then().statusCode(404);
    }

    @Test
    void aConfirmationShowsInTheNextRead() {
        String before = Api.given().get(COMPANIES + "/" + id).then().statusCode(200).extract().path("verifiedAt");
        String confirmed = Api.given().header("If-Match", "\"0\"").post(COMPANIES + "/" + id + "/verify").then()
                .statusCode(200).extract().path("verifiedAt");
        Api.given().get(COMPANIES + "/" + id).then().statusCode(200).body("verifiedAt", equalTo(confirmed))
                .body("verifiedAt", not(equalTo(before)));
    }

    @Test
    void eachCallerSeesOnlyWhatItMay() {
        Api.given().get(COMPANIES + "/" + id).then().statusCode(200).body("contact.email", equalTo("anna@example.org"));
        Api.anonymous().get(COMPANIES + "/" + id).then().statusCode(200).body("contact", nullValue())
                .body("verifiedBy", nullValue());
        Api.given().get(COMPANIES + "/" + id).then().statusCode(200).body("contact.email", equalTo("anna@example.org"))
                .body("verifiedBy", equalTo(Api.ADMIN));
    }

    /**
     * The kept JSON goes out through the body writer chosen when the endpoint is built: the
     * answers to what a client accepts, and to an unknown company, are those of every other read.
     */
    @Test
    void negotiatesAndRefusesAsEveryOtherRead() {
        for (String accept : List.of("application/json", "*/*", "application/json, application/problem+json")) {
            Api.given().accept(accept).get(COMPANIES + "/" + id).then().statusCode(200)
                    .contentType("application/json;charset=UTF-8").header("ETag", "\"0\"").body("id", equalTo((int) id));
        }
        for (String accept : List.of("text/csv", "application/problem+json")) {
            Api.invalid().accept(accept).get(COMPANIES + "/" + id).then().statusCode(406)
                    .contentType("application/problem+json");
        }
        Api.anonymous().get(COMPANIES + "/424242").then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404));
        Api.anonymous().get(COMPANIES + "/abc").then().statusCode(404).contentType("application/problem+json");
    }

    /** The kept JSON is written as every other company response is: the list's item is the same document. */
    @Test
    void answersWithTheSameDocumentAsTheList() {
        for (var caller : List.of(Api.given(), Api.anonymous())) {
            Map<String, Object> one = caller.get(COMPANIES + "/" + id).then().statusCode(200)
                    .contentType("application/json;charset=UTF-8").extract().jsonPath().getMap("$");
            Map<String, Object> listed = caller.get(COMPANIES).then().statusCode(200).extract().jsonPath().getMap("items[0]");
            assertEquals(listed, one);
        }
    }
}
