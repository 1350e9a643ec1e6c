package se.asfregister.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.asfregister.web.Languages;

/** Labels of the statistics (JSON-stat) in Swedish and English: dimensions, figures, genders, measures. */
public final class StatisticsLabels {

    /** Each label as {Swedish, English}. */
    private static final Map<String, String[]> LABELS = new LinkedHashMap<>();

    static {
        put("dimension.area", "Område", "Area");
        put("dimension.year", "År", "Year");
        put("dimension.figure", "Uppgift", "Figure");
        put("dimension.gender", "Kön", "Gender");
        put("dimension.goal", "Mål", "Goal");
        put("gender.total", "Totalt", "Total");
        put("gender.women", "Kvinnor", "Women");
        put("gender.men", "Män", "Men");
        put("gender.other", "Annat kön", "Other gender");
        put("gender.nonBinary", "Icke-binär", "Non-binary");
        put("dimension.indicator", "Indikator", "Indicator");
        put("esf", "ESF+-indikatorer för deltagare i arbetsintegrerande sociala företag",
                "ESF+ participant indicators of work-integrating social enterprises");
        put("activeCompanies", "Aktiva företag", "Active companies");
        put("companiesMeetingCriteria", "Företag som uppfyller ASF-kriterierna", "Companies meeting the ASF criteria");
        put("reportingCompanies", "Rapporterande företag", "Reporting companies");
        put("employees", "Anställda", "Employees");
        put("employeesWithWageSubsidy", "Anställda med lönebidrag", "Employees with wage subsidy");
        put("workTraining", "Arbetsträning", "Work training");
        put("rehabilitation", "Arbetslivsinriktad rehabilitering", "Vocational rehabilitation");
        put("internships", "Praktik", "Internships");
        put("transitionsToWork", "Övergångar till arbete", "Transitions to work");
        put("transitionsToEducation", "Övergångar till studier", "Transitions to education");
        put("revenueSek", "Omsättning", "Revenue");
        put("csrCollaborations", "CSR-samarbeten", "CSR collaborations");
        put("policiesInForce", "Kommunala policyer i kraft", "Municipal policies in force");
        put("activities", "Aktiviteter", "Activities");
        put("activityParticipants", "Deltagare i aktiviteter", "Activity participants");
        put("baselineValue", "Basvärde", "Baseline value");
        put("currentValue", "Aktuellt värde", "Current value");
        put("targetValue", "Målvärde", "Target value");
        put("expectedValue", "Förväntat värde", "Expected value");
        put("achievedShare", "Andel uppnådd", "Share achieved");
        put("unit.count", "antal", "number");
        put("unit.sek", "kronor", "SEK");
        put("unit.share", "andel", "share");
        put("country", "Sverige", "Sweden");
        put("source", "ASF-registret", "The ASF register");
        put("annual", "Årsrapport för arbetsintegrerande sociala företag", "Annual report of work-integrating social enterprises");
        put("progress", "Måluppfyllelse för regionala mål", "Progress toward regional goals");
    }

    private static void put(String key, String swedish, String english) {
        LABELS.put(key, new String[] {swedish, english});
    }

    private StatisticsLabels() {
    }

    public static String label(String key, Locale locale) {
        String[] l = LABELS.get(key);
        if (l == null) {
            throw new IllegalArgumentException("no label " + key);
        }
        return Languages.swedish(locale) ? l[0] : l[1];
    }

    /** Category labels for codes whose label keys are {@code prefix + code}. */
    public static Map<String, String> labels(List<String> codes, String prefix, Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        codes.forEach(c -> labels.put(c, label(prefix + c, locale)));
        return labels;
    }
}
