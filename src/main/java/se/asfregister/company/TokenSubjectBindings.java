package se.asfregister.company;

import jakarta.enterprise.context.ApplicationScoped;
import se.asfregister.security.TokenSubject;

/** A company that token subjects are bound to cannot be deleted: unbind them first. */
@ApplicationScoped
public class TokenSubjectBindings extends CompanyUsage.Counted {

    TokenSubjectBindings() {
        super(id -> TokenSubject.count("?1 member of companyIds", id),
                "%d token subject reports for it", "%d token subjects report for it");
    }
}
