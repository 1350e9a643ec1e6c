package se.asfregister.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import se.asfregister.funding.DeMinimis.Grant;
import se.asfregister.funding.DeMinimis.Window;
import se.asfregister.funding.FundingRecords.SupportRequest;
import se.asfregister.web.ApiException;

/** A company's de minimis aid against the ceiling of {@link DeMinimis}: the check of a grant and the room left. */
@ApplicationScoped
public class DeMinimisService {

    /** A grant of de minimis aid as the room shows it. */
    public record RoomGrant(long supportId, LocalDate grantedOn, long amountSek, BigDecimal sekPerEur,
            BigDecimal amountEur) {
    }

    /**
     * What more de minimis aid a company may receive on {@code date}: the window of three years
     * around that date that holds the most aid, the aid in it and the grants it holds.
     */
    public record Room(long companyId, LocalDate date, BigDecimal ceilingEur, LocalDate windowFrom,
            LocalDate windowTo, BigDecimal usedEur, BigDecimal remainingEur, List<RoomGrant> grants) {
    }

    @Inject
    CompanyRows rows;

    /**
     * 409 when the grant asked for, with the company's other de minimis aid, would pass the
     * ceiling in some window of three years; {@code supportId} is the grant being replaced, if any.
     */
    void checkCeiling(Long supportId, SupportRequest r) {
        rows.lock(r.companyId());
        List<Grant> others = deMinimisOf(r.companyId()).stream().filter(s -> !s.id.equals(supportId))
                .map(DeMinimisService::grant).toList();
        Grant added = new Grant(r.amountSek(), r.sekPerEur(), r.grantedOn());
        DeMinimis.exceeded(added, others).ifPresent(w -> {
            throw refusal(r.companyId(), added, w);
        });
    }

    /** Names the sum, the window and what of the grant would still have fitted. */
    private static ApiException refusal(long companyId, Grant added, Window w) {
        BigDecimal fits = DeMinimis.CEILING_EUR.subtract(w.sumEur().subtract(added.eur())).max(BigDecimal.ZERO);
        return ApiException.conflict("De minimis aid to company " + companyId + " would amount to EUR "
                + w.sumEur().toPlainString() + " in the three years " + w.from() + " – " + w.to()
                + ", above the ceiling of EUR " + DeMinimis.CEILING_EUR.toPlainString()
                + " (Regulation (EU) 2023/2831); at most EUR " + fits.setScale(2).toPlainString()
                + " of this grant would fit");
    }

    public Room room(long companyId, LocalDate date) {
        rows.requireCompany(companyId);
        List<CompanySupport> aid = deMinimisOf(companyId);
        Window w = DeMinimis.heaviest(date, aid.stream().map(DeMinimisService::grant).toList());
        List<RoomGrant> inWindow = aid.stream()
                .filter(s -> !s.grantedOn.isBefore(w.from()) && !s.grantedOn.isAfter(w.to()))
                .map(s -> new RoomGrant(s.id, s.grantedOn, s.amountSek, s.sekPerEur.stripTrailingZeros(),
                        DeMinimis.eur(s.amountSek, s.sekPerEur)))
                .toList();
        return new Room(companyId, date, DeMinimis.CEILING_EUR, w.from(), w.to(), w.sumEur(), w.roomEur(),
                inWindow);
    }

    private static List<CompanySupport> deMinimisOf(long companyId) {
        return CompanySupport.<CompanySupport>list("companyId = ?1 and deMinimis = true order by grantedOn, id",
                companyId);
    }

    private static Grant grant(CompanySupport s) {
        return new Grant(s.amountSek, s.sekPerEur, s.grantedOn);
    }
}
