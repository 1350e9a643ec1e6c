package se.asfregister.security;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** Who is calling in this request; set by {@link SecurityFilter}, empty for anonymous callers. */
@RequestScoped
public class CurrentUser {

    /** The name recorded for writes made outside a request (start-up tasks). */
    public static final String SYSTEM = "system";

    private Principal principal;
    /** False in request contexts that are not HTTP requests (start-up observers, scheduled work). */
    private boolean httpRequest;

    void set(Principal p) {
        this.principal = p;
        this.httpRequest = true;
    }

    boolean isHttpRequest() {
        return httpRequest;
    }

    public Optional<Principal> principal() {
        return Optional.ofNullable(principal);
    }

    public boolean isAnonymous() {
        return principal == null;
    }

    /** The user name for the audit trail: the caller, "anonymous", or "system" outside a request. */
    public static String nameForAudit() {
        var ctx = Arc.container().requestContext();
        if (!ctx.isActive()) {
            return SYSTEM;
        }
        // through the client proxy's methods: its fields are not the request's instance
        CurrentUser u = Arc.container().instance(CurrentUser.class).get();
        if (!u.isHttpRequest()) {
            return SYSTEM;
        }
        return u.principal().map(Principal::username).orElse("anonymous");
    }
}
