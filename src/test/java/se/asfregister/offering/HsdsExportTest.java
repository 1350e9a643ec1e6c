package se.asfregister.offering;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.asfregister.common.SwedishClock;
import se.asfregister.company.TrainingPlacesTest;
import se.asfregister.support.Api;
import se.asfregister.support.Fixtures;
import se.asfregister.support.TestDb;

/**
 * The directory as Open Referral HSDS: every exported service is valid against HSDS's published
 * schemas, 3.1 and 3.0 (test resources, see hsds/SOURCE.md), and carries the register's data.
 */
@QuarkusTest
public class HsdsExportTest {

    static final String HSDS = OfferingResourceTest.BASE + "/hsds";
    static final String LEGAL_ENTITY = "556036-0793";
    /** A sole trader's organisation number is the owner's personal identity number. */
    static final String SOLE_TRADER = "800101-1231";

    static final List<JsonSchema> SCHEMAS = List.of(schema("3.1"), schema("3.0"));

    @Inject
    DataSource ds;

    @Inject
    SwedishClock clock;

    long städ;
    long sömnad;
    long windows;
    long mending;

    @BeforeEach
    void load() {
        TestDb.clear(ds);
        Map<String, Object> company = Fixtures.company(0, "Städ & Service i Borlänge AB", "2081");
        company.put("organisationNumber", LEGAL_ENTITY);
        company.put("legalForm", "LIMITED_COMPANY_RESTRICTED_PROFIT");
        company.put("description", "Städ och lokalvård med handledda medarbetare.");
        company.put("website", "https://example.se/stad");
        company.put("address", "Storgatan 1, 784 33 Borlänge");
        städ = Fixtures.createCompany(company);
        Map<String, Object> sole = Fixtures.company(0, "Annas Sömnad", "2080");
        sole.put("organisationNumber", SOLE_TRADER);
        sole.put("legalForm", "OTHER");
        sömnad = Fixtures.createCompany(sole);
        Map<String, Object> w = OfferingResourceTest.body(städ, "Fönsterputs", "90911300-9");
        w.put("municipalityCodes", List.of("2081", "2080"));
        w.put("contactPhone", "+46 243 00 00 00");
        w.put("titleEn", "Window cleaning");
        w.put("priceModel", "Per fönster");
        windows = OfferingResourceTest.create(w);
        mending = OfferingResourceTest.create(OfferingResourceTest.body(sömnad, "Sömnad och lagning", "98393000-4"));
    }

    static JsonSchema schema(String version) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("classpath:hsds/" + version + "/service.json"), config);
    }

    @Test
    void everyServiceIsValidHsdsAndCarriesTheRegistersData() throws Exception {
        String verifiedAt = Api.given().get(OfferingResourceTest.BASE + "/" + windows).then().extract().jsonPath()
                .getString("verifiedAt");
        String assured = java.time.LocalDate.ofInstant(java.time.Instant.parse(verifiedAt),
                se.asfregister.common.SwedishClock.SWEDEN).toString();
        String body = Api.anonymous().get(HSDS).then().statusCode(200)
                // Swedish title order, as the search without words: Fönsterputs, Sömnad och lagning
                .body("total_items", equalTo(2)).body("size", equalTo(2)).body("page_number", equalTo(0))
                .body("first_page", equalTo(true)).body("last_page", equalTo(true)).body("empty", equalTo(false))
                .body("contents.id", contains(HsdsExport.uuid("offering", windows), HsdsExport.uuid("offering", mending)))
                .body("contents[0].organization_id", equalTo(HsdsExport.uuid("company", städ)))
                .body("contents[0].name", equalTo("Fönsterputs")).body("contents[0].alternate_name", equalTo("Window cleaning"))
                .body("contents[0].status", equalTo("active")).body("contents[0].fees_description", equalTo("Per fönster"))
                .body("contents[0].email", equalTo("order@example.se"))
                .body("contents[0].assured_date", equalTo(assured))
                .body("contents[0].phones.number", contains("+46 243 00 00 00"))
                // served municipalities by code: 2080 Falun, 2081 Borlänge
                .body("contents[0].service_areas.name", contains("Falun", "Borlänge"))
                .body("contents[0].service_at_locations[0].location.location_type", equalTo("physical"))
                .body("contents[0].service_at_locations[0].location.external_identifier", equalTo("2081"))
                .body("contents[0].service_at_locations[0].location.description", equalTo("Storgatan 1, 784 33 Borlänge"))
                .body("contents[0].organization.name", equalTo("Städ & Service i Borlänge AB"))
                .body("contents[0].organization.website", equalTo("https://example.se/stad"))
                .body("contents[0].organization.organization_identifiers.identifier", contains(LEGAL_ENTITY))
                .body("contents[0].organization.organization_identifiers.identifier_scheme", contains("SE-BLV"))
                .body("contents[0].attributes[0].taxonomy_term.code", equalTo("90911300-9"))
                .body("contents[0].attributes[0].taxonomy_term.taxonomy", equalTo("CPV"))
                // the company has stated no training places
                .body("contents[0].capacities", empty())
                // the sole trader's number is personal data: not exported; no description: an empty one
                .body("contents[1].organization.organization_identifiers", empty())
                .body("contents[1].organization.description", equalTo(""))
                .body("contents[1].phones", empty())
                .extract().asString();
        for (JsonNode service : new ObjectMapper().readTree(body).get("contents")) {
            for (JsonSchema schema : SCHEMAS) {
                assertEquals(Set.of(), schema.validate(service), service.toString());
            }
        }
    }

    /** A company's training places are the capacities of each of its services; stale ones are left out. */
    @Test
    void trainingPlacesAreTheServicesCapacities() throws Exception {
        Api.given().contentType(ContentType.JSON)
                .body(Map.of("workTraining", Map.of("total", 6, "available", 2),
                        "rehabilitation", Map.of("total", 2, "available", 0),
                        "internships", Map.of("total", 3, "available", 1)))
                .put("/api/v1/companies/" + städ + "/training-places").then().statusCode(201);
        String windowsId = HsdsExport.uuid("offering", windows);
        String body = Api.anonymous().get(HSDS).then().statusCode(200)
                .body("contents[0].capacities.unit.name", contains("Arbetsträning", "Rehabilitering", "Praktik"))
                .body("contents[0].capacities.available", contains(2, 0, 1))
                .body("contents[0].capacities.maximum", contains(6, 2, 3))
                .body("contents[0].capacities.service_id", contains(windowsId, windowsId, windowsId))
                // Annas Sömnad has stated no places
                .body("contents[1].capacities", empty())
                .extract().asString();
        for (JsonNode service : new ObjectMapper().readTree(body).get("contents")) {
            for (JsonSchema schema : SCHEMAS) {
                assertEquals(Set.of(), schema.validate(service), service.toString());
            }
        }
        // not written for 31 days: no longer shown as free anywhere
        TrainingPlacesTest.setWritten(ds, städ, clock.today().minusDays(31), LocalTime.NOON);
        Api.anonymous().get(HSDS).then().statusCode(200).body("contents[0].capacities", empty());
    }

    @Test
    void pagesAndFiltersAsTheSearch() {
        Api.anonymous().queryParam("size", 1).queryParam("page", 1).get(HSDS).then().statusCode(200)
                .body("total_items", equalTo(2)).body("total_pages", equalTo(2)).body("size", equalTo(1))
                .body("first_page", equalTo(false)).body("last_page", equalTo(true))
                .body("contents.name", contains("Sömnad och lagning"));
        Api.anonymous().queryParam("q", "fönster").queryParam("municipality", "2080").get(HSDS).then()
                .body("contents.name", contains("Fönsterputs"));
        Api.anonymous().queryParam("cpv", "45").get(HSDS).then().body("total_items", equalTo(0))
                .body("empty", equalTo(true)).body("contents", empty());
        // the same identifiers in every export
        Api.anonymous().get(HSDS).then().body("contents[0].id", equalTo(HsdsExport.uuid("offering", windows)));
        Api.invalid().queryParam("cpv", "9").get(HSDS).then().statusCode(400).body("errors.field", contains("cpv"));
    }
}
