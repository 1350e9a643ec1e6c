package se.asfregister.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.MDC;

/**
 * Gives every HTTP request its {@link RequestId} before anything else handles it: in the
 * response header, and in the logging context, which Quarkus keeps per request (on the
 * request's own Vert.x context, not per thread), so every log line of the request carries it,
 * on whichever thread it is written, and no other request's lines do.
 */
@ApplicationScoped
public class RequestIdFilter {

    /** Before Quarkus's own filters (CORS, configured headers), so that every answer has an id. */
    private static final int PRIORITY = 10_000;

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String id = RequestId.acceptOrGenerate(rc.request().getHeader(RequestId.HEADER));
            MDC.put(RequestId.MDC_KEY, id);
            rc.response().putHeader(RequestId.HEADER, id);
            rc.next();
        }, PRIORITY);
    }

    /** The current request's id, or null outside a request (start-up, scheduled work). */
    public static String current() {
        Object id = MDC.get(RequestId.MDC_KEY);
        return id == null ? null : id.toString();
    }
}
