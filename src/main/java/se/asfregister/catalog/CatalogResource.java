package se.asfregister.catalog;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;

/** The DCAT-AP-SE catalogue at a stable address, in JSON-LD, for dataportal.se to harvest. */
@Path("/api/v1/catalog")
public class CatalogResource {

    public static final String JSON_LD = "application/ld+json";

    @Inject
    CatalogService catalog;

    @Inject
    CatalogConfig config;

    @GET
    @Produces(JSON_LD)
    public Map<String, Object> get(@Context UriInfo uri) {
        String base = config.baseUrl().orElse(uri.getBaseUri().toString());
        return catalog.catalog(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    }
}
