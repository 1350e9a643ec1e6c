package se.asfregister.activity;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.asfregister.support.Api;
import se.asfregister.support.Fixtures;
import se.asfregister.support.TestDb;

@QuarkusTest
public class ActivityResourceTest {

    private static final String BASE = "/api/v1/activities";

    @Inject
    DataSource ds;

    long falun;
    long mora;

    @BeforeEach
    void clean() {
        TestDb.clear(ds);
        falun = Fixtures.createCompany(1, "Gruvans Återbruk", "2080");
        mora = Fixtures.createCompany(2, "Siljans Café", "2062");
    }

    private Map<String, Object> body(String title, String date) {
        Map<String, Object> b = new HashMap<>();
        b.put("kind", "NETWORK_MEETING");
        b.put("title", title);
        b.put("date", date);
        b.put("municipalityCode", "2080");
        b.put("topics", List.of("CSR", "upphandling"));
        b.put("companyIds", List.of(falun));
        b.put("participants", Map.of("women", 9, "men", 6, "other", 1));
        b.put("description", "Nätverksträff för ASF i Dalarna");
        return b;
    }

    private long create(Map<String, Object> b) {
        return Api.given().contentType(ContentType.JSON).body(b).post(BASE).then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }

    @Test
    void createReadReplacePatchDelete() {
        var created = Api.given().contentType(ContentType.JSON).body(body("Nätverksträff", "2025-03-12")).post(BASE)
                .then().statusCode(201).header("ETag", equalTo("\"0\""))
                .body("participants.total", equalTo(16)).body("date", equalTo("2025-03-12"))
                .body("topics", contains("CSR", "upphandling")).body("companyIds", contains((int) falun)).extract();
        long id = created.jsonPath().getLong("id");
        assertTrue(created.header("Location").endsWith(BASE + "/" + id));
        assertEquals(2, TestDb.count(ds, "activity_topic"));

        Api.given().get(BASE + "/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("participants.women", equalTo(9)).body("participants.men", equalTo(6))
                .body("participants.other", equalTo(1)).body("kind", equalTo("NETWORK_MEETING"));

        Map<String, Object> changed = body("Utbildning i sociala medier", "2025-04-01");
        changed.put("kind", "TRAINING");
        changed.put("topics", List.of("social media"));
        changed.put("companyIds", List.of(falun, mora));
        changed.remove("participants");
        Api.given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed).put(BASE + "/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("topics", contains("social media"))
                .body("companyIds", contains((int) falun, (int) mora)).body("participants.total", equalTo(0));
        assertEquals(1, TestDb.count(ds, "activity_topic"));
        assertEquals(2, TestDb.count(ds, "activity_company"));

        // merge patch inside the participants object: the other counts stay
        Api.given().contentType("application/merge-patch+json").header("If-Match", "\"1\"")
                .body("{\"participants\":{\"women\":12,\"men\":3},\"description\":null}").patch(BASE + "/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"2\"")).body("participants.women", equalTo(12))
                .body("participants.men", equalTo(3)).body("participants.other", equalTo(0))
                .body("participants.total", equalTo(15)).body("title", equalTo("Utbildning i sociala medier"));

        Api.given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(changed).put(BASE + "/" + id)
                .then().statusCode(412);
        Api.given().header("If-Match", "\"1\"").delete(BASE + "/" + id).then().statusCode(412);
        Api.given().header("If-Match", "\"2\"").delete(BASE + "/" + id).then().statusCode(204);
        Api.given().get(BASE + "/" + id).then().statusCode(404);
        assertEquals(0, TestDb.count(ds, "activity"));
        assertEquals(0, TestDb.count(ds, "activity_topic"));
        assertEquals(0, TestDb.count(ds, "activity_company"));
    }

    @Test
    void pagingSortingAndCsv() {
        create(body("B-träff", "2025-02-01"));
        create(body("A-träff", "2025-03-01"));
        create(body("C-träff", "2025-01-01"));

        Api.given().queryParam("sort", "title").queryParam("size", "2").get(BASE).then().statusCode(200)
                .body("items.title", contains("A-träff", "B-träff")).body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2));
        Api.given().queryParam("sort", "date,desc").get(BASE).then()
                .body("items.title", contains("A-träff", "B-träff", "C-träff"));
        Api.invalid().queryParam("sort", "heldOn").get(BASE).then().statusCode(400)
                .body("errors.field", contains("sort"));

        String csv = Api.given().accept("text/csv").queryParam("sort", "date").get(BASE).then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals(4, lines.length, csv);
        assertEquals("id,kind,title,date,municipalityCode,topics,companyIds,participantsWomen,participantsMen,"
                + "participantsOther,participantsTotal,description,projectId,version,createdAt,updatedAt,status", lines[0]);
        // a cell holding ';' is quoted, so that Swedish Excel (which splits on ';') keeps it whole
        assertTrue(lines[1].contains(",NETWORK_MEETING,C-träff,2025-01-01,2080,\"CSR;upphandling\"," + falun
                + ",9,6,1,16,"), lines[1]);
        assertTrue(lines[1].endsWith("Z,"), "nothing hidden from an admin: empty status: " + lines[1]);
    }

    /**
     * One activity's participants rest on that activity alone (few companies: one contributor),
     * and 1 or 2 persons are a small count: callers who do not see exact figures get every count
     * null with its reason, in JSON and CSV, in the list, the single resource and a company's list.
     * Summing the list can then recover nothing the annual report hides.
     */
    @Test
    void participantsOfOneActivityAreHiddenFromThePublic() {
        Map<String, Object> b = body("Träff", "2025-03-01");
        b.put("participants", Map.of("women", 9, "men", 2, "other", 0));
        long id = create(b);
        Map<String, String> expected = Map.of("participants.women", "few-companies", "participants.men", "small-count",
                "participants.other", "few-companies", "participants.total", "few-companies");
        for (var spec : List.of(Api.anonymous(), Api.as(Api.REPORTER, Api.REPORTER_PASSWORD))) {
            spec.get(BASE + "/" + id).then().statusCode(200).body("participants.women", nullValue())
                    .body("participants.men", nullValue()).body("participants.other", nullValue())
                    .body("participants.total", nullValue()).body("cellStatus", equalTo(expected));
        }
        Api.anonymous().get(BASE).then().statusCode(200).body("items[0].participants.total", nullValue())
                .body("items[0].cellStatus", equalTo(expected));
        Api.anonymous().get("/api/v1/companies/" + falun + "/activities").then().statusCode(200)
                .body("items[0].participants.women", nullValue()).body("items[0].cellStatus", equalTo(expected));
        String csv = Api.anonymous().accept("text/csv").get(BASE).then().statusCode(200).extract().asString();
        assertTrue(csv.split("\r\n")[1].contains(",..,..,..,..,") && csv.endsWith(",\"participantsWomen:few-companies;"
                + "participantsMen:small-count;participantsOther:few-companies;participantsTotal:few-companies\"\r\n"), csv);
        Api.as(Api.ANALYST, Api.ANALYST_PASSWORD).get(BASE + "/" + id).then().statusCode(200)
                .body("participants.men", equalTo(2)).body("participants.total", equalTo(11))
                .body("cellStatus", equalTo(Map.of()));
    }

    @Test
    void filters() {
        long a = create(body("Falun", "2025-01-01"));
        Map<String, Object> inMora = body("Mora", "2025-06-30");
        inMora.put("municipalityCode", "2062");
        inMora.put("companyIds", List.of(mora));
        inMora.put("kind", "SEMINAR");
        inMora.put("topics", List.of("Finansiering"));
        long m = create(inMora);
        Map<String, Object> inGavle = body("Gävle", "2025-12-31");
        inGavle.put("municipalityCode", "2180");
        inGavle.put("companyIds", List.of());
        long g = create(inGavle);

        Api.given().queryParam("municipality", "2062").get(BASE).then().body("items.id", contains((int) m));
        Api.given().queryParam("county", "20").queryParam("sort", "id").get(BASE).then()
                .body("items.id", contains((int) a, (int) m));
        Api.given().queryParam("kind", "SEMINAR").get(BASE).then().body("items.id", contains((int) m));
        Api.given().queryParam("companyId", String.valueOf(falun)).get(BASE).then().body("items.id", contains((int) a));
        Api.given().queryParam("topic", "finansiering").get(BASE).then().body("items.id", contains((int) m));
        Api.given().queryParam("topic", "csr").queryParam("sort", "id").get(BASE).then()
                .body("items.id", contains((int) a, (int) g));
        Api.given().queryParam("topic", "fin").get(BASE).then().body("items", empty());
        // from and to are inclusive
        Api.given().queryParam("from", "2025-06-30").queryParam("to", "2025-12-31").queryParam("sort", "id").get(BASE)
                .then().body("items.id", contains((int) m, (int) g));
        Api.given().queryParam("to", "2025-06-29").get(BASE).then().body("items.id", contains((int) a));
        Api.given().queryParam("from", "2025-01-02").queryParam("to", "2025-06-29").get(BASE).then()
                .body("items", empty());

        Api.invalid().queryParam("from", "2025-07-01").queryParam("to", "2025-06-30").get(BASE).then()
                .statusCode(400).body("errors.field", contains("to"));
        Api.invalid().queryParam("from", "yesterday").get(BASE).then().statusCode(400)
                .body("errors.field", contains("from"));
        Api.invalid().queryParam("kind", "PARTY").get(BASE).then().statusCode(400).body("errors.field", contains("kind"));
        Api.invalid().queryParam("topic", "t".repeat(101)).get(BASE).then().statusCode(400)
                .body("errors.field", contains("topic"));
    }

    @Test
    void perCompanyList() {
        long a = create(body("Falun", "2025-01-01"));
        Map<String, Object> both = body("Båda", "2025-02-01");
        both.put("companyIds", List.of(falun, mora));
        long b = create(both);

        Api.given().queryParam("sort", "date,desc").get("/api/v1/companies/" + falun + "/activities").then()
                .statusCode(200).body("items.id", contains((int) b, (int) a));
        Api.anonymous().get("/api/v1/companies/" + mora + "/activities").then().statusCode(200)
                .body("items.id", contains((int) b));
        Api.given().get("/api/v1/companies/987654/activities").then().statusCode(404);
    }

    @Test
    void invalidActivitiesAre400AndChangeNothing() {
        long id = create(body("Befintlig", "2025-01-01"));
        var before = TestDb.snapshot(ds);

        Map<String, Object> tooMany = body("Många", "2025-01-01");
        tooMany.put("participants", Map.of("women", 100001));
        Api.invalid().contentType(ContentType.JSON).body(tooMany).post(BASE).then().statusCode(400)
                .body("errors.field", contains("participants.women"));

        Map<String, Object> negative = body("Negativ", "2025-01-01");
        negative.put("participants", Map.of("men", -1));
        Api.invalid().contentType(ContentType.JSON).body(negative).post(BASE).then().statusCode(400)
                .body("errors.field", contains("participants.men"));

        Map<String, Object> unknown = body("Okända", "2025-01-01");
        unknown.put("companyIds", List.of(987654, falun));
        Api.invalid().contentType(ContentType.JSON).body(unknown).post(BASE).then().statusCode(400)
                .body("errors.field", contains("companyIds"))
                .body("errors[0].message", equalTo("no company has id 987654"));

        Map<String, Object> topics = body("Ämnen", "2025-01-01");
        topics.put("topics", IntStream.rangeClosed(1, 21).mapToObj(i -> "ämne " + i).toList());
        Api.invalid().contentType(ContentType.JSON).body(topics).post(BASE).then().statusCode(400)
                .body("errors.field", contains("topics"));
        topics.put("topics", List.of("t".repeat(101)));
        Api.invalid().contentType(ContentType.JSON).body(topics).post(BASE).then().statusCode(400)
                .body("errors.field", contains("topics[0]"));

        Map<String, Object> noMunicipality = body("Ingen kommun", "2025-01-01");
        noMunicipality.put("municipalityCode", "0000");
        Api.invalid().contentType(ContentType.JSON).body(noMunicipality).post(BASE).then().statusCode(400)
                .body("errors.field", contains("municipalityCode"));

        Map<String, Object> noDate = body("Inget datum", "2025-01-01");
        noDate.remove("date");
        Api.invalid().contentType(ContentType.JSON).body(noDate).post(BASE).then().statusCode(400)
                .body("errors.field", contains("date"));

        Map<String, Object> longTitle = body("x".repeat(201), "2025-01-01");
        Api.invalid().contentType(ContentType.JSON).body(longTitle).post(BASE).then().statusCode(400)
                .body("errors.field", contains("title"));

        Api.invalid().contentType("application/merge-patch+json").body("{\"participants\":{\"other\":100001}}")
                .patch(BASE + "/" + id).then().statusCode(400).body("errors.field", contains("participants.other"));
        Api.invalid().contentType(ContentType.JSON).body(unknown).put(BASE + "/" + id).then().statusCode(400)
                .body("errors.field", contains("companyIds"));
        assertEquals(before, TestDb.snapshot(ds));
    }

    /** Who may write is the access matrix's ({@code AccessMatrixTest}); this is the public read. */
    @Test
    void anonymousReads() {
        long id = create(body("Befintlig", "2025-01-01"));
        Api.anonymous().get(BASE).then().statusCode(200).body("totalItems", equalTo(1));
        Api.anonymous().get(BASE + "/" + id).then().statusCode(200).body("title", equalTo("Befintlig"));
    }

    @Test
    void aCompanyThatAttendedCannotBeDeleted() {
        long id = create(body("Befintlig", "2025-01-01"));
        Api.given().delete("/api/v1/companies/" + falun).then().statusCode(409)
                .body("detail", containsString("it attended 1 activity"));
        Api.given().get("/api/v1/companies/" + falun).then().statusCode(200);
        Api.given().delete(BASE + "/" + id).then().statusCode(204);
        Api.given().delete("/api/v1/companies/" + falun).then().statusCode(204);
    }
}
