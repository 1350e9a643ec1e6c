package se.asfregister.security;

import java.util.Optional;

/**
 * Which companies exist, for binding reporters to them. The company register implements it,
 * so that users can name companies without this package importing the register.
 */
public interface KnownCompanies {

    boolean exists(long companyId);

    /** The company registered under an organisation number as a token carries it (any accepted form). */
    Optional<Long> numbered(String organisationNumber);
}
