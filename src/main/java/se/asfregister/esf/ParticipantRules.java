package se.asfregister.esf;

import static se.asfregister.esf.Indicator.AGED_18_TO_29;
import static se.asfregister.esf.Indicator.AGED_55_AND_OVER;
import static se.asfregister.esf.Indicator.EMPLOYED;
import static se.asfregister.esf.Indicator.EMPLOYED_AT_LEAVING;
import static se.asfregister.esf.Indicator.INACTIVE;
import static se.asfregister.esf.Indicator.ISCED_0_TO_2;
import static se.asfregister.esf.Indicator.ISCED_3_TO_4;
import static se.asfregister.esf.Indicator.ISCED_5_TO_8;
import static se.asfregister.esf.Indicator.JOB_SEARCHING_AT_LEAVING;
import static se.asfregister.esf.Indicator.LEAVERS;
import static se.asfregister.esf.Indicator.LONG_TERM_UNEMPLOYED;
import static se.asfregister.esf.Indicator.PARTICIPANTS;
import static se.asfregister.esf.Indicator.UNDER_18;
import static se.asfregister.esf.Indicator.UNEMPLOYED;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where the counts of a participant report must add up, checked per gender. Each rule has a name
 * that the problem quotes, so a reporter can look it up (docs/esf.md, "The rules"):
 * <ul>
 * <li>{@code labour-status-partition}: every participant has exactly one labour-market status on
 * entry, so unemployed (long-term included) + inactive + employed = participants;</li>
 * <li>{@code long-term-within-unemployed}: a long-term unemployed person is also unemployed;</li>
 * <li>{@code within-participants}: no category of starters exceeds the participants;</li>
 * <li>{@code age-groups-within-participants}: the age bands (below 18, 18-29, 55 and over) do not
 * overlap, so together they do not exceed the participants;</li>
 * <li>{@code education-levels-within-participants}: nor do the ISCED levels;</li>
 * <li>{@code within-leavers}: no result exceeds the leavers it is a result of;</li>
 * <li>{@code leaving-status-exclusive}: job searching and in employment upon leaving exclude each
 * other (only the last status within four weeks counts), so together they do not exceed the leavers.</li>
 * </ul>
 */
public final class ParticipantRules {

    /** One failed rule for one gender; {@code field} is {@code <indicator>.<gender>}. */
    public record Violation(String rule, String field, String message) {
    }

    private ParticipantRules() {
    }

    public static List<Violation> check(Counts c) {
        List<Violation> out = new ArrayList<>();
        for (Gender g : Gender.ALL) {
            equalSum(out, c, g, "labour-status-partition", List.of(UNEMPLOYED, INACTIVE, EMPLOYED), PARTICIPANTS);
            atMost(out, c, g, "long-term-within-unemployed", List.of(LONG_TERM_UNEMPLOYED), UNEMPLOYED);
            for (Indicator i : Indicator.ALL) {
                if (i.kind() == Indicator.Kind.OUTPUT && i != PARTICIPANTS) {
                    atMost(out, c, g, "within-participants", List.of(i), PARTICIPANTS);
                }
            }
            atMost(out, c, g, "age-groups-within-participants", List.of(UNDER_18, AGED_18_TO_29, AGED_55_AND_OVER),
                    PARTICIPANTS);
            atMost(out, c, g, "education-levels-within-participants", List.of(ISCED_0_TO_2, ISCED_3_TO_4, ISCED_5_TO_8),
                    PARTICIPANTS);
            for (Indicator i : Indicator.ALL) {
                if (i.kind() == Indicator.Kind.IMMEDIATE_RESULT || i.kind() == Indicator.Kind.LONGER_TERM_RESULT) {
                    atMost(out, c, g, "within-leavers", List.of(i), LEAVERS);
                }
            }
            atMost(out, c, g, "leaving-status-exclusive", List.of(JOB_SEARCHING_AT_LEAVING, EMPLOYED_AT_LEAVING),
                    LEAVERS);
        }
        return out;
    }

    private static void equalSum(List<Violation> out, Counts c, Gender g, String rule, List<Indicator> parts,
            Indicator whole) {
        long sum = sum(c, g, parts);
        if (sum != c.get(whole, g)) {
            out.add(new Violation(rule, whole.key + "." + g.key, "rule " + rule + ": " + describe(c, g, parts)
                    + " must equal " + whole.key + " (" + c.get(whole, g) + ")"));
        }
    }

    private static void atMost(List<Violation> out, Counts c, Gender g, String rule, List<Indicator> parts,
            Indicator whole) {
        if (sum(c, g, parts) > c.get(whole, g)) {
            out.add(new Violation(rule, parts.get(0).key + "." + g.key, "rule " + rule + ": " + describe(c, g, parts)
                    + " must not exceed " + whole.key + " (" + c.get(whole, g) + ")"));
        }
    }

    private static long sum(Counts c, Gender g, List<Indicator> parts) {
        return parts.stream().mapToLong(i -> c.get(i, g)).sum();
    }

    private static String describe(Counts c, Gender g, List<Indicator> parts) {
        return parts.stream().map(i -> i.key + " (" + c.get(i, g) + ")").collect(Collectors.joining(" + "))
                + " of " + g.key;
    }
}
