package se.asfregister.company;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import se.asfregister.common.Lookup;
import se.asfregister.web.ApiException;

/**
 * The companies a collaboration or an activity links to (used by both features): every id
 * must name an existing company, and the answer lists all unknown ids at once.
 */
public final class CompanyLinks {

    private CompanyLinks() {
    }

    /** The ids as a set; 400 on {@code field} naming every id that is no company. */
    public static Set<Long> checked(String field, Collection<Long> ids) {
        Set<Long> wanted = ids == null ? Set.of() : new TreeSet<>(ids);
        Set<Long> unknown = Lookup.missing(Company.class, "id", wanted, Long.class);
        if (!unknown.isEmpty()) {
            throw ApiException.invalid(field, "no company has id " + unknown.stream().map(String::valueOf)
                    .collect(Collectors.joining(", ")));
        }
        return wanted;
    }
}
