package se.asfregister.csr;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import se.asfregister.common.SequencedEntity;

/** A CSR collaboration (CSR-samarbete) between one or more ASF and a partner. */
@Entity
public class CsrCollaboration extends SequencedEntity {

    public String title;

    public String partnerName;

    @Enumerated(EnumType.STRING)
    public PartnerType partnerType;

    @Enumerated(EnumType.STRING)
    public CollaborationKind kind;

    public String municipalityCode;

    public LocalDate startDate;

    public LocalDate endDate;

    @Enumerated(EnumType.STRING)
    public CollaborationStatus status;

    public Long valueSek;

    public String description;

    @ElementCollection
    @CollectionTable(name = "csr_collaboration_company", joinColumns = @JoinColumn(name = "collaboration_id"))
    @Column(name = "company_id")
    public Set<Long> companyIds = new HashSet<>();
}
