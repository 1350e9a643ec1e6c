package se.asfregister.project;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A project's budget (the sum of its funding lines) and what each funder pays of it. Shares
 * have four decimals, rounded half up, like every share in the register; a budget of 0 has no
 * shares (null), since nothing can be divided.
 */
public final class FundingShares {

    /** One funder's part of a budget. */
    public record SourceShare(Funder funder, long amountSek, BigDecimal share) {
    }

    private FundingShares() {
    }

    public static long budget(Collection<FundingLine> lines) {
        return lines.stream().mapToLong(l -> l.amountSek()).sum();
    }

    /** Each funder that pays anything, in the order of {@link Funder}. */
    public static List<SourceShare> bySource(Collection<FundingLine> lines) {
        long budget = budget(lines);
        Map<Funder, Long> sums = new EnumMap<>(Funder.class);
        lines.forEach(l -> sums.merge(l.funder(), l.amountSek(), Long::sum));
        return sums.entrySet().stream()
                .map(e -> new SourceShare(e.getKey(), e.getValue(), share(e.getValue(), budget))).toList();
    }

    static BigDecimal share(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
