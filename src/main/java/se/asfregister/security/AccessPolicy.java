package se.asfregister.security;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one place that says who may call which operation, by HTTP method and path template.
 * Anything not listed is a safe default: reads for ADMIN/ANALYST, writes for ADMIN.
 */
public final class AccessPolicy {

    private static final Set<String> READ = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> WRITE = Set.of("POST", "PUT", "PATCH", "DELETE");

    private record Rule(Set<String> methods, Pattern template, Access access) {
    }

    private static Rule rule(Set<String> methods, String templateRegex, Access access) {
        return new Rule(methods, Pattern.compile(templateRegex), access);
    }

    /** First match wins. Templates look like {@code /api/v1/companies/{id}}. */
    private static final List<Rule> RULES = List.of(
            rule(READ, "/api/v1/me", Access.AUTHENTICATED),
            rule(Set.of("GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"), "/api/v1/(users|audit-events|token-subjects)(/.*)?",
                    Access.ADMIN),
            // per-company employment reports: never public
            rule(READ, "/api/v1/companies/\\{id}/employment-reports(/.*)?", Access.COMPANY_READ),
            rule(WRITE, "/api/v1/companies/\\{id}/employment-reports(/.*)?", Access.COMPANY_WRITE),
            rule(READ, "/api/v1/employment-reports(/.*)?", Access.REPORTER_READ),
            // per-company ESF+ participant reports: never public (the public sees /reports/esf)
            rule(READ, "/api/v1/companies/\\{id}/participant-reports(/.*)?", Access.COMPANY_READ),
            rule(WRITE, "/api/v1/companies/\\{id}/participant-reports(/.*)?", Access.COMPANY_WRITE),
            rule(Set.of("POST"), "/api/v1/participant-reports/import", Access.REPORTER_WRITE),
            rule(Set.of("POST"), "/api/v1/employment-reports/import", Access.REPORTER_WRITE),
            // a reporter keeps its own company profile up to date; creating and deleting is for admins
            rule(Set.of("PUT", "PATCH"), "/api/v1/companies/\\{id}", Access.COMPANY_WRITE),
            // free places for case workers: anyone reads them, the company's reporter keeps them fresh
            rule(Set.of("PUT"), "/api/v1/companies/\\{id}/training-places", Access.COMPANY_WRITE),
            // a company's financing: applications and support are not public (the item paths leave
            // the company check to the services); its room for de minimis aid is for ADMIN and its own
            // reporters only, so COMPANY_WRITE guards that read
            rule(READ, "/api/v1/companies/\\{id}/(funding-applications|support)", Access.COMPANY_READ),
            rule(READ, "/api/v1/companies/\\{id}/de-minimis", Access.COMPANY_WRITE),
            rule(READ, "/api/v1/(funding-applications|company-support)/\\{id}", Access.REPORTER_READ),
            rule(WRITE, "/api/v1/(funding-applications|company-support|social-media-accounts)(/\\{id})?",
                    Access.REPORTER_WRITE),
            rule(Set.of("POST"), "/api/v1/companies/\\{id}/verify", Access.COMPANY_WRITE),
            // public reference data, register and suppressed aggregates
            rule(READ, "/api/v1/(counties|municipalities)(/.*)?", Access.PUBLIC),
            rule(READ, "/api/v1/companies(/\\{id})?", Access.PUBLIC),
            rule(READ, "/api/v1/companies/\\{id}/(csr-collaborations|activities|training-places|social-media-accounts)",
                    Access.PUBLIC),
            rule(READ, "/api/v1/(csr-collaborations|municipal-policies|activities|goals|progress|projects|project-funding)(/.*)?",
                    Access.PUBLIC),
            rule(READ, "/api/v1/social-media-accounts/\\{id}", Access.PUBLIC),
            rule(READ, "/api/v1/reports(/.*)?", Access.PUBLIC),
            // the offering directory: anyone searches, a reporter keeps its own companies' offerings
            // (OfferingService checks the company of each write), an admin all of them
            rule(READ, "/api/v1/offerings(/\\{id}|/hsds)?", Access.PUBLIC),
            rule(WRITE, "/api/v1/offerings(/\\{id}(/verify)?)?", Access.REPORTER_WRITE),
            // the DCAT-AP-SE catalogue of the published datasets
            rule(READ, "/api/v1/catalog", Access.PUBLIC));

    private AccessPolicy() {
    }

    public static Access accessFor(String method, String template) {
        String m = method.toUpperCase();
        for (Rule r : RULES) {
            if (r.methods.contains(m) && r.template.matcher(template).matches()) {
                return r.access;
            }
        }
        return READ.contains(m) ? Access.ANALYST : Access.ADMIN;
    }

    /** Whether the caller may go on; {@code companyId} is the {id} of a /companies/{id}/... path, or null. */
    public static boolean allows(Access access, Principal p, Long companyId) {
        if (access == Access.PUBLIC) {
            return true;
        }
        if (p == null) {
            return false;
        }
        if (p.has(Role.ADMIN)) {
            return true;
        }
        return switch (access) {
            case PUBLIC, AUTHENTICATED -> true;
            case COMPANY_READ -> p.has(Role.ANALYST) || (companyId != null && p.boundTo(companyId));
            case REPORTER_READ -> p.has(Role.ANALYST) || p.has(Role.REPORTER);
            case COMPANY_WRITE -> companyId != null && p.boundTo(companyId);
            case REPORTER_WRITE -> p.has(Role.REPORTER);
            case ANALYST -> p.has(Role.ANALYST);
            case ADMIN -> false;
        };
    }

    /** {@code /api/v1/companies/{id}} for a resource method, as the contract writes it. */
    public static String template(Class<?> resource, Method method) {
        jakarta.ws.rs.Path base = resource.getAnnotation(jakarta.ws.rs.Path.class);
        jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
        String p = ("/" + (base == null ? "" : base.value()) + "/" + (sub == null ? "" : sub.value()))
                .replaceAll("/+", "/");
        p = p.replaceAll("\\{\\s*([A-Za-z0-9_]+)\\s*:[^}]*}", "{$1}");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
