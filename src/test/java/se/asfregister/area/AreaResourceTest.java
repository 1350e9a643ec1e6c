package se.asfregister.area;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.asfregister.support.Api;

/** Reference areas: every county and municipality of the project's copy of the SCB list. */
@QuarkusTest
public class AreaResourceTest {

    @Test
    void allCountiesAreServedExactlyAsInTheReferenceFile() throws IOException {
        List<String> expected = csvRows("counties.csv");
        List<String> served = new ArrayList<>();
        for (int page = 0; page < 2; page++) {
            var json = Api.given().queryParam("page", page).queryParam("size", 20).get("/api/v1/counties")
                    .then().statusCode(200).body("totalItems", equalTo(21)).body("totalPages", equalTo(2))
                    .extract().jsonPath();
            List<String> codes = json.getList("items.code");
            List<String> names = json.getList("items.name");
            for (int i = 0; i < codes.size(); i++) {
                served.add(codes.get(i) + "," + names.get(i));
            }
        }
        assertEquals(expected, served);
    }

    @Test
    void allMunicipalitiesAreServedExactlyAsInTheReferenceFile() throws IOException {
        List<String> expected = csvRows("municipalities.csv");
        List<String> served = new ArrayList<>();
        for (int page = 0; page < 2; page++) {
            var json = Api.given().queryParam("page", page).queryParam("size", 200).get("/api/v1/municipalities")
                    .then().statusCode(200).body("totalItems", equalTo(290)).extract().jsonPath();
            List<String> codes = json.getList("items.code");
            List<String> names = json.getList("items.name");
            List<String> counties = json.getList("items.countyCode");
            for (int i = 0; i < codes.size(); i++) {
                served.add(codes.get(i) + "," + names.get(i) + "," + counties.get(i));
            }
        }
        assertEquals(expected, served);
    }

    @Test
    void municipalitiesFilterByCounty() {
        Api.given().queryParam("county", "20").queryParam("size", 50).get("/api/v1/municipalities")
                .then().statusCode(200)
                .body("totalItems", equalTo(15))
                .body("items.countyCode", everyItem(equalTo("20")));
    }

    @Test
    void municipalitySearchIsCaseInsensitiveForSwedishLetters() {
        Api.given().queryParam("q", "ÄLV").get("/api/v1/municipalities")
                .then().statusCode(200)
                .body("items.name", contains("Älvkarleby", "Kungälv", "Älvdalen", "Älvsbyn"));
    }

    @Test
    void singleCountyAndMunicipality() {
        Api.given().get("/api/v1/counties/20").then().statusCode(200)
                .body("code", equalTo("20")).body("name", equalTo("Dalarnas län"));
        Api.given().get("/api/v1/municipalities/2081").then().statusCode(200)
                .body("name", equalTo("Borlänge")).body("countyCode", equalTo("20"));
    }

    @Test
    void unknownAreasAre404Problems() {
        Api.given().get("/api/v1/counties/99").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
        Api.given().get("/api/v1/municipalities/0000").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void badFiltersAre400NamingTheParameter() {
        Api.invalid().queryParam("county", "Dalarna").get("/api/v1/municipalities").then().statusCode(400)
                .body("errors.field", contains("county"));
        Api.given().queryParam("sort", "population").get("/api/v1/counties").then().statusCode(400)
                .body("errors.field", contains("sort"));
        Api.invalid().queryParam("size", 201).get("/api/v1/counties").then().statusCode(400)
                .body("errors.field", contains("size"));
    }

    @Test
    void sortByNameDescending() {
        Api.given().queryParam("sort", "code,desc").queryParam("size", 1).get("/api/v1/counties")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].code", equalTo("25"));
    }

    static List<String> csvRows(String file) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/reference", file), StandardCharsets.UTF_8);
        return lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).sorted().toList();
    }
}
