package se.asfregister.policy;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import se.asfregister.common.VersionedEntity;

/** A municipality's policy, action plan, procurement guideline or IOP that backs the ASF. */
@Entity
public class MunicipalPolicy extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    public Long id;

    public String municipalityCode;

    public String title;

    @Enumerated(EnumType.STRING)
    public PolicyKind kind;

    @Enumerated(EnumType.STRING)
    public PolicyStatus status;

    public LocalDate adoptedOn;

    public LocalDate validUntil;

    public String documentUrl;

    public boolean socialProcurement;

    public String summary;
}
