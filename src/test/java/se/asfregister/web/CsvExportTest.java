package se.asfregister.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.asfregister.support.Api;
import se.asfregister.support.Fixtures;
import se.asfregister.support.TestDb;

/**
 * CSV injection: in every export, a text cell that a spreadsheet would run as a formula
 * comes out with a leading apostrophe (the cells are read back with a CSV parser).
 */
@QuarkusTest
public class CsvExportTest {

    @Inject
    DataSource ds;

    long company;

    @BeforeEach
    void fixtures() {
        TestDb.clear(ds);
        Map<String, Object> body = Fixtures.company(1, "=HYPERLINK(\"https://example.org\",\"Klicka\")", "2080");
        body.put("address", "-2+3");
        body.put("industries", List.of("@SUM(A1)", "café"));
        company = Fixtures.createCompany(body);
    }

    private static List<CSVRecord> csv(String path, Map<String, ?> params) throws IOException {
        String text = Api.given().accept("text/csv").queryParams(params).get(path).then().statusCode(200)
                .extract().asString();
        return CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(text)).getRecords();
    }

    @Test
    void companyExport() throws IOException {
        CSVRecord row = csv("/api/v1/companies", Map.of()).get(0);
        assertEquals("'=HYPERLINK(\"https://example.org\",\"Klicka\")", row.get("name"));
        assertEquals("'-2+3", row.get("address"));
        assertEquals("'@SUM(A1);café", row.get("industries"));
        assertEquals(Long.toString(company), row.get("id"));
    }

    @Test
    void collaborationPolicyActivityAndGoalExports() throws IOException {
        Map<String, Object> collaboration = new HashMap<>(Map.of("title", "+Kontorsstädning", "partnerName",
                "@Falu Energi", "partnerType", "PRIVATE_COMPANY", "kind", "PROCUREMENT", "municipalityCode", "2080",
                "companyIds", List.of(company), "startDate", "2025-01-01", "status", "ACTIVE"));
        collaboration.put("description", "\tTab först");
        post("/api/v1/csr-collaborations", collaboration);
        CSVRecord c = csv("/api/v1/csr-collaborations", Map.of()).get(0);
        assertEquals("'+Kontorsstädning", c.get("title"));
        assertEquals("'@Falu Energi", c.get("partnerName"));
        assertEquals("'\tTab först", c.get("description"));

        post("/api/v1/municipal-policies", Map.of("municipalityCode", "2080", "title", "-Handlingsplan", "kind",
                "ACTION_PLAN", "status", "DRAFT", "summary", "=1+1"));
        CSVRecord p = csv("/api/v1/municipal-policies", Map.of()).get(0);
        assertEquals("'-Handlingsplan", p.get("title"));
        assertEquals("'=1+1", p.get("summary"));

        post("/api/v1/activities", Map.of("kind", "TRAINING", "title", "=Utbildning", "date", "2025-03-12",
                "municipalityCode", "2080", "topics", List.of("-CSR"), "companyIds", List.of(company),
                "participants", Map.of("women", 4, "men", 3, "other", 0)));
        CSVRecord a = csv("/api/v1/activities", Map.of()).get(0);
        assertEquals("'=Utbildning", a.get("title"));
        assertEquals("'-CSR", a.get("topics"));

        long goal = post("/api/v1/goals", Map.of("countyCode", "03", "indicator", "EMPLOYEES", "targetYear", 2030,
                "targetType", "AT_LEAST", "targetValue", 10, "description", "@Mål"));
        CSVRecord g = csv("/api/v1/goals", Map.of("county", "03")).get(0);
        assertEquals("'@Mål", g.get("description"));
        assertEquals("10", g.get("targetValue"));
        // goals are seed data that TestDb.clear keeps: leave none behind
        Api.given().header("If-Match", "\"0\"").delete("/api/v1/goals/" + goal).then().statusCode(204);
    }

    private static long post(String path, Map<String, ?> body) {
        return Api.given().contentType(ContentType.JSON).body(body).post(path).then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }
}
