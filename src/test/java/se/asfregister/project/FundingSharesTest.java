package se.asfregister.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.asfregister.project.FundingShares.SourceShare;

class FundingSharesTest {

    private static FundingLine line(Funder funder, long sek) {
        return new FundingLine(funder, null, null, sek, FundingKind.GRANT, null, null);
    }

    @Test
    void sharesPerFunderInFunderOrder() {
        // budget 2,000,000 + 1,500,000 + 500,000 + 250,000 = 4,250,000;
        // municipalities 750,000 / 4,250,000 = 0.17647 → 0.1765, Tillväxtverket 0.47059 → 0.4706,
        // region 0.35294 → 0.3529
        List<FundingLine> lines = List.of(line(Funder.MUNICIPALITY, 500_000), line(Funder.TILLVAXTVERKET, 2_000_000),
                line(Funder.REGION_GROWTH_FUNDS, 1_500_000), line(Funder.MUNICIPALITY, 250_000));
        assertEquals(4_250_000, FundingShares.budget(lines));
        assertEquals(List.of(new SourceShare(Funder.TILLVAXTVERKET, 2_000_000, new BigDecimal("0.4706")),
                new SourceShare(Funder.REGION_GROWTH_FUNDS, 1_500_000, new BigDecimal("0.3529")),
                new SourceShare(Funder.MUNICIPALITY, 750_000, new BigDecimal("0.1765"))),
                FundingShares.bySource(lines));
    }

    @Test
    void aBudgetOfNothingHasNoShares() {
        List<SourceShare> shares = FundingShares.bySource(List.of(line(Funder.OTHER, 0)));
        assertEquals(0, shares.get(0).amountSek());
        assertNull(shares.get(0).share());
        assertEquals(List.of(), FundingShares.bySource(List.of()));
    }
}
