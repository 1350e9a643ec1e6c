package se.asfregister.policy;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import se.asfregister.common.SequencedEntity;

/** A municipality's policy, action plan, procurement guideline or IOP that backs the ASF. */
@Entity
public class MunicipalPolicy extends SequencedEntity {

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
