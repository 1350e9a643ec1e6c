package se.asfregister.security;

import java.util.Collection;
import java.util.Optional;

/**
 * Which companies exist, for binding reporters to them. The company register implements it,
 * so that users can name companies without this package importing the register.
 */
public interface KnownCompanies {

    /** 400 on {@code companyIds} naming every id that is no company, as every other link to companies answers. */
    void requireAll(Collection<Long> companyIds);

    /** The company registered under an organisation number as a token carries it (any accepted form). */
    Optional<Long> numbered(String organisationNumber);
}
