package se.asfregister.security;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import se.asfregister.support.Api;

/** Test helpers for users: find the demo users and bind the demo reporter. */
final class SecurityFixtures {

    private SecurityFixtures() {
    }

    static long userId(String username) {
        return Api.given().queryParam("q", username).get("/api/v1/users")
                .then().statusCode(200).extract().jsonPath().getLong("items.find { it.username == '" + username + "' }.id");
    }

    /** Makes demo-reporter a REPORTER for exactly these companies. */
    static void bindDemoReporter(Long... companyIds) {
        long id = userId(Api.REPORTER);
        Api.given().contentType(ContentType.JSON)
                .body(Map.of("roles", List.of("REPORTER"), "companyIds", List.of(companyIds), "enabled", true))
                .put("/api/v1/users/" + id)
                .then().statusCode(200);
    }
}
