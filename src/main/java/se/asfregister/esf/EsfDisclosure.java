package se.asfregister.esf;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.asfregister.esf.EsfQueries.Sum;
import se.asfregister.report.disclosure.AreaTree;
import se.asfregister.report.disclosure.CellStatus;
import se.asfregister.report.disclosure.FamilyTable;

/**
 * The disclosure rule set ({@code report.disclosure}) applied to an ESF report: the counts are
 * persons, so 1-2 are hidden, as are cells resting on 1-3 companies; then secondary suppression
 * over every additive relation the report shows. Each indicator's women + men + non-binary =
 * total is one such relation; the labour-status partition (unemployed + inactive + employed =
 * participants, per gender and in total) is another, so those four indicators are protected as
 * one table, the participants as its root. Pure: the sums come in, the statuses go out.
 */
public final class EsfDisclosure {

    /** The cells of an indicator, in {@link FamilyTable.Shape#GENDERED} order. */
    public static final int WOMEN = 0;
    public static final int MEN = 1;
    public static final int NON_BINARY = 2;
    public static final int TOTAL = 3;

    static final List<Indicator> LABOUR_STATUS = List.of(Indicator.PARTICIPANTS, Indicator.UNEMPLOYED,
            Indicator.INACTIVE, Indicator.EMPLOYED);

    private EsfDisclosure() {
    }

    /** Per indicator, the status of its cells (women, men, non-binary, total; null: shown). */
    public static Map<Indicator, CellStatus[]> protect(Map<Indicator, Sum> sums) {
        Map<Indicator, CellStatus[]> out = new EnumMap<>(Indicator.class);
        CellStatus[][] labour = protect(LABOUR_STATUS, sums);
        for (int a = 0; a < LABOUR_STATUS.size(); a++) {
            out.put(LABOUR_STATUS.get(a), labour[a]);
        }
        for (Indicator i : Indicator.ALL) {
            if (!LABOUR_STATUS.contains(i)) {
                out.put(i, protect(List.of(i), sums)[0]);
            }
        }
        return out;
    }

    /** One family: the first indicator is the sum of the others (or stands alone). */
    private static CellStatus[][] protect(List<Indicator> family, Map<Indicator, Sum> sums) {
        AreaTree tree = new AreaTree();
        int root = tree.add(family.get(0).key, -1);
        family.subList(1, family.size()).forEach(i -> tree.add(i.key, root));
        FamilyTable.AreaCells[] cells = new FamilyTable.AreaCells[family.size()];
        Map<Long, List<Integer>> readers = new LinkedHashMap<>();
        for (int a = 0; a < family.size(); a++) {
            Sum s = sums.get(family.get(a));
            cells[a] = new FamilyTable.AreaCells(values(s), s.contributors(), null);
            if (s.soleContributor() != null) {
                readers.computeIfAbsent(s.soleContributor(), k -> new ArrayList<>()).add(a);
            }
        }
        List<int[]> known = readers.values().stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                .toList();
        return FamilyTable.protect(tree, FamilyTable.Shape.GENDERED, true, cells, known);
    }

    static long[] values(Sum s) {
        long[] c = s.counts();
        return new long[] {c[0], c[1], c[2], c[0] + c[1] + c[2]};
    }
}
