package se.asfregister.funding;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;
import se.asfregister.common.SequencedEntity;

/** Support a company received: a grant, a voucher or a loan, possibly de minimis aid. */
@Entity
public class CompanySupport extends SequencedEntity {

    public Long companyId;

    @Enumerated(EnumType.STRING)
    public SupportKind kind;

    public String source;

    public String programme;

    public long amountSek;

    /** When the legal right to the aid was conferred: the date the de minimis window is counted from. */
    public LocalDate grantedOn;

    public boolean deMinimis;

    /** SEK for one EUR on {@link #grantedOn}, as the caller gave it; null for aid that is not de minimis. */
    public BigDecimal sekPerEur;
}
