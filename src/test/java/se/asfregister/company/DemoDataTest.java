package se.asfregister.company;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.asfregister.support.Api;

/** With demo data on, an empty embedded database starts with the fictional demo companies. */
@QuarkusTest
@TestProfile(DemoDataTest.DemoOn.class)
class DemoDataTest {

    public static class DemoOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("asf.demo-data.enabled", "true",
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:asf-demo;DB_CLOSE_DELAY=-1");
        }
    }

    @Test
    void demoCompaniesAreLoadedAndClearlyFictional() {
        Api.given().get("/api/v1/companies").then().statusCode(200)
                .body("totalItems", equalTo(DemoData.companies().size()))
                .body("items.name", everyItem(startsWith("Demo: ")))
                .body("items.municipalityCode", everyItem(startsWith("20")));
    }
}
