package se.asfregister.area;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import se.asfregister.web.ApiException;

/** A municipality (kommun); read-only reference data loaded by a migration. */
@Entity
public class Municipality extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    public String countyCode;

    public static boolean exists(String code) {
        return code != null && count("code", code) > 0;
    }

    /** A 400 on {@code municipalityCode} unless a municipality has this code: the rule of every register feature. */
    public static void requireKnown(String code) {
        if (!exists(code)) {
            throw ApiException.invalid("municipalityCode", "no municipality has code " + code);
        }
    }
}
