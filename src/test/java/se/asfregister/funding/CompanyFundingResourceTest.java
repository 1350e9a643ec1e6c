package se.asfregister.funding;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.asfregister.support.Api;
import se.asfregister.support.Fixtures;
import se.asfregister.support.TestDb;

/** A company's applications, support (with the de minimis ceiling) and social media accounts over HTTP. */
@QuarkusTest
public class CompanyFundingResourceTest {

    static final String APPLICATIONS = "/api/v1/funding-applications";
    static final String SUPPORT = "/api/v1/company-support";
    static final String ACCOUNTS = "/api/v1/social-media-accounts";
    private static final String REPORTER = "funding-reporter";
    private static final String REPORTER_PASSWORD = "Ludvika-Reporter-2026!";

    @Inject
    DataSource ds;

    long borlange;
    long falun;

    @BeforeEach
    void clean() {
        TestDb.clear(ds);
        borlange = Fixtures.createCompany(1, "Städ & Service i Borlänge", "2081");
        falun = Fixtures.createCompany(2, "Falu Café", "2080");
    }

    static Map<String, Object> application(long companyId, long amountSek, String appliedOn) {
        Map<String, Object> b = new HashMap<>();
        b.put("companyId", companyId);
        b.put("source", "Almi Företagspartner Dalarna");
        b.put("programme", "Verifieringsmedel");
        b.put("amountSek", amountSek);
        b.put("appliedOn", appliedOn);
        b.put("status", "APPLIED");
        return b;
    }

    static Map<String, Object> deMinimis(long companyId, long amountSek, String sekPerEur, String grantedOn) {
        Map<String, Object> b = new HashMap<>();
        b.put("companyId", companyId);
        b.put("kind", "GRANT");
        b.put("source", "Region Dalarna");
        b.put("amountSek", amountSek);
        b.put("grantedOn", grantedOn);
        b.put("deMinimis", true);
        b.put("sekPerEur", sekPerEur == null ? null : new BigDecimal(sekPerEur));
        return b;
    }

    static Map<String, Object> account(long companyId, String startedOn, String endedOn) {
        Map<String, Object> b = new HashMap<>();
        b.put("companyId", companyId);
        b.put("platform", "INSTAGRAM");
        b.put("handle", "@stadochservice");
        b.put("url", "https://www.instagram.com/stadochservice");
        b.put("startedOn", startedOn);
        b.put("endedOn", endedOn);
        return b;
    }

    /** Creates one and checks that the answer names it in {@code Location}. */
    static long create(RequestSpecification as, String path, Map<String, Object> body) {
        var created = as.contentType(ContentType.JSON).body(body).post(path).then().statusCode(201).extract();
        long id = created.jsonPath().getLong("id");
        assertEquals(path + "/" + id, URI.create(created.header("Location")).getPath());
        return id;
    }

    @Test
    void applicationsAreKeptWithIfMatchAndAreNotPublic() {
        var created = Api.given().contentType(ContentType.JSON).body(application(borlange, 150_000, "2025-03-14"))
                .post(APPLICATIONS).then().statusCode(201).header("ETag", equalTo("\"0\""))
                .body("source", equalTo("Almi Företagspartner Dalarna")).body("status", equalTo("APPLIED")).extract();
        long id = created.jsonPath().getLong("id");
        assertTrue(created.header("Location").endsWith(APPLICATIONS + "/" + id));

        Api.anonymous().get(APPLICATIONS + "/" + id).then().statusCode(401);
        Api.anonymous().get("/api/v1/companies/" + borlange + "/funding-applications").then().statusCode(401);
        Api.as(Api.ANALYST, Api.ANALYST_PASSWORD).get(APPLICATIONS + "/" + id).then().statusCode(200)
                .body("amountSek", equalTo(150_000));
        Fixtures.createUser(REPORTER, REPORTER_PASSWORD, List.of("REPORTER"), List.of(falun));
        Api.as(REPORTER, REPORTER_PASSWORD).get(APPLICATIONS + "/" + id).then().statusCode(403);
        Api.as(REPORTER, REPORTER_PASSWORD).get("/api/v1/companies/" + borlange + "/funding-applications").then()
                .statusCode(403);

        Map<String, Object> granted = application(borlange, 120_000, "2025-03-14");
        granted.put("status", "GRANTED");
        Api.given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(granted).put(APPLICATIONS + "/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("status", equalTo("GRANTED"));
        Api.given().contentType("application/merge-patch+json").header("If-Match", "\"1\"")
                .body("{\"programme\":null}").patch(APPLICATIONS + "/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"2\"")).body("programme", equalTo(null)).body("amountSek", equalTo(120_000));
        Api.given().get("/api/v1/companies/" + borlange + "/funding-applications?sort=appliedOn,desc").then()
                .statusCode(200).body("totalItems", equalTo(1)).body("items.id", contains((int) id));
        Api.given().header("If-Match", "\"1\"").delete(APPLICATIONS + "/" + id).then().statusCode(412);
        Api.given().header("If-Match", "\"2\"").delete(APPLICATIONS + "/" + id).then().statusCode(204);
        assertEquals(0, TestDb.count(ds, "funding_application"));
    }

    @Test
    void reportersWriteOnlyTheirOwnCompaniesRows() {
        Fixtures.createUser(REPORTER, REPORTER_PASSWORD, List.of("REPORTER"), List.of(borlange));
        var reporter = Api.as(REPORTER, REPORTER_PASSWORD);
        create(reporter, APPLICATIONS, application(borlange, 50_000, "2025-02-01"));
        create(Api.as(REPORTER, REPORTER_PASSWORD), SUPPORT, deMinimis(borlange, 230_000, "11.5", "2025-05-20"));
        create(Api.as(REPORTER, REPORTER_PASSWORD), ACCOUNTS, account(borlange, "2018-04-01", null));
        long others = create(Api.given(), APPLICATIONS, application(falun, 10_000, "2025-02-01"));
        var before = TestDb.snapshot(ds);
        Api.as(REPORTER, REPORTER_PASSWORD).contentType(ContentType.JSON).body(application(falun, 1, "2025-02-01"))
                .post(APPLICATIONS).then().statusCode(403);
        Api.as(REPORTER, REPORTER_PASSWORD).contentType(ContentType.JSON)
                .body(deMinimis(falun, 1, "11.5", "2025-02-01")).post(SUPPORT).then().statusCode(403);
        Api.as(REPORTER, REPORTER_PASSWORD).contentType(ContentType.JSON).body(account(falun, "2020-01-01", null))
                .post(ACCOUNTS).then().statusCode(403);
        // moving the other company's application to its own company is no way in either
        Api.as(REPORTER, REPORTER_PASSWORD).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(application(borlange, 10_000, "2025-02-01")).put(APPLICATIONS + "/" + others).then()
                .statusCode(403);
        Api.as(REPORTER, REPORTER_PASSWORD).header("If-Match", "\"0\"").delete(APPLICATIONS + "/" + others).then()
                .statusCode(403);
        assertEquals(before, TestDb.snapshot(ds));
    }

    @Test
    void supportShowsItsEuroAmountAndIsNotPublic() {
        // 230,000 SEK at 11.5 SEK/EUR = EUR 20,000.00
        long id = create(Api.given(), SUPPORT, deMinimis(borlange, 230_000, "11.5", "2025-05-20"));
        Api.given().get(SUPPORT + "/" + id).then().statusCode(200).body("amountEur", equalTo(20000.00f))
                .body("sekPerEur", equalTo(11.5f)).body("deMinimis", equalTo(true));
        Api.anonymous().get(SUPPORT + "/" + id).then().statusCode(401);
        Api.anonymous().get("/api/v1/companies/" + borlange + "/support").then().statusCode(401);
        Api.as(Api.ANALYST, Api.ANALYST_PASSWORD).get("/api/v1/companies/" + borlange + "/support").then()
                .statusCode(200).body("items.amountSek", contains(230_000));
    }

    @Test
    void badRowsAre400AndChangeNothing() {
        var before = TestDb.snapshot(ds);
        rejected(SUPPORT, deMinimis(borlange, 100_000, null, "2025-05-20"), "sekPerEur", "SEK for one EUR");
        rejected(SUPPORT, deMinimis(borlange, 100_000, "0", "2025-05-20"), "sekPerEur", "");
        rejected(SUPPORT, deMinimis(borlange, -1, "11.5", "2025-05-20"), "amountSek", "");
        rejected(APPLICATIONS, application(999_999, 1, "2025-01-01"), "companyId", "no company has id 999999");
        rejected(ACCOUNTS, account(borlange, "2025-01-02", "2025-01-01"), "endedOn", "before startedOn");
        assertEquals(before, TestDb.snapshot(ds));
    }

    private static void rejected(String path, Map<String, Object> body, String field, String message) {
        Api.invalid().contentType(ContentType.JSON).body(body).post(path).then().statusCode(400)
                .contentType(containsString("application/problem+json")).body("errors.field", contains(field))
                .body("errors[0].message", containsString(message));
    }

    @Test
    void deMinimisAidMayReachTheCeilingExactlyButNotPassIt() {
        // EUR 100,000.00 on 2023-06-01 (1,000,000 SEK at 10)
        create(Api.given(), SUPPORT, deMinimis(borlange, 1_000_000, "10", "2023-06-01"));
        var before = TestDb.snapshot(ds);
        // 2,000,001 SEK at 10 = EUR 200,000.10: EUR 300,000.10 in 2022-06-02 - 2025-06-01
        Api.invalid().contentType(ContentType.JSON).body(deMinimis(borlange, 2_000_001, "10", "2025-06-01"))
                .post(SUPPORT).then().statusCode(409).contentType(containsString("application/problem+json"))
                .body("detail", containsString("EUR 300000.10 in the three years 2022-06-02 – 2025-06-01"))
                .body("detail", containsString("at most EUR 200000.00 of this grant would fit"));
        assertEquals(before, TestDb.snapshot(ds));
        // 2,000,000 SEK at 10 = EUR 200,000.00: exactly the ceiling
        long second = create(Api.given(), SUPPORT, deMinimis(borlange, 2_000_000, "10", "2025-06-01"));
        // support that is not de minimis aid does not count
        Map<String, Object> loan = deMinimis(borlange, 5_000_000, null, "2025-06-01");
        loan.put("deMinimis", false);
        loan.put("kind", "LOAN");
        create(Api.given(), SUPPORT, loan);
        // replacing a grant by itself is no new aid
        Api.given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(deMinimis(borlange, 2_000_000, "10", "2025-06-01")).put(SUPPORT + "/" + second).then()
                .statusCode(200);
        room(borlange, "2025-06-01").body("usedEur", equalTo(300000.00f)).body("remainingEur", equalTo(0.0f))
                .body("windowFrom", equalTo("2022-06-02")).body("grants.amountSek", contains(1_000_000, 2_000_000));
    }

    @Test
    void aidGrantedExactlyThreeYearsEarlierNoLongerCounts() {
        // EUR 100,000 on 2023-06-01 and EUR 200,000 on 2025-06-01: the ceiling until 2026-06-01
        create(Api.given(), SUPPORT, deMinimis(borlange, 1_000_000, "10", "2023-06-01"));
        create(Api.given(), SUPPORT, deMinimis(borlange, 2_000_000, "10", "2025-06-01"));
        // on 2026-05-31 the window 2023-06-01 - 2026-05-31 still holds both: EUR 1 too many
        Api.invalid().contentType(ContentType.JSON).body(deMinimis(borlange, 10, "10", "2026-05-31")).post(SUPPORT)
                .then().statusCode(409).body("detail", containsString("2023-06-01 – 2026-05-31"));
        // on 2026-06-01 (window 2023-06-02 - 2026-06-01) the first is out: EUR 100,000 of room
        room(borlange, "2026-06-01").body("usedEur", equalTo(200000.00f)).body("remainingEur", equalTo(100000.00f));
        // 1,150,000 SEK at 11.5 = EUR 100,000.00 fits exactly; one SEK more would not
        Api.invalid().contentType(ContentType.JSON).body(deMinimis(borlange, 1_150_001, "11.5", "2026-06-01"))
                .post(SUPPORT).then().statusCode(409).body("detail", containsString("EUR 300000.09"));
        create(Api.given(), SUPPORT, deMinimis(borlange, 1_150_000, "11.5", "2026-06-01"));
    }

    @Test
    void theRoomIsForAdminsAndTheCompanysOwnReportersOnly() {
        Fixtures.createUser(REPORTER, REPORTER_PASSWORD, List.of("REPORTER"), List.of(borlange));
        String path = "/api/v1/companies/" + borlange + "/de-minimis";
        Api.anonymous().get(path).then().statusCode(401);
        Api.as(Api.ANALYST, Api.ANALYST_PASSWORD).get(path).then().statusCode(403);
        Api.as(REPORTER, REPORTER_PASSWORD).get("/api/v1/companies/" + falun + "/de-minimis").then().statusCode(403);
        Api.as(REPORTER, REPORTER_PASSWORD).get(path + "?date=2026-01-01").then().statusCode(200)
                .body("ceilingEur", equalTo(300000.00f)).body("usedEur", equalTo(0.0f))
                .body("windowFrom", equalTo("2023-01-02")).body("windowTo", equalTo("2026-01-01"));
        Api.invalid().get(path + "?date=2026-13-01").then().statusCode(400);
        Api.given().get("/api/v1/companies/999999/de-minimis").then().statusCode(404);
    }

    @Test
    void socialMediaAccountsArePublicAndKeepTheCompany() {
        long id = create(Api.given(), ACCOUNTS, account(borlange, "2018-04-01", null));
        Api.anonymous().get(ACCOUNTS + "/" + id).then().statusCode(200).body("handle", equalTo("@stadochservice"))
                .body("endedOn", equalTo(null));
        Api.anonymous().get("/api/v1/companies/" + borlange + "/social-media-accounts").then().statusCode(200)
                .body("items.platform", contains("INSTAGRAM"));
        Api.anonymous().contentType(ContentType.JSON).body(account(borlange, "2019-01-01", null)).post(ACCOUNTS)
                .then().statusCode(401);
        Api.given().get("/api/v1/companies/" + borlange).then().statusCode(200);
        Api.given().header("If-Match", "\"0\"").delete("/api/v1/companies/" + borlange).then().statusCode(409)
                .body("detail", containsString("1 social media account(s)"));
    }

    private static ValidatableResponse room(long companyId, String date) {
        return Api.given().get("/api/v1/companies/" + companyId + "/de-minimis?date=" + date).then().statusCode(200);
    }
}
