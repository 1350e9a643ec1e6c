package se.asfregister.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The companies a token's subject reports for: the company whose organisation number the
 * token carries (when the identity provider issues one), and the companies an admin bound
 * the subject to ({@link TokenSubject}).
 */
@ApplicationScoped
public class TokenCompanies {

    @Inject
    KnownCompanies known;

    public Set<Long> of(String subject, Optional<String> organisationNumber) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Set<Long> ids = new TreeSet<>();
            organisationNumber.flatMap(known::numbered).ifPresent(ids::add);
            TokenSubject.<TokenSubject>findByIdOptional(subject).ifPresent(s -> ids.addAll(s.companyIds));
            return ids;
        });
    }

}
