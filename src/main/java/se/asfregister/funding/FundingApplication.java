package se.asfregister.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import se.asfregister.common.VersionedEntity;

/** A company's application for financing from a local, regional, national or EU source. */
@Entity
@Table(name = "funding_application")
public class FundingApplication extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "funding_application_seq")
    @SequenceGenerator(name = "funding_application_seq", sequenceName = "funding_application_seq", allocationSize = 50)
    public Long id;

    @Column(name = "company_id")
    public Long companyId;

    public String source;

    public String programme;

    @Column(name = "amount_sek")
    public long amountSek;

    @Column(name = "applied_on")
    public LocalDate appliedOn;

    @Enumerated(EnumType.STRING)
    public ApplicationStatus status;
}
