package se.asfregister.funding;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import se.asfregister.common.VersionedEntity;

/** A company's application for financing from a local, regional, national or EU source. */
@Entity
public class FundingApplication extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    public Long id;

    public Long companyId;

    public String source;

    public String programme;

    public long amountSek;

    public LocalDate appliedOn;

    @Enumerated(EnumType.STRING)
    public ApplicationStatus status;
}
