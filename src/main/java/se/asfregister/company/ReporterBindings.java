package se.asfregister.company;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Optional;
import se.asfregister.security.AppUser;
import se.asfregister.security.KnownCompanies;

/**
 * Where users and companies meet: a reporter may be bound only to a company that exists, and a
 * company that reporters are bound to cannot be deleted (unbind them first).
 */
@ApplicationScoped
public class ReporterBindings extends CompanyUsage.Counted implements KnownCompanies {

    ReporterBindings() {
        super(id -> AppUser.count("?1 member of companyIds", id), "%d user reports for it", "%d users report for it");
    }

    @Override
    public void requireAll(Collection<Long> companyIds) {
        CompanyLinks.checked("companyIds", companyIds);
    }

    @Override
    public Optional<Long> numbered(String organisationNumber) {
        return OrganisationNumber.normalise(organisationNumber)
                .flatMap(n -> Company.<Company>find("organisationNumber", n).<Company>firstResultOptional())
                .map(c -> c.id);
    }
}
