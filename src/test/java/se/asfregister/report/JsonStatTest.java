package se.asfregister.report;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.asfregister.support.Api;
import se.asfregister.support.TestDb;

/**
 * JSON-stat 2.0 answers ({@code format=json-stat}): valid against the published JSON-stat 2.0
 * dataset schema (a copy in src/test/resources/jsonstat, see its README), and cell for cell the
 * figures and statuses of the JSON report, for the public and for analysts; labels in Swedish or
 * English after Accept-Language. On Gävleborg's register of {@link PublicFixtures}.
 */
@QuarkusTest
public class JsonStatTest {

    private static final JsonSchema DATASET_SCHEMA = schema();

    @Inject
    DataSource ds;

    @BeforeEach
    void setUp() throws SQLException {
        TestDb.clear(ds);
        ReportFixtures.deleteExtraGoals(ds);
        PublicFixtures.insertGavleborg(ds);
    }

    @AfterEach
    void tearDown() {
        ReportFixtures.deleteExtraGoals(ds);
        TestDb.clear(ds);
    }

    private static JsonSchema schema() {
        try (InputStream in = JsonStatTest.class.getResourceAsStream("/jsonstat/dataset.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonPath valid(String body) throws Exception {
        JsonNode node = new ObjectMapper().readTree(body);
        Set<ValidationMessage> errors = DATASET_SCHEMA.validate(node);
        assertEquals(Set.of(), errors, body);
        return JsonPath.from(body);
    }

    @Test
    void annualReportsAreValidDatasetsWithTheFiguresOfTheJsonReport() throws Exception {
        List<Supplier<RequestSpecification>> callers = List.of(Api::anonymous,
                () -> Api.as(Api.ANALYST, Api.ANALYST_PASSWORD));
        for (Supplier<RequestSpecification> caller : callers) {
            for (String county : new String[] {"21", null}) {
                assertSameFigures(caller, county);
            }
        }
    }

    private static RequestSpecification annual(Supplier<RequestSpecification> caller, String county) {
        RequestSpecification spec = caller.get().queryParam("year", 2018);
        return county == null ? spec : spec.queryParam("county", county);
    }

    private static void assertSameFigures(Supplier<RequestSpecification> caller, String county) throws Exception {
        JsonPath report = annual(caller, county).get("/api/v1/reports/annual").then().statusCode(200).extract()
                .jsonPath();
        String body = annual(caller, county).queryParam("format", "json-stat").get("/api/v1/reports/annual").then()
                .statusCode(200).extract().asString();
        JsonPath d = valid(body);
        assertEquals(List.of("area", "year", "figure", "gender"), d.getList("id"));
        List<Map<String, Object>> rows = new ArrayList<>(report.getList("rows"));
        rows.add(report.getMap("total"));
        List<String> figures = d.getList("dimension.figure.category.index");
        List<String> genders = d.getList("dimension.gender.category.index");
        assertEquals(List.of(rows.size(), 1, figures.size(), 4), d.getList("size"));
        assertEquals(report.getBoolean("exact"), d.getBoolean("extension.exact"));
        List<Object> values = d.getList("value");
        Map<String, String> status = d.getMap("status");
        int i = 0;
        for (Map<String, Object> row : rows) {
            for (String figure : figures) {
                for (String gender : genders) {
                    boolean gendered = row.get(figure) instanceof Map;
                    String name = gendered ? figure + "." + gender : figure;
                    Object expected = gendered || gender.equals("total") ? Published.value(row, name) : null;
                    String why = !gendered && !gender.equals("total") ? "not-applicable"
                            : (String) ((Map<?, ?>) row.get("cellStatus")).get(name);
                    assertEquals(expected, values.get(i), row.get("name") + " " + name);
                    assertEquals(why, status.get(Integer.toString(i)), row.get("name") + " " + name);
                    i++;
                }
            }
        }
        assertEquals(values.size(), i);
    }

    @Test
    void progressIsAValidDatasetWithTheValuesOfTheJsonProgress() throws Exception {
        JsonPath progress = Api.anonymous().queryParam("county", "21").queryParam("year", 2018)
                .get("/api/v1/progress").then().statusCode(200).extract().jsonPath();
        JsonPath d = valid(Api.anonymous().queryParam("county", "21").queryParam("year", 2018)
                .queryParam("format", "json-stat").get("/api/v1/progress").then().statusCode(200).extract().asString());
        assertEquals(List.of("area", "year", "goal", "figure"), d.getList("id"));
        assertEquals(List.of("1000"), d.getList("dimension.goal.category.index"));
        List<String> measures = d.getList("dimension.figure.category.index");
        for (int m = 0; m < measures.size(); m++) {
            Object expected = progress.get("progress[0]." + measures.get(m));
            Object actual = d.getList("value").get(m);
            assertEquals(expected == null ? null : new BigDecimal(expected.toString()),
                    actual == null ? null : new BigDecimal(actual.toString()), measures.get(m));
        }
        assertEquals("ON_TRACK", d.getString("extension.status.'1000'"));
    }

    @Test
    void labelsAreSwedishOrEnglishAfterAcceptLanguage() {
        Api.anonymous().header("Accept-Language", "sv-SE,sv;q=0.9,en;q=0.5").queryParam("county", "21")
                .queryParam("year", 2018).queryParam("format", "json-stat").get("/api/v1/reports/annual").then()
                .statusCode(200).header("Content-Language", "sv")
                .body("dimension.gender.label", equalTo("Kön"))
                .body("dimension.figure.category.label.employees", equalTo("Anställda"))
                .body("dimension.area.category.label.'21'", equalTo("Gävleborgs län"));
        Api.anonymous().header("Accept-Language", "en").queryParam("year", 2018).queryParam("format", "json-stat")
                .get("/api/v1/reports/annual").then().statusCode(200).header("Content-Language", "en")
                .body("dimension.gender.category.label.women", equalTo("Women"))
                .body("dimension.area.category.label.SE", equalTo("Sweden"));
    }

    @Test
    void anUnknownFormatIsABadRequestNamingIt() {
        var before = TestDb.snapshot(ds);
        Api.invalid().queryParam("year", 2018).queryParam("format", "px").get("/api/v1/reports/annual").then()
                .statusCode(400).body("errors.field", contains("format"))
                .body("errors.message", contains("must be one of json, json-stat"));
        Api.invalid().header("Accept-Language", "sv").queryParam("year", 2018).queryParam("format", "px")
                .get("/api/v1/reports/annual").then().statusCode(400)
                .body("errors.message", contains("måste vara ett av json, json-stat"));
        Api.invalid().queryParam("county", "21").queryParam("year", 2018).queryParam("format", "JSON-STAT")
                .get("/api/v1/progress").then().statusCode(400).body("errors.field", contains("format"));
        assertEquals(before, TestDb.snapshot(ds));
    }
}
