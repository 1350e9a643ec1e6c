package se.asfregister.policy;

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

/** A municipality's policy, action plan, procurement guideline or IOP that backs the ASF. */
@Entity
@Table(name = "municipal_policy")
public class MunicipalPolicy extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "municipal_policy_seq")
    @SequenceGenerator(name = "municipal_policy_seq", sequenceName = "municipal_policy_seq", allocationSize = 50)
    public Long id;

    @Column(name = "municipality_code")
    public String municipalityCode;

    public String title;

    @Enumerated(EnumType.STRING)
    public PolicyKind kind;

    @Enumerated(EnumType.STRING)
    public PolicyStatus status;

    @Column(name = "adopted_on")
    public LocalDate adoptedOn;

    @Column(name = "valid_until")
    public LocalDate validUntil;

    @Column(name = "document_url")
    public String documentUrl;

    @Column(name = "social_procurement")
    public boolean socialProcurement;

    public String summary;
}
