package se.asfregister.offering;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.asfregister.support.Api;
import se.asfregister.support.Fixtures;
import se.asfregister.support.TestDb;

/**
 * {@code ?modifiedSince=} on the company list and the offering search: what changed at or after
 * an instant, oldest change first, paged without overlap, and a clear 400 for a bad instant.
 */
@QuarkusTest
public class ChangeFeedTest {

    static final String COMPANIES = "/api/v1/companies";
    static final String OFFERINGS = OfferingResourceTest.BASE;

    @Inject
    DataSource ds;

    long a;
    long b;
    long c;

    /** Written in the order a, b, c; then a changes, so the feed from b's write reads b, c, a. */
    @BeforeEach
    void load() {
        TestDb.clear(ds);
        a = Fixtures.createCompany(41, "Återbruket i Avesta", "2084");
        b = Fixtures.createCompany(42, "Bageriet i Vansbro", "2021");
        c = Fixtures.createCompany(43, "Cykelverkstan i Leksand", "2029");
        Api.given().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"description\":\"Second hand och möbler\"}").patch(COMPANIES + "/" + a).then().statusCode(200);
    }

    @Test
    void companiesChangedSinceAnInstantComeInModificationOrderPageByPage() {
        String since = Api.given().get(COMPANIES + "/" + b).then().extract().jsonPath().getString("updatedAt");
        Api.given().queryParam("modifiedSince", since).queryParam("size", 2).get(COMPANIES).then().statusCode(200)
                .body("totalItems", equalTo(3)).body("items.id", contains((int) b, (int) c));
        Api.given().queryParam("modifiedSince", since).queryParam("size", 2).queryParam("page", 1).get(COMPANIES)
                .then().body("items.id", contains((int) a));
        // the largest updatedAt seen, asked again: that record comes again, nothing newer exists
        String last = Api.given().get(COMPANIES + "/" + a).then().extract().jsonPath().getString("updatedAt");
        Api.given().queryParam("modifiedSince", last).get(COMPANIES).then().body("items.id", contains((int) a));
        String after = Instant.parse(last).plus(1, ChronoUnit.MICROS).toString();
        Api.given().queryParam("modifiedSince", after).get(COMPANIES).then().body("totalItems", equalTo(0));
        // the same instant written with an offset, and the CSV export in the same order
        String csv = Api.given().accept("text/csv").queryParam("modifiedSince", since).get(COMPANIES).then()
                .statusCode(200).extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals(4, lines.length, csv);
        assertEquals(b + "," + c + "," + a, lines[1].split(",")[0] + "," + lines[2].split(",")[0] + ","
                + lines[3].split(",")[0]);
    }

    @Test
    void offeringsChangedSinceAnInstant() {
        long first = OfferingResourceTest.create(OfferingResourceTest.body(a, "Möbelrenovering", "50850000-8"));
        long second = OfferingResourceTest.create(OfferingResourceTest.body(b, "Surdegsbröd", "15810000-9"));
        Api.given().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"priceModel\":\"Per stol\"}").patch(OFFERINGS + "/" + first).then().statusCode(200);
        String since = Api.given().get(OFFERINGS + "/" + second).then().extract().jsonPath().getString("updatedAt");
        // without words: modification order, not title order (Möbelrenovering would come first)
        Api.anonymous().queryParam("modifiedSince", since).get(OFFERINGS).then().statusCode(200)
                .body("items.id", contains((int) second, (int) first));
        Api.anonymous().get(OFFERINGS).then().body("items.id", contains((int) first, (int) second));
    }

    @Test
    void aBadInstantIsA400NamingTheParameter() {
        for (String bad : new String[] {"2026-01-31", "2026-01-31T12:00:00", "yesterday", "2026-02-30T00:00:00Z"}) {
            Api.invalid().queryParam("modifiedSince", bad).get(COMPANIES).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", contains("modifiedSince"));
            Api.invalid().queryParam("modifiedSince", bad).get(OFFERINGS).then().statusCode(400)
                    .body("errors.field", contains("modifiedSince"));
        }
        // a bare '+' in a query string is a space: refused with the hint to send %2B, which RestAssured sends
        Api.invalid().urlEncodingEnabled(false).queryParam("modifiedSince", "2026-01-31T12:00:00+01:00")
                .get(COMPANIES).then().statusCode(400).body("errors.field", contains("modifiedSince"));
        Api.given().queryParam("modifiedSince", "2000-01-31T12:00:00+01:00")
                .get(COMPANIES).then().statusCode(200).body("totalItems", equalTo(3));
        Api.invalid().queryParam("includeStale", "yes").get(OFFERINGS).then().statusCode(400)
                .body("errors.field", contains("includeStale"));
    }
}
