package se.asfregister.company;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * A sole trader's organisationsnummer is the owner's personal identity number: accepted (also
 * in the twelve-digit forms, stored with ten digits), shown to whoever may see the company's
 * personal data, and hidden from everyone else in JSON and in CSV.
 */
@QuarkusTest
public class SoleTraderNumberTest {

    /** Personal identity numbers (third digit 0 or 1), valid check digits. */
    static final String SOLE_TRADER = "800101-1231";
    static final String SOLE_TRADER_12 = "19800101-1231";
    /** A legal entity's number (third digit 2 or more). */
    static final String LEGAL_ENTITY = "556036-0793";

    @Inject
    DataSource ds;

    @BeforeEach
    void clean() {
        TestDb.clear(ds);
    }

    private static long create(String number, String name) {
        Map<String, Object> body = Fixtures.company(0, name, "2080");
        body.put("organisationNumber", number);
        return Fixtures.createCompany(body);
    }

    @Test
    void twelveDigitFormsAreStoredWithTenDigits() {
        long soleTrader = create(SOLE_TRADER_12, "Annas Sömnad");
        long legal = create("16" + LEGAL_ENTITY.replace("-", ""), "Hyttans Café");
        Api.given().get("/api/v1/companies/" + soleTrader).then().statusCode(200)
                .body("organisationNumber", equalTo(SOLE_TRADER));
        Api.given().get("/api/v1/companies/" + legal).then().statusCode(200)
                .body("organisationNumber", equalTo(LEGAL_ENTITY));
        // the same number in another form is the same company
        Map<String, Object> again = Fixtures.company(0, "Annas Sömnad igen", "2080");
        again.put("organisationNumber", "198001011231");
        Api.invalid().contentType(ContentType.JSON).body(again).post("/api/v1/companies").then().statusCode(409);
    }

    @Test
    void aTwelveDigitNumberThatContradictsItselfIsRefusedWithAClearMessage() {
        var before = TestDb.snapshot(ds);
        // 16 marks a legal entity, but the rest is a personal identity number
        expect400("16" + SOLE_TRADER.replace("-", ""), "has the prefix 16 of a legal entity");
        // a century belongs to personal identity numbers only
        expect400("20" + LEGAL_ENTITY, "has a century (20), which only a personal identity number has");
        expect400("12" + LEGAL_ENTITY.replace("-", ""), "starts with neither 16");
        // Excel drops the leading zero of a number born 2000-2009
        expect400("501011234", "may have dropped a leading zero");
        assertEquals(before, TestDb.snapshot(ds));
    }

    private static void expect400(String number, String message) {
        Map<String, Object> body = Fixtures.company(0, "Fel", "2080");
        body.put("organisationNumber", number);
        Api.invalid().contentType(ContentType.JSON).body(body).post("/api/v1/companies").then().statusCode(400)
                .body("errors[0].field", equalTo("organisationNumber"))
                .body("errors[0].message", containsString(message));
    }

    @Test
    void aSoleTradersNumberIsHiddenFromAnonymousCallersInJsonAndCsv() {
        long soleTrader = create(SOLE_TRADER, "Annas Sömnad");
        long legal = create(LEGAL_ENTITY, "Hyttans Café");

        Api.anonymous().get("/api/v1/companies/" + soleTrader).then().statusCode(200)
                .body("name", equalTo("Annas Sömnad"))
                .body("organisationNumber", nullValue());
        Api.anonymous().get("/api/v1/companies/" + legal).then().statusCode(200)
                .body("organisationNumber", equalTo(LEGAL_ENTITY));
        Api.anonymous().queryParam("sort", "name,asc").get("/api/v1/companies").then().statusCode(200)
                .body("items.name", equalTo(List.of("Annas Sömnad", "Hyttans Café")))
                .body("items.organisationNumber", equalTo(java.util.Arrays.asList(null, LEGAL_ENTITY)));
        String csv = Api.anonymous().accept("text/csv").queryParam("sort", "name,asc").get("/api/v1/companies")
                .then().statusCode(200).body(not(containsString("800101"))).extract().asString();
        String firstRow = csv.split("\r\n")[1];
        assertTrue(firstRow.startsWith(soleTrader + ",,Annas Sömnad,"), firstRow);

        // whoever may see the company's personal data sees the number
        Api.given().get("/api/v1/companies/" + soleTrader).then().statusCode(200)
                .body("organisationNumber", equalTo(SOLE_TRADER));
        Api.as(Api.ANALYST, Api.ANALYST_PASSWORD).accept("text/csv").get("/api/v1/companies").then()
                .statusCode(200).body(containsString(SOLE_TRADER));
    }

    @Test
    void anImportReadsTheTwelveDigitForms() {
        long soleTrader = create(SOLE_TRADER, "Annas Sömnad");
        String header = "organisationNumber,period,employeesWomen,employeesMen,employeesOther,wageSubsidyWomen,"
                + "wageSubsidyMen,wageSubsidyOther,workTrainingWomen,workTrainingMen,workTrainingOther,"
                + "rehabilitationWomen,rehabilitationMen,rehabilitationOther,internshipsWomen,internshipsMen,"
                + "internshipsOther,transitionsToWork,transitionsToEducation,revenueSek";
        Api.given().contentType("text/csv")
                .body(header + "\r\n" + SOLE_TRADER_12 + ",2025-Q1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,100\r\n")
                .post("/api/v1/employment-reports/import").then().statusCode(200).body("created", equalTo(1));
        Api.given().get("/api/v1/companies/" + soleTrader + "/employment-reports/2025-Q1").then().statusCode(200);
    }
}
