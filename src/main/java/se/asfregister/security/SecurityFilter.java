package se.asfregister.security;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import se.asfregister.web.ApiException;
import se.asfregister.web.ProblemType;

/**
 * Authenticates the caller and applies {@link AccessPolicy} before the body is read, so a
 * caller without the right gets 401/403 whatever it sent. Runs on the worker thread of
 * blocking endpoints, where the database may be used.
 */
public class SecurityFilter {

    @Inject
    Authenticator authenticator;

    @Inject
    CurrentUser currentUser;

    /** An operation: the HTTP method on a resource class's method (inherited ones serve several classes). */
    private record Operation(String httpMethod, Class<?> resource, Method method) {
    }

    /** What an operation needs, and whether it is one company's: worked out from its annotations. */
    private record Rule(Access access, boolean perCompany) {

        static Rule of(Operation o) {
            String template = AccessPolicy.template(o.resource(), o.method());
            return new Rule(AccessPolicy.accessFor(o.httpMethod(), template),
                    template.startsWith("/api/v1/companies/{id}"));
        }
    }

    /**
     * The rule of each operation, worked out on its first request: the template and the policy's
     * regular expressions took about a twentieth of a request's time when run every time.
     */
    private final Map<Operation, Rule> rules = new ConcurrentHashMap<>();

    @ServerRequestFilter(priority = jakarta.ws.rs.Priorities.AUTHENTICATION)
    public void check(ContainerRequestContext ctx, ResourceInfo info, HttpServerRequest request) {
        Principal p = authenticator.authenticate(ctx.getHeaderString(HttpHeaders.AUTHORIZATION),
                () -> clientAddress(request)).orElse(null);
        currentUser.set(p);
        if (info == null || info.getResourceMethod() == null) {
            return; // no resource method (e.g. an automatic OPTIONS answer): nothing to protect
        }
        Rule rule = rules.computeIfAbsent(new Operation(ctx.getMethod(), info.getResourceClass(),
                info.getResourceMethod()), Rule::of);
        Access access = rule.access();
        Long companyId = rule.perCompany() ? parseId(ctx.getUriInfo().getPathParameters().getFirst("id")) : null;
        if (AccessPolicy.allows(access, p, companyId)) {
            return;
        }
        if (p == null) {
            throw Authenticator.unauthorized("Sign in (HTTP Basic) to use this endpoint");
        }
        throw new ApiException(ProblemType.FORBIDDEN, access == Access.COMPANY_READ || access == Access.COMPANY_WRITE
                ? "You may only use this endpoint for the companies you report for"
                : "Your role does not allow this");
    }

    /**
     * The caller's address: the socket's peer, or, behind a load balancer with
     * {@code quarkus.http.proxy.*} set (docs/security.md), the address it forwarded.
     */
    private static String clientAddress(HttpServerRequest request) {
        SocketAddress remote = request.remoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.hostAddress() != null ? remote.hostAddress() : String.valueOf(remote.host());
    }

    private static Long parseId(String s) {
        try {
            return s == null ? null : Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
