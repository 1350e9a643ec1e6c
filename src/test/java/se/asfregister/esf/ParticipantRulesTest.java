package se.asfregister.esf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.asfregister.web.ProblemText;

/** Each additivity rule on its own: a report that breaks only that rule fails only that rule. */
class ParticipantRulesTest {

    /**
     * A report that adds up, for women only (men and non-binary 0): 5 participants = 3 unemployed
     * (2 long-term) + 1 inactive + 1 employed; ages 1 + 2 + 1 = 4 ≤ 5; ISCED 2 + 2 + 1 = 5 ≤ 5;
     * 4 leavers: 1 job searching + 2 employed = 3 ≤ 4, 1 in education, 1 qualified; six months
     * later 3 employed, 1 improved.
     */
    static Map<Indicator, Long> valid() {
        Map<Indicator, Long> w = new EnumMap<>(Indicator.class);
        w.put(Indicator.PARTICIPANTS, 5L);
        w.put(Indicator.UNEMPLOYED, 3L);
        w.put(Indicator.LONG_TERM_UNEMPLOYED, 2L);
        w.put(Indicator.INACTIVE, 1L);
        w.put(Indicator.EMPLOYED, 1L);
        w.put(Indicator.UNDER_18, 1L);
        w.put(Indicator.AGED_18_TO_29, 2L);
        w.put(Indicator.AGED_55_AND_OVER, 1L);
        w.put(Indicator.ISCED_0_TO_2, 2L);
        w.put(Indicator.ISCED_3_TO_4, 2L);
        w.put(Indicator.ISCED_5_TO_8, 1L);
        w.put(Indicator.DISABILITIES, 5L);
        w.put(Indicator.LEAVERS, 4L);
        w.put(Indicator.JOB_SEARCHING_AT_LEAVING, 1L);
        w.put(Indicator.EMPLOYED_AT_LEAVING, 2L);
        w.put(Indicator.EDUCATION_AT_LEAVING, 1L);
        w.put(Indicator.QUALIFICATION_AT_LEAVING, 1L);
        w.put(Indicator.EMPLOYED_SIX_MONTHS, 3L);
        w.put(Indicator.IMPROVED_SIX_MONTHS, 1L);
        return w;
    }

    static Counts women(Map<Indicator, Long> w) {
        return Counts.of((i, g) -> g == Gender.WOMEN ? w.getOrDefault(i, 0L) : 0);
    }

    static List<ParticipantRules.Violation> breaking(Indicator i, long value) {
        Map<Indicator, Long> w = valid();
        w.put(i, value);
        return ParticipantRules.check(women(w));
    }

    static void onlyRule(List<ParticipantRules.Violation> v, String rule, String field) {
        assertEquals(1, v.size(), v.toString());
        assertEquals(rule, v.get(0).rule());
        assertEquals(field, v.get(0).field());
        assertTrue(v.get(0).message().startsWith("rule " + rule + ": "), v.get(0).message());
    }

    @Test
    void aReportThatAddsUpPasses() {
        assertEquals(List.of(), ParticipantRules.check(women(valid())));
        assertEquals(List.of(), ParticipantRules.check(Counts.of((i, g) -> 0)));
    }

    @Test
    void labourStatusesMustPartitionTheParticipants() {
        // 3 + 1 + 1 = 5: one more unemployed makes 6, one fewer inactive 4
        onlyRule(breaking(Indicator.INACTIVE, 0), "labour-status-partition", "participants.women");
        onlyRule(breaking(Indicator.EMPLOYED, 2), "labour-status-partition", "participants.women");
        assertEquals("rule labour-status-partition: unemployed (3) + inactive (1) + employed (2) of women must equal"
                + " participants (5)", breaking(Indicator.EMPLOYED, 2).get(0).message());
    }

    @Test
    void longTermUnemployedAreUnemployed() {
        onlyRule(breaking(Indicator.LONG_TERM_UNEMPLOYED, 4), "long-term-within-unemployed", "longTermUnemployed.women");
    }

    @Test
    void noCategoryExceedsTheParticipants() {
        onlyRule(breaking(Indicator.DISABILITIES, 6), "within-participants", "disabilities.women");
        onlyRule(breaking(Indicator.RURAL_AREAS, 6), "within-participants", "ruralAreas.women");
    }

    @Test
    void ageBandsTogetherDoNotExceedTheParticipants() {
        // 1 + 3 + 1 = 5 is fine, 1 + 4 + 1 = 6 is not, although 4 alone is
        assertEquals(List.of(), breaking(Indicator.AGED_18_TO_29, 3));
        onlyRule(breaking(Indicator.AGED_18_TO_29, 4), "age-groups-within-participants", "under18.women");
    }

    @Test
    void educationLevelsTogetherDoNotExceedTheParticipants() {
        onlyRule(breaking(Indicator.ISCED_5_TO_8, 2), "education-levels-within-participants", "isced0To2.women");
    }

    @Test
    void noResultExceedsTheLeavers() {
        onlyRule(breaking(Indicator.QUALIFICATION_AT_LEAVING, 5), "within-leavers", "qualificationAtLeaving.women");
        onlyRule(breaking(Indicator.EMPLOYED_SIX_MONTHS, 5), "within-leavers", "employedSixMonths.women");
    }

    @Test
    void jobSearchingAndEmployedUponLeavingExcludeEachOther() {
        // 1 + 3 = 4 leavers is fine; 2 + 3 = 5 is not, though each is at most 4
        assertEquals(List.of(), breaking(Indicator.EMPLOYED_AT_LEAVING, 3));
        Map<Indicator, Long> w = valid();
        w.put(Indicator.JOB_SEARCHING_AT_LEAVING, 2L);
        w.put(Indicator.EMPLOYED_AT_LEAVING, 3L);
        onlyRule(ParticipantRules.check(women(w)), "leaving-status-exclusive", "jobSearchingAtLeaving.women");
    }

    /**
     * Every rule broken for every gender: nobody started or left, yet each category counts 1 (and
     * long-term unemployed 2 of 1 unemployed). Each message has its Swedish wording, which keeps
     * the rule's name and the indicator keys of the API.
     */
    @Test
    void everyRuleMessageHasItsSwedishWording() {
        Counts c = Counts.of((i, g) -> i == Indicator.PARTICIPANTS || i == Indicator.LEAVERS ? 0
                : i == Indicator.LONG_TERM_UNEMPLOYED ? 2 : 1);
        List<ParticipantRules.Violation> all = ParticipantRules.check(c);
        // per gender: partition, long-term, 16 categories, ages, education, 6 results, leaving status
        assertEquals(3 * (1 + 1 + 16 + 1 + 1 + 6 + 1), all.size());
        for (ParticipantRules.Violation v : all) {
            String sv = ProblemText.localize(v.message(), ProblemText.SWEDISH);
            assertTrue(sv.startsWith("regel " + v.rule() + ": ") && !sv.contains(" must ") && !sv.contains(" of "),
                    v.message() + " => " + sv);
        }
        assertEquals("regel long-term-within-unemployed: longTermUnemployed (2) bland icke-binära får inte överstiga"
                + " unemployed (1)", ProblemText.localize(all.stream().filter(v -> v.field().equals(
                        "longTermUnemployed.nonBinary")).findFirst().orElseThrow().message(), ProblemText.SWEDISH));
        assertEquals("regel labour-status-partition: unemployed (1) + inactive (1) + employed (1) bland män måste vara"
                + " lika med participants (0)", ProblemText.localize(all.stream().filter(v -> v.field().equals(
                        "participants.men")).findFirst().orElseThrow().message(), ProblemText.SWEDISH));
    }

    @Test
    void eachGenderIsCheckedOnItsOwn() {
        // women 5 = 5, men 1 participant with nobody in a labour status
        Counts c = Counts.of((i, g) -> g == Gender.WOMEN ? valid().getOrDefault(i, 0L)
                : g == Gender.MEN && i == Indicator.PARTICIPANTS ? 1 : 0);
        onlyRule(ParticipantRules.check(c), "labour-status-partition", "participants.men");
    }
}
