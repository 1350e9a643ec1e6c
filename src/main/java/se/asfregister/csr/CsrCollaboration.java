package se.asfregister.csr;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import se.asfregister.common.VersionedEntity;

/** A CSR collaboration (CSR-samarbete) between one or more ASF and a partner. */
@Entity
@Table(name = "csr_collaboration")
public class CsrCollaboration extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "csr_collaboration_seq")
    @SequenceGenerator(name = "csr_collaboration_seq", sequenceName = "csr_collaboration_seq", allocationSize = 50)
    public Long id;

    public String title;

    @Column(name = "partner_name")
    public String partnerName;

    @Enumerated(EnumType.STRING)
    @Column(name = "partner_type")
    public PartnerType partnerType;

    @Enumerated(EnumType.STRING)
    public CollaborationKind kind;

    @Column(name = "municipality_code")
    public String municipalityCode;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Enumerated(EnumType.STRING)
    public CollaborationStatus status;

    @Column(name = "value_sek")
    public Long valueSek;

    public String description;

    @ElementCollection
    @CollectionTable(name = "csr_collaboration_company", joinColumns = @JoinColumn(name = "collaboration_id"))
    @Column(name = "company_id")
    public Set<Long> companyIds = new HashSet<>();
}
