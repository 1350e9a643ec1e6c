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
import java.math.BigDecimal;
import java.time.LocalDate;
import se.asfregister.common.VersionedEntity;

/** Support a company received: a grant, a voucher or a loan, possibly de minimis aid. */
@Entity
@Table(name = "company_support")
public class CompanySupport extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "company_support_seq")
    @SequenceGenerator(name = "company_support_seq", sequenceName = "company_support_seq", allocationSize = 50)
    public Long id;

    @Column(name = "company_id")
    public Long companyId;

    @Enumerated(EnumType.STRING)
    public SupportKind kind;

    public String source;

    public String programme;

    @Column(name = "amount_sek")
    public long amountSek;

    /** When the legal right to the aid was conferred: the date the de minimis window is counted from. */
    @Column(name = "granted_on")
    public LocalDate grantedOn;

    @Column(name = "de_minimis")
    public boolean deMinimis;

    /** SEK for one EUR on {@link #grantedOn}, as the caller gave it; null for aid that is not de minimis. */
    @Column(name = "sek_per_eur")
    public BigDecimal sekPerEur;
}
