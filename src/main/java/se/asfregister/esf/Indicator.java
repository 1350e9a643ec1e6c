package se.asfregister.esf;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The figures of a participant report, each an ESF+ common indicator for participants (or the
 * leavers its results rest on). Code, names and source are in the code list
 * ({@link CodeList}, {@code esf/common-indicators.csv}); the key is the JSON property, the CSV
 * column prefix and the stored value.
 */
public enum Indicator {

    PARTICIPANTS("participants"),
    UNEMPLOYED("unemployed"),
    LONG_TERM_UNEMPLOYED("longTermUnemployed"),
    INACTIVE("inactive"),
    EMPLOYED("employed"),
    UNDER_18("under18"),
    AGED_18_TO_29("aged18To29"),
    AGED_55_AND_OVER("aged55AndOver"),
    ISCED_0_TO_2("isced0To2"),
    ISCED_3_TO_4("isced3To4"),
    ISCED_5_TO_8("isced5To8"),
    DISABILITIES("disabilities"),
    THIRD_COUNTRY_NATIONALS("thirdCountryNationals"),
    FOREIGN_BACKGROUND("foreignBackground"),
    MINORITIES("minorities"),
    HOMELESS("homeless"),
    RURAL_AREAS("ruralAreas"),
    LEAVERS("leavers"),
    JOB_SEARCHING_AT_LEAVING("jobSearchingAtLeaving"),
    EDUCATION_AT_LEAVING("educationAtLeaving"),
    QUALIFICATION_AT_LEAVING("qualificationAtLeaving"),
    EMPLOYED_AT_LEAVING("employedAtLeaving"),
    EMPLOYED_SIX_MONTHS("employedSixMonths"),
    IMPROVED_SIX_MONTHS("improvedSixMonths");

    /** What a figure counts: starters by category, leavers, or the leavers' results. */
    public enum Kind {
        OUTPUT,
        LEAVERS,
        IMMEDIATE_RESULT,
        LONGER_TERM_RESULT
    }

    public static final List<Indicator> ALL = List.of(values());

    public final String key;

    Indicator(String key) {
        this.key = key;
    }

    public static Optional<Indicator> byKey(String key) {
        return Arrays.stream(values()).filter(i -> i.key.equals(key)).findFirst();
    }

    public static List<String> keys() {
        return ALL.stream().map(i -> i.key).toList();
    }

    public CodeList.Entry entry() {
        return CodeList.entry(this);
    }

    public Kind kind() {
        return entry().kind();
    }

    /** The Commission's code, or null where none could be verified (see the code list). */
    public String code() {
        return entry().code();
    }
}
