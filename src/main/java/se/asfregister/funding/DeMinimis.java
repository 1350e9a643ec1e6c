package se.asfregister.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The de minimis ceiling of Regulation (EU) 2023/2831, Article 3(2): at most EUR 300,000 of
 * de minimis aid per undertaking over any period of three years, assessed on a rolling basis
 * (recital 10: for each new grant, the aid granted in the previous three years counts).
 *
 * <p>A window is the three years that end on a day D: from D minus three years plus one day
 * through D, both inclusive (2021-03-02 – 2024-03-01). Aid granted exactly three years before
 * D (2021-03-01) lies outside it. A grant dated D falls in every window that ends on D or up to
 * three years later, so a back-dated grant is checked against the later grants too.
 *
 * <p>Each grant is converted at the rate recorded with it, to whole cents, rounding half up.
 */
public final class DeMinimis {

    public static final BigDecimal CEILING_EUR = new BigDecimal("300000.00");

    static final int WINDOW_YEARS = 3;

    /** One grant of de minimis aid: its amount in SEK, the SEK for one EUR on its date, its date. */
    public record Grant(long amountSek, BigDecimal sekPerEur, LocalDate grantedOn) {

        BigDecimal eur() {
            return DeMinimis.eur(amountSek, sekPerEur);
        }
    }

    /** A window of three years and the aid granted in it, in EUR. */
    public record Window(LocalDate from, LocalDate to, BigDecimal sumEur) {

        public boolean exceedsCeiling() {
            return sumEur.compareTo(CEILING_EUR) > 0;
        }

        /** What more aid on any day of this window may still amount to; never below zero. */
        public BigDecimal roomEur() {
            return CEILING_EUR.subtract(sumEur).max(BigDecimal.ZERO.setScale(2));
        }
    }

    private DeMinimis() {
    }

    /** {@code amountSek} in EUR at {@code sekPerEur}, to the cent. */
    public static BigDecimal eur(long amountSek, BigDecimal sekPerEur) {
        return BigDecimal.valueOf(amountSek).divide(sekPerEur, 2, RoundingMode.HALF_UP);
    }

    /** The first day of the window of three years that ends on {@code day}. */
    public static LocalDate windowStart(LocalDate day) {
        return day.minusYears(WINDOW_YEARS).plusDays(1);
    }

    /** The window ending on {@code day} and the aid granted in it. */
    public static Window windowEnding(LocalDate day, List<Grant> grants) {
        LocalDate from = windowStart(day);
        BigDecimal sum = grants.stream().filter(g -> !g.grantedOn().isBefore(from) && !g.grantedOn().isAfter(day))
                .map(Grant::eur).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new Window(from, day, sum);
    }

    /**
     * Of all windows that contain {@code day}, the one with the most aid (the earliest of
     * equals). A window holds the most aid it can when it ends on {@code day} or on the date of
     * a later grant, so only those are compared.
     */
    public static Window heaviest(LocalDate day, List<Grant> grants) {
        List<LocalDate> ends = new ArrayList<>();
        ends.add(day);
        LocalDate last = day.plusYears(WINDOW_YEARS).minusDays(1);
        grants.stream().map(Grant::grantedOn).filter(d -> d.isAfter(day) && !d.isAfter(last)).sorted()
                .forEach(ends::add);
        Window heaviest = null;
        for (LocalDate end : ends) {
            Window w = windowEnding(end, grants);
            if (heaviest == null || w.sumEur().compareTo(heaviest.sumEur()) > 0) {
                heaviest = w;
            }
        }
        return heaviest;
    }

    /** The window a new grant would push over the ceiling, if any. */
    public static Optional<Window> exceeded(Grant added, List<Grant> others) {
        List<Grant> all = new ArrayList<>(others);
        all.add(added);
        Window w = heaviest(added.grantedOn(), all);
        return w.exceedsCeiling() ? Optional.of(w) : Optional.empty();
    }
}
