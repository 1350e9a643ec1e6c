package se.asfregister.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;

/**
 * Entry point for API calls in tests. {@link #given()} validates every request and response
 * against openapi/openapi.yaml, so a test fails when the service and the contract disagree.
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

    /** A request whose exchange must conform to the contract. */
    public static RequestSpecification given() {
        return io.restassured.RestAssured.given().filter(CONTRACT_FILTER);
    }

    /**
     * A deliberately invalid request (bad parameter, bad body): the request is not checked,
     * the error response must still be one the contract documents.
     */
    public static RequestSpecification invalid() {
        return io.restassured.RestAssured.given().filter(RESPONSE_FILTER);
    }

    /**
     * A request that is not checked against the contract: for deliberately malformed input the
     * contract cannot express (broken JSON, wrong content types, unknown paths).
     */
    public static RequestSpecification raw() {
        return io.restassured.RestAssured.given();
    }
}
