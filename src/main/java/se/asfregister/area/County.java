package se.asfregister.area;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A county (län); read-only reference data loaded by a migration. */
@Entity
public class County extends PanacheEntityBase {

    @Id
    public String code;

    public String name;
}
