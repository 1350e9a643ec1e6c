package se.asfregister.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a verified token's claims grant: roles from a configurable claim, and the organisation
 * number of a reporter's company from another. Claims are named by dot paths into nested
 * objects ({@code realm_access.roles}), as identity providers nest them differently.
 */
public record TokenClaims(String rolesClaim, Map<String, Role> roleValues, Optional<String> companyClaim) {

    public static TokenClaims of(OidcConfig config) {
        Map<String, Role> values = new LinkedHashMap<>();
        values.put(config.roles().admin(), Role.ADMIN);
        values.put(config.roles().analyst(), Role.ANALYST);
        values.put(config.roles().reporter(), Role.REPORTER);
        return new TokenClaims(config.roles().claim(), values, config.companyClaim());
    }

    /**
     * The roles named in the roles claim. A list holds one value per item; a string holds
     * values separated by spaces (as {@code scope} does). Values that stand for no role are ignored.
     */
    public Set<Role> roles(Map<String, Object> claims) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String value : values(at(claims, rolesClaim))) {
            Role r = roleValues.get(value);
            if (r != null) {
                roles.add(r);
            }
        }
        return roles;
    }

    /** The company claim as the token carries it (the register reads it as an organisation number); empty without it. */
    public Optional<String> organisationNumber(Map<String, Object> claims) {
        return companyClaim.map(path -> at(claims, path))
                .filter(v -> v instanceof String || v instanceof Number)
                .map(Object::toString);
    }

    /** The value at a dot path, or null when any step is missing or not an object. */
    static Object at(Map<String, Object> claims, String path) {
        Object v = claims;
        for (String step : path.split("\\.")) {
            if (!(v instanceof Map<?, ?> m)) {
                return null;
            }
            v = m.get(step);
        }
        return v;
    }

    private static List<String> values(Object v) {
        if (v instanceof Collection<?> c) {
            return c.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        if (v instanceof String s) {
            return List.of(s.trim().split("\\s+"));
        }
        return List.of();
    }
}
