package se.asfregister.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import se.asfregister.web.ApiException;
import se.asfregister.web.ProblemType;

/**
 * What the current caller may see or change of one company. Services call this where the
 * path alone does not decide (bulk import rows, lists, contact data, exact aggregates).
 */
@ApplicationScoped
public class CompanyAccess {

    @Inject
    CurrentUser current;

    /** Contact persons are personal data: ADMIN, ANALYST and the company's own reporters only. */
    public boolean canSeePersonalData(long companyId) {
        return current.principal().map(p -> p.readsEverything() || p.boundTo(companyId)).orElse(false);
    }

    /** Exact (unsuppressed) aggregates are for ADMIN and ANALYST. */
    public boolean seesExactAggregates() {
        return current.principal().map(Principal::readsEverything).orElse(false);
    }

    /** The companies whose non-public data the caller may read; empty means all of them. */
    public Optional<Set<Long>> readableCompanies() {
        Principal p = current.principal().orElse(null);
        if (p == null) {
            return Optional.of(Set.of());
        }
        return p.readsEverything() ? Optional.empty() : Optional.of(p.companyIds());
    }

    /** 401/403 unless the caller may read the company's non-public data (employment reports). */
    public void checkRead(long companyId) {
        Principal p = require();
        if (!p.readsEverything() && !p.boundTo(companyId)) {
            throw forbidden(companyId);
        }
    }

    /** 401/403 unless the caller may change the company's profile and reports (e.g. one import row). */
    public void checkWrite(long companyId) {
        Principal p = require();
        if (!p.has(Role.ADMIN) && !p.boundTo(companyId)) {
            throw forbidden(companyId);
        }
    }

    /** The facts official figures rest on (municipality, status, criteria, ...) are changed by ADMIN only. */
    public boolean mayChangeRegisterFacts() {
        return current.principal().map(p -> p.has(Role.ADMIN)).orElse(false);
    }

    private Principal require() {
        return current.principal().orElseThrow(() -> Authenticator.unauthorized("Sign in (HTTP Basic) to use this endpoint"));
    }

    private static ApiException forbidden(long companyId) {
        return new ApiException(ProblemType.FORBIDDEN, "You do not report for company " + companyId);
    }
}
