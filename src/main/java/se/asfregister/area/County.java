package se.asfregister.area;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import se.asfregister.web.ApiException;

/** A county (län); read-only reference data loaded by a migration. */
@Entity
public class County extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    /** What a 400 says of a code that names no county. */
    public static String unknown(String code) {
        return "no county has code " + code;
    }

    /** A 400 on {@code field} unless a county has this code; null, a filter left out, passes. */
    public static void requireKnown(String field, String code) {
        if (code != null && findById(code) == null) {
            throw ApiException.invalid(field, unknown(code));
        }
    }
}
