package se.asfregister.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Request bodies are small everywhere except bulk import. The transport ceiling
 * ({@code quarkus.http.limits.max-body-size}) is set for imports; this filter holds every
 * other endpoint to the much smaller {@code asf.http.max-body-bytes}. A body with a
 * {@code Content-Length} over the limit is refused before it is read; a body without one
 * ({@code Transfer-Encoding: chunked}) is counted while it is read and cut off at the limit.
 */
public class BodyLimitFilter {

    @ConfigProperty(name = "asf.http.max-body-bytes")
    long maxBodyBytes;

    @ConfigProperty(name = "asf.http.max-import-body-bytes")
    long maxImportBodyBytes;

    @ServerRequestFilter(preMatching = true)
    public Response limit(ContainerRequestContext ctx) {
        long limit = ctx.getUriInfo().getPath().endsWith("/import") ? maxImportBodyBytes : maxBodyBytes;
        int length = ctx.getLength();
        if (length > limit) {
            throw new ApiException(ProblemType.PAYLOAD_TOO_LARGE,
                    "The body has " + length + " bytes; the limit here is " + limit);
        }
        if (length < 0 && mayHaveBody(ctx.getMethod())) {
            // Set before the body is read, so that every reader (JSON, merge patch, CSV) reads through it.
            ctx.setEntityStream(new LimitedInputStream(ctx.getEntityStream(), limit, () -> tooLong(limit)));
        }
        return null;
    }

    private static boolean mayHaveBody(String method) {
        return !"GET".equals(method) && !"HEAD".equals(method) && !"OPTIONS".equals(method);
    }

    /**
     * The rest of the body is never read, so the connection cannot carry another request:
     * {@code Connection: close} tells the client, and the server closes it after answering.
     */
    private static ApiException tooLong(long limit) {
        return new ApiException(ProblemType.PAYLOAD_TOO_LARGE,
                "The body is longer than the limit here, " + limit + " bytes", null, Map.of("Connection", "close"));
    }
}
