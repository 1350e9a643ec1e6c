package se.asfregister.area;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A municipality (kommun); read-only reference data loaded by a migration. */
@Entity
public class Municipality extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    @Column(name = "county_code")
    public String countyCode;

    public static boolean exists(String code) {
        return code != null && count("code", code) > 0;
    }
}
