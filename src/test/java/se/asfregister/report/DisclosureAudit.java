package se.asfregister.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import se.asfregister.support.ExactSpan;

/**
 * What a reader can work out from every public output of a random register: each published
 * person count or amount is a linear form over the unknowns ({@link Unknowns}); the visible ones
 * span what a reader knows. A hidden figure is <em>determined</em> when its form lies in that span
 * (exact integer elimination, {@link ExactSpan}): through any additive relation at all, not only
 * the ones the rule set knows about. Checked for an anonymous reader and for each company that
 * knows its own figures; also checks the primary rules on every visible figure.
 */
final class DisclosureAudit {

    static final Set<String> PERSON_INDICATORS = Set.of("EMPLOYEES", "PARTICIPANTS", "TRANSITIONS_TO_WORK");

    /** Counts of persons or money in an annual-report row, by name (company counts and documents are public anyway). */
    static final List<String> FIGURES = figures();

    /** What a published figure is: a cell of a report or list, a goal's progress value, or a value derived from those. */
    enum Kind {
        CELL,
        PROGRESS,
        DERIVED
    }

    /** A published figure: its linear form, whether it is shown, and what it is. */
    record Figure(String label, Map<Integer, Long> form, boolean visible, Kind kind) {
    }

    private final RandomRegister register;
    private final Unknowns unknowns;
    private final int minCompanies;
    private final List<Figure> figures = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    DisclosureAudit(RandomRegister register, int minCompanies) {
        this.register = register;
        this.unknowns = new Unknowns(register);
        this.minCompanies = minCompanies;
    }

    private static List<String> figures() {
        List<String> f = new ArrayList<>();
        for (String g : new ArrayList<>(List.of("employees", "employeesWithWageSubsidy", "workTraining",
                "rehabilitation", "internships", "activityParticipants"))) {
            List.of("women", "men", "other", "total").forEach(x -> f.add(g + "." + x));
        }
        f.addAll(List.of("transitionsToWork", "transitionsToEducation", "revenueSek"));
        return List.copyOf(f);
    }

    /** An annual report (JSON) for {@code year}: its rows, its total and the progress it carries. */
    @SuppressWarnings("unchecked")
    void annualReport(String name, int year, Map<String, Object> report) {
        List<Map<String, Object>> rows = new ArrayList<>((List<Map<String, Object>>) report.get("rows"));
        rows.add((Map<String, Object>) report.get("total"));
        for (Map<String, Object> row : rows) {
            for (String figure : FIGURES) {
                cell(name + " " + row.get("name") + " " + figure, row, year, figure);
            }
        }
        for (Map<String, Object> p : (List<Map<String, Object>>) report.get("progress")) {
            progress(name + " progress", p);
        }
    }

    private void cell(String label, Map<String, Object> row, int year, String figure) {
        Object code = row.get("code");
        Predicate<String> inArea = m -> code == null || m.startsWith((String) code);
        Number shown = (Number) Published.value(row, figure);
        boolean activity = figure.startsWith("activityParticipants");
        Map<Integer, Long> form;
        long value;
        long contributors;
        if (activity) {
            String gender = figure.substring(figure.indexOf('.') + 1);
            List<String> genders = gender.equals("total") ? Part.GENDERS : List.of(gender);
            form = unknowns.activities(inArea, year, genders);
            var held = register.activities.stream().filter(a -> a.year() == year && inArea.test(a.municipality()))
                    .toList();
            value = held.stream().mapToLong(a -> genders.stream().mapToLong(g -> a.participants()[
                    Part.GENDERS.indexOf(g)]).sum()).sum();
            contributors = held.size();
        } else {
            List<Part> parts = Part.of(figure);
            form = unknowns.companies(c -> inArea.test(c.municipality()), year, parts);
            var reporting = register.companies.stream().filter(c -> inArea.test(c.municipality())
                    && register.reported(c.id(), year)).toList();
            value = reporting.stream().mapToLong(c -> parts.stream().mapToLong(p -> register.annual(c.id(), year, p))
                    .sum()).sum();
            contributors = reporting.size();
            if (shown != null && figure.equals("revenueSek") && dominated(reporting, year, value)) {
                failures.add(label + " = " + value + ": two companies hold more than 85 %, yet shown");
            }
        }
        if (shown != null) {
            primary(label, figure, shown.longValue(), value, contributors);
        }
        figures.add(new Figure(label, form, shown != null, Kind.CELL));
    }

    private boolean dominated(List<RandomRegister.Company> reporting, int year, long total) {
        long top2 = reporting.stream().mapToLong(c -> register.annual(c.id(), year, Part.REVENUE))
                .boxed().sorted((a, b) -> Long.compare(b, a)).limit(2).mapToLong(Long::longValue).sum();
        return total > 0 && top2 * 100 > total * 85;
    }

    private void primary(String label, String figure, long shown, long value, long contributors) {
        if (shown != value) {
            failures.add(label + " shows " + shown + " but the register sums to " + value);
        }
        if (!figure.equals("revenueSek") && value >= 1 && value <= 2) {
            failures.add(label + " shows a count of " + value + " persons");
        }
        if (contributors >= 1 && contributors < minCompanies) {
            failures.add(label + " is shown but rests on " + contributors + " contributors");
        }
    }

    /** One goal's progress (JSON) as published. */
    void progress(String name, Map<String, Object> p) {
        ProgressForms forms = ProgressForms.of(register, unknowns, p);
        if (forms == null) {
            return;
        }
        String label = name + " goal " + p.get("goalId") + " " + p.get("year");
        BigDecimal baseline = decimal(p.get("baselineValue"));
        BigDecimal current = decimal(p.get("currentValue"));
        figures.add(new Figure(label + " currentValue", forms.current(), current != null, Kind.PROGRESS));
        if (forms.baseline() != null) {
            figures.add(new Figure(label + " baselineValue", forms.baseline(), baseline != null, Kind.PROGRESS));
        }
        for (Map<Integer, Long> derived : forms.derived(p)) {
            figures.add(new Figure(label + " derived", derived, true, Kind.DERIVED));
        }
        if (current != null && current.longValueExact() != forms.currentValue()) {
            failures.add(label + " currentValue " + current + " but the register gives " + forms.currentValue());
        }
    }

    /** The public activity list: participants per activity. */
    @SuppressWarnings("unchecked")
    void activities(List<Map<String, Object>> items) {
        for (Map<String, Object> a : items) {
            long id = ((Number) a.get("id")).longValue();
            Map<String, Object> participants = (Map<String, Object>) a.get("participants");
            for (String g : List.of("women", "men", "other", "total")) {
                List<String> genders = g.equals("total") ? Part.GENDERS : List.of(g);
                Map<Integer, Long> form = new TreeMap<>();
                genders.forEach(x -> form.put(unknowns.activityColumn(id, x), 1L));
                boolean visible = participants != null && participants.get(g) != null;
                figures.add(new Figure("activity " + id + " participants." + g, form, visible, Kind.CELL));
            }
        }
    }

    private static BigDecimal decimal(Object o) {
        return o == null ? null : new BigDecimal(o.toString());
    }

    /** Everything a reader could work out that it must not; empty when the outputs are safe. */
    List<String> failures() {
        List<String> all = new ArrayList<>(failures);
        all.addAll(determined(null));
        for (Unknowns.Block alone : unknowns.singletons()) {
            all.addAll(determined(alone));
        }
        return all;
    }

    /**
     * Hidden figures and single companies' figures that the reader can work out. The reader is
     * anonymous ({@code known} null) or the one company of a block, which knows its own figures:
     * its columns drop out of every form (what is left is what it does not know).
     *
     * <p>Every hidden cell of a report or list, and every single company's figure, must stay
     * unknown to every reader. Shown progress values are part of what readers know; hidden ones
     * are not cells of their own: a like-with-like value is hidden so that the companies that
     * started or stopped reporting cannot be subtracted, and those are cells (or single
     * companies) checked here. Working out the hidden value itself can tell a reader nothing the
     * shown figures do not (it may be the county less a shown municipality of newcomers, or, to
     * the one company that stopped, the county less its own).
     */
    private List<String> determined(Unknowns.Block known) {
        String reader = known == null ? "anyone" : "the company of " + known;
        ExactSpan span = new ExactSpan();
        for (Figure f : figures) {
            if (f.visible()) {
                span.add(without(f.form(), known));
            }
        }
        List<String> found = new ArrayList<>();
        for (Figure f : figures) {
            Map<Integer, Long> unknown = without(f.form(), known);
            if (!f.visible() && f.kind() == Kind.CELL && !unknown.isEmpty() && span.contains(unknown)) {
                found.add(reader + " can work out hidden " + f.label());
            }
        }
        for (Unknowns.Block b : unknowns.singletons()) {
            if (!b.equals(known)) {
                for (int year : b.years()) {
                    for (Part part : Part.values()) {
                        if (span.contains(Map.of(unknowns.column(b, year, part), 1L))) {
                            found.add(reader + " can work out " + part + " " + year + " of the single company of " + b);
                        }
                    }
                }
            }
        }
        return found;
    }

    private Map<Integer, Long> without(Map<Integer, Long> form, Unknowns.Block known) {
        if (known == null) {
            return form;
        }
        Map<Integer, Long> rest = new TreeMap<>(form);
        rest.keySet().removeIf(column -> unknowns.inBlock(column, known));
        return rest;
    }
}
