package se.asfregister.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.asfregister.support.Api;

/** Without an issuer configured (the default) the service runs as before and refuses every bearer token with a 401. */
@QuarkusTest
class BearerTokensOffTest {

    @Test
    void bearerTokensAre401WhenSingleSignOnIsOff() {
        for (String path : new String[] {"/api/v1/companies", "/api/v1/me"}) {
            Api.anonymous().header("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln").get(path)
                    .then().statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", startsWith("Basic realm="))
                    .body("type", equalTo("urn:asf-register:problem:unauthorized"));
        }
        Api.given().get("/api/v1/me").then().statusCode(200).body("username", equalTo(Api.ADMIN));
    }
}
