package se.asfregister.report.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import se.asfregister.report.disclosure.FamilyTable.AreaCells;
import se.asfregister.report.disclosure.FamilyTable.Shape;

/**
 * A random nation of a few counties and municipalities for one figure family, built from
 * companies (0 to 5 per municipality, small and large counts), with each cell's linear form over
 * the municipalities' unknown sums (columns: municipality x gender), so that tests can check the
 * rule set with exact linear algebra.
 */
final class RandomTable {

    final AreaTree tree = new AreaTree();
    final Shape shape;
    final List<Integer> municipalities = new ArrayList<>();
    final AreaCells[] cells;
    /** Per municipality, its companies' values by gender (or the single figure). */
    final Map<Integer, long[][]> companies = new TreeMap<>();

    RandomTable(long seed, Shape shape, boolean dominantCompanies) {
        this.shape = shape;
        Random random = new Random(seed);
        int nation = tree.add("SE", -1);
        int counties = 1 + random.nextInt(4);
        for (int c = 0; c < counties; c++) {
            int county = tree.add("C" + c, nation);
            int n = 1 + random.nextInt(4);
            for (int m = 0; m < n; m++) {
                int municipality = tree.add("M" + c + m, county);
                municipalities.add(municipality);
                int count = random.nextInt(6);
                long[][] values = new long[count][genders()];
                for (long[] company : values) {
                    for (int g = 0; g < genders(); g++) {
                        int kind = random.nextInt(3);
                        company[g] = kind == 0 ? 0 : kind == 1 ? 1 + random.nextInt(3) : 4 + random.nextInt(40);
                        if (dominantCompanies && random.nextInt(4) == 0) {
                            company[g] = 1_000_000;
                        }
                    }
                }
                companies.put(municipality, values);
            }
        }
        cells = new AreaCells[tree.size()];
        for (int a = tree.size() - 1; a >= 0; a--) {
            cells[a] = sum(a);
        }
    }

    int genders() {
        return shape == Shape.GENDERED ? 3 : 1;
    }

    private AreaCells sum(int area) {
        List<Long> contributions = new ArrayList<>();
        long[] values = new long[shape.cells()];
        long contributors = 0;
        for (int m : municipalitiesUnder(area)) {
            for (long[] company : companies.get(m)) {
                contributors++;
                long total = 0;
                for (int g = 0; g < genders(); g++) {
                    values[g] += company[g];
                    total += company[g];
                }
                if (shape == Shape.GENDERED) {
                    values[3] += total;
                }
                contributions.add(total);
            }
        }
        long largestTwo = contributions.stream().sorted((x, y) -> Long.compare(y, x)).limit(2)
                .mapToLong(Long::longValue).sum();
        return new AreaCells(values, contributors, shape == Shape.SINGLE ? largestTwo : null);
    }

    List<Integer> municipalitiesUnder(int area) {
        if (tree.leaf(area)) {
            return List.of(area);
        }
        List<Integer> all = new ArrayList<>();
        tree.children(area).forEach(c -> all.addAll(municipalitiesUnder(c)));
        return all;
    }

    /** The form of cell {@code c} of {@code area}: a sum of municipalities' unknowns (only those with companies). */
    Map<Integer, Long> form(int area, int c) {
        Map<Integer, Long> form = new TreeMap<>();
        for (int m : municipalitiesUnder(area)) {
            if (companies.get(m).length > 0) {
                for (int g = 0; g < genders(); g++) {
                    if (c == g || c == 3) {
                        form.put(m * genders() + g, 1L);
                    }
                }
            }
        }
        return form;
    }

    /** For each municipality with a single company: that company knows the municipality (and any area it is alone in). */
    List<int[]> readers() {
        List<int[]> readers = new ArrayList<>();
        for (int m : municipalities) {
            if (companies.get(m).length == 1) {
                List<Integer> areas = new ArrayList<>();
                for (int a = m; a >= 0 && cells[a].contributors() == 1; a = tree.parent(a)) {
                    areas.add(a);
                }
                readers.add(areas.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        return readers;
    }
}
