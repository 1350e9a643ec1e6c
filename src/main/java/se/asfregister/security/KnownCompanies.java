package se.asfregister.security;

import java.util.Collection;
import java.util.Optional;
import se.asfregister.web.ApiException;

/**
 * Which companies exist, for binding reporters to them. The company register implements it,
 * so that users can name companies without this package importing the register.
 */
public interface KnownCompanies {

    boolean exists(long companyId);

    /** 400 on {@code companyIds} naming the first id, in the collection's order, that is no company. */
    default void requireAll(Collection<Long> companyIds) {
        for (Long id : companyIds) {
            if (!exists(id)) {
                throw ApiException.invalid("companyIds", "company " + id + " does not exist");
            }
        }
    }

    /** The company registered under an organisation number as a token carries it (any accepted form). */
    Optional<Long> numbered(String organisationNumber);
}
