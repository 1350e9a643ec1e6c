package se.asfregister.company;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import se.asfregister.security.TokenSubject;

/** A company that token subjects are bound to cannot be deleted: unbind them first. */
@ApplicationScoped
public class TokenSubjectBindings implements CompanyUsage {

    @Override
    public Optional<String> usageOf(long companyId) {
        return CompanyUsage.uses(TokenSubject.count("?1 member of companyIds", companyId),
                "%d token subject reports for it", "%d token subjects report for it");
    }
}
