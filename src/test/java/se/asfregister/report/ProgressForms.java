package se.asfregister.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * A goal's published progress values as linear forms (docs/reporting.md, "Indicators" and "Like
 * with like"): the indicator summed over the county's companies that reported in the year, or
 * for a growth goal on persons over those that reported in both the baseline year and the year.
 * Values derived from them (target, expected value, share achieved) tie them together.
 */
record ProgressForms(String indicator, String targetType, Map<Integer, Long> current, Map<Integer, Long> baseline,
        long currentValue) {

    /** Scale that turns the share's (and the growth's) decimals into integers. */
    private static final BigDecimal SCALE = BigDecimal.valueOf(1_000_000);

    /** Null for indicators that do not count persons (companies, activities, documents are public). */
    static ProgressForms of(RandomRegister r, Unknowns u, Map<String, Object> p) {
        String indicator = (String) p.get("indicator");
        if (!DisclosureAudit.PERSON_INDICATORS.contains(indicator)) {
            return null;
        }
        List<Part> parts = switch (indicator) {
            case "EMPLOYEES" -> Part.of("employees.total");
            case "PARTICIPANTS" -> {
                List<Part> all = new ArrayList<>(Part.of("workTraining.total"));
                all.addAll(Part.of("rehabilitation.total"));
                all.addAll(Part.of("internships.total"));
                yield all;
            }
            default -> Part.of("transitionsToWork");
        };
        String county = (String) p.get("countyCode");
        int year = ((Number) p.get("year")).intValue();
        Integer baselineYear = p.get("baselineYear") == null ? null : ((Number) p.get("baselineYear")).intValue();
        String type = (String) p.get("targetType");
        Predicate<RandomRegister.Company> in = c -> c.county().equals(county);
        if (type.equals("PERCENT_GROWTH") && baselineYear != null) {
            in = in.and(c -> r.reported(c.id(), baselineYear) && r.reported(c.id(), year));
        }
        Predicate<RandomRegister.Company> companies = in;
        long value = r.companies.stream().filter(c -> companies.test(c) && r.reported(c.id(), year))
                .mapToLong(c -> parts.stream().mapToLong(x -> r.annual(c.id(), year, x)).sum()).sum();
        return new ProgressForms(indicator, type, u.companies(in, year, parts),
                baselineYear == null ? null : u.companies(in, baselineYear, parts), value);
    }

    /** The forms that the visible derived values reveal. */
    List<Map<Integer, Long>> derived(Map<String, Object> p) {
        List<Map<Integer, Long>> forms = new ArrayList<>();
        boolean growth = targetType.equals("PERCENT_GROWTH");
        if (baseline != null && p.get("expectedValue") != null) {
            forms.add(baseline);
        }
        if (baseline != null && growth && p.get("targetValue") != null) {
            forms.add(baseline);
        }
        Object share = p.get("achievedShare");
        if (share != null) {
            if (baseline == null) {
                forms.add(current);
            } else {
                // current - baseline = share * (target - baseline): a fixed ratio of the two
                BigDecimal s = new BigDecimal(share.toString());
                BigDecimal k = growth ? BigDecimal.ONE.add(s.multiply(new BigDecimal(p.get("goalTargetValue")
                        .toString())).movePointLeft(2)) : BigDecimal.ONE.subtract(s);
                forms.add(combine(current, SCALE.longValueExact(), baseline,
                        -k.multiply(SCALE).setScale(0, java.math.RoundingMode.UNNECESSARY).longValueExact()));
            }
        }
        return forms;
    }

    private static Map<Integer, Long> combine(Map<Integer, Long> a, long x, Map<Integer, Long> b, long y) {
        Map<Integer, Long> f = new TreeMap<>();
        a.forEach((c, v) -> f.merge(c, v * x, Long::sum));
        b.forEach((c, v) -> f.merge(c, v * y, Long::sum));
        f.values().removeIf(v -> v == 0);
        return f;
    }
}
