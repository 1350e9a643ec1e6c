package se.asfregister.funding;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import se.asfregister.common.SequencedEntity;

/** A company's application for financing from a local, regional, national or EU source. */
@Entity
public class FundingApplication extends SequencedEntity {

    public Long companyId;

    public String source;

    public String programme;

    public long amountSek;

    public LocalDate appliedOn;

    @Enumerated(EnumType.STRING)
    public ApplicationStatus status;
}
