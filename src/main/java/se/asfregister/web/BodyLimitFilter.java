package se.asfregister.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Request bodies are small everywhere except bulk import. The transport ceiling
 * ({@code quarkus.http.limits.max-body-size}) is set for imports; this filter holds every
 * other endpoint to the much smaller {@code asf.http.max-body-bytes}.
 */
public class BodyLimitFilter {

    @ConfigProperty(name = "asf.http.max-body-bytes")
    long maxBodyBytes;

    @ConfigProperty(name = "asf.http.max-import-body-bytes")
    long maxImportBodyBytes;

    @ServerRequestFilter(preMatching = true)
    public Response limit(ContainerRequestContext ctx) {
        int length = ctx.getLength();
        if (length < 0) {
            return null;
        }
        boolean isImport = ctx.getUriInfo().getPath().endsWith("/import");
        long limit = isImport ? maxImportBodyBytes : maxBodyBytes;
        if (length > limit) {
            throw new ApiException(ProblemType.PAYLOAD_TOO_LARGE,
                    "The body has " + length + " bytes; the limit here is " + limit);
        }
        return null;
    }
}
