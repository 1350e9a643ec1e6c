package se.asfregister.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

/**
 * Entry point for API calls in tests. {@link #given()} validates every request and response
 * against openapi/openapi.yaml, so a test fails when the service and the contract disagree.
 * Requests are made as the test ADMIN unless a test asks for {@link #anonymous()} or {@link #as}.
 */
public final class Api {

    public static final Path CONTRACT = Path.of("openapi", "openapi.yaml");

    private static final OpenApiValidationFilter CONTRACT_FILTER = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT.toAbsolutePath().toUri().toString())
                    .build());

    /** Checks responses only: for requests that break the contract on purpose. */
    private static final OpenApiValidationFilter RESPONSE_FILTER = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT.toAbsolutePath().toUri().toString())
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    private Api() {
    }

    /** Checks responses only and ignores the request's security requirement: for callers without the right. */
    private static final OpenApiValidationFilter NO_AUTH_FILTER = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT.toAbsolutePath().toUri().toString())
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    /** The test-profile demo users (created at start in dev and test only, see docs/security.md). */
    public static final String ADMIN = "demo-admin";
    public static final String ADMIN_PASSWORD = "Falun-Admin-2026!";
    public static final String ANALYST = "demo-analyst";
    public static final String ANALYST_PASSWORD = "Mora-Analyst-2026!";
    public static final String REPORTER = "demo-reporter";
    public static final String REPORTER_PASSWORD = "Borlange-Reporter-2026!";

    /** The {@code Authorization} header value of HTTP Basic, for clients other than REST Assured. */
    public static String basicAuth(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A request as the test ADMIN whose exchange must conform to the contract. */
    public static RequestSpecification given() {
        return asAdmin(io.restassured.RestAssured.given().filter(CONTRACT_FILTER));
    }

    /** A request as {@code user} whose exchange must conform to the contract (security requirement aside). */
    public static RequestSpecification as(String user, String password) {
        return io.restassured.RestAssured.given().filter(NO_AUTH_FILTER).auth().preemptive().basic(user, password);
    }

    /** A request without credentials; the response must be one the contract documents. */
    public static RequestSpecification anonymous() {
        return io.restassured.RestAssured.given().filter(NO_AUTH_FILTER);
    }

    /**
     * A deliberately invalid request as {@code user} (null: anonymous); only the response is
     * checked against the contract. For the role matrix, which sends empty bodies everywhere.
     */
    public static RequestSpecification invalidAs(String user, String password) {
        RequestSpecification spec = io.restassured.RestAssured.given().filter(RESPONSE_FILTER);
        return user == null ? spec : spec.auth().preemptive().basic(user, password);
    }

    private static RequestSpecification asAdmin(RequestSpecification spec) {
        return spec.auth().preemptive().basic(ADMIN, ADMIN_PASSWORD);
    }

    /**
     * A deliberately invalid request (bad parameter, bad body): the request is not checked,
     * the error response must still be one the contract documents.
     */
    public static RequestSpecification invalid() {
        return asAdmin(io.restassured.RestAssured.given().filter(RESPONSE_FILTER));
    }

    /**
     * A request to a service outside the test's Quarkus instance (a packaged service started
     * by an integration test) as {@code user}, whose exchange must conform to the contract.
     */
    public static RequestSpecification against(String baseUrl, String user, String password) {
        java.net.URI uri = java.net.URI.create(baseUrl);
        return io.restassured.RestAssured.given().baseUri(uri.getScheme() + "://" + uri.getHost())
                .port(uri.getPort()).filter(CONTRACT_FILTER).auth().preemptive().basic(user, password);
    }

    /**
     * A request that is not checked against the contract: for deliberately malformed input the
     * contract cannot express (broken JSON, wrong content types, unknown paths).
     */
    public static RequestSpecification raw() {
        return asAdmin(io.restassured.RestAssured.given());
    }
}
