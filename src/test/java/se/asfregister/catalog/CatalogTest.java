package se.asfregister.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.RdfNQuad;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.asfregister.support.Api;
import se.asfregister.support.Fixtures;
import se.asfregister.support.TestDb;

/**
 * The DCAT-AP-SE catalogue: valid JSON-LD (read into RDF with a JSON-LD processor), with the
 * properties DCAT-AP-SE makes mandatory (version 3.0.1, https://docs.dataportal.se/dcat/en/:
 * Catalog title, description, publisher, licence, dataset; Dataset title, description,
 * publisher; Distribution access URL and format; Agent name and type; a contact point's kind,
 * name and e-mail), the datasets the register publishes, and distributions that answer.
 */
@QuarkusTest
public class CatalogTest {

    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String DCT = "http://purl.org/dc/terms/";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String VCARD = "http://www.w3.org/2006/vcard/ns#";
    static final String TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

    @Inject
    DataSource ds;

    /** subject -> predicate -> objects. */
    private final Map<String, Map<String, List<String>>> graph = new HashMap<>();

    @BeforeEach
    void setUp() throws Exception {
        TestDb.clear(ds);
        long id = Fixtures.createCompany(1, "Gruvans Återbruk", "2080");
        // reports in 2017 and 2018 make those years' datasets
        try (Connection c = ds.getConnection(); var s = c.createStatement()) {
            for (String period : List.of("2017-Q4", "2018-Q2")) {
                s.executeUpdate("INSERT INTO employment_report (id, company_id, period, period_year, period_quarter,"
                        + " employees_women, employees_men, employees_other, wage_subsidy_women, wage_subsidy_men,"
                        + " wage_subsidy_other, work_training_women, work_training_men, work_training_other,"
                        + " rehabilitation_women, rehabilitation_men, rehabilitation_other, internships_women,"
                        + " internships_men, internships_other, transitions_to_work, transitions_to_education,"
                        + " revenue_sek, version, created_at, updated_at) VALUES (" + (900 + period.length()
                        + period.charAt(3)) + ", " + id + ", '" + period + "', " + period.substring(0, 4) + ", "
                        + period.charAt(6) + ", 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 100, 0,"
                        + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            }
        }
    }

    @AfterEach
    void tearDown() {
        TestDb.clear(ds);
    }

    private void read() throws Exception {
        String body = Api.anonymous().accept(CatalogResource.JSON_LD).get("/api/v1/catalog").then().statusCode(200)
                .contentType(CatalogResource.JSON_LD).extract().asString();
        // a JSON-LD processor turns it into RDF, or fails on anything that is not JSON-LD
        for (RdfNQuad q : JsonLd.toRdf(JsonDocument.of(new StringReader(body))).get().toList()) {
            String object = q.getObject().isLiteral() ? q.getObject().getValue() + q.getObject().asLiteral()
                    .getLanguage().map(l -> "@" + l).orElse("") : q.getObject().getValue();
            graph.computeIfAbsent(q.getSubject().getValue(), k -> new HashMap<>())
                    .computeIfAbsent(q.getPredicate().getValue(), k -> new java.util.ArrayList<>()).add(object);
        }
    }

    private List<String> objects(String subject, String predicate) {
        return graph.getOrDefault(subject, Map.of()).getOrDefault(predicate, List.of());
    }

    private Set<String> ofType(String type) {
        Set<String> s = new TreeSet<>();
        graph.forEach((subject, p) -> {
            if (p.getOrDefault(TYPE, List.of()).contains(type)) {
                s.add(subject);
            }
        });
        return s;
    }

    private void assertHas(String subject, String... predicates) {
        for (String p : predicates) {
            assertFalse(objects(subject, p).isEmpty(), subject + " has no " + p);
        }
    }

    @Test
    void theCatalogueIsJsonLdWithTheMandatoryPropertiesOfDcatApSe() throws Exception {
        read();
        Set<String> catalogs = ofType(DCAT + "Catalog");
        assertEquals(1, catalogs.size(), graph.keySet().toString());
        String catalog = catalogs.iterator().next();
        assertTrue(catalog.endsWith("/api/v1/catalog"), catalog);
        assertHas(catalog, DCT + "title", DCT + "description", DCT + "publisher", DCT + "license", DCAT + "dataset");
        assertTrue(objects(catalog, DCT + "title").stream().anyMatch(t -> t.endsWith("@sv")));
        assertTrue(objects(catalog, DCT + "title").stream().anyMatch(t -> t.endsWith("@en")));
        for (String publisher : objects(catalog, DCT + "publisher")) {
            assertHas(publisher, FOAF + "name", DCT + "type");
        }
        Set<String> datasets = ofType(DCAT + "Dataset");
        assertEquals(new TreeSet<>(objects(catalog, DCAT + "dataset")), datasets);
        for (String d : datasets) {
            assertHas(d, DCT + "title", DCT + "description", DCT + "publisher", DCAT + "distribution",
                    DCT + "accrualPeriodicity");
            for (String contact : objects(d, DCAT + "contactPoint")) {
                assertHas(contact, TYPE, VCARD + "fn", VCARD + "hasEmail");
                assertEquals(List.of("mailto:asf@example.org"), objects(contact, VCARD + "hasEmail"));
            }
            for (String distribution : objects(d, DCAT + "distribution")) {
                assertHas(distribution, DCAT + "accessURL", DCT + "format", DCT + "license");
            }
        }
    }

    /*
     * The register, then per year with reports (2017, 2018): Sweden's and the 21 counties' annual
     * reports, and the progress of county 20, the only one with goals (Dalarna's seed goals).
     * 1 + 2 * (1 + 21 + 1) = 47 datasets.
     */
    @Test
    void itDescribesTheRegisterAndEachAnnualReportAndProgressOfAYearWithReports() throws Exception {
        read();
        Set<String> datasets = ofType(DCAT + "Dataset");
        assertEquals(47, datasets.size());
        String base = datasets.iterator().next().replaceAll("#.*", "");
        assertTrue(datasets.containsAll(List.of(base + "#companies", base + "#annual-SE-2017",
                base + "#annual-20-2018", base + "#annual-25-2018", base + "#progress-20-2018")), datasets.toString());
        assertEquals(List.of("http://publications.europa.eu/resource/authority/frequency/QUARTERLY"),
                objects(base + "#annual-20-2018", DCT + "accrualPeriodicity"));
        assertEquals(List.of("http://publications.europa.eu/resource/authority/frequency/UPDATE_CONT"),
                objects(base + "#companies", DCT + "accrualPeriodicity"));
        assertEquals(List.of("application/json"), objects(base + "#annual-20-2018-json", DCT + "format"));
        assertEquals(List.of("text/csv"), objects(base + "#annual-20-2018-csv", DCT + "format"));
        assertEquals(List.of("https://json-stat.org/format/"), objects(base + "#annual-20-2018-json-stat",
                DCT + "conformsTo"));
    }

    /** Each distribution of one annual report answers at its access URL with its media type. */
    @Test
    void theDistributionsAnswer() throws Exception {
        read();
        String base = ofType(DCAT + "Catalog").iterator().next();
        for (String distribution : objects(base + "#annual-20-2018", DCAT + "distribution")) {
            String url = objects(distribution, DCAT + "accessURL").get(0);
            String format = objects(distribution, DCT + "format").get(0);
            String body = Api.anonymous().accept(format).get(url.substring(url.indexOf("/api/"))).then()
                    .statusCode(200).contentType(format.equals("text/csv") ? "text/csv" : "application/json")
                    .extract().asString();
            assertEquals(distribution.endsWith("json-stat"), body.contains("\"class\":\"dataset\""), distribution);
        }
    }
}
