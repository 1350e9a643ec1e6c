package se.asfregister.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The unknowns a reader of the published figures faces, numbered as columns of linear forms.
 *
 * <p>Companies that lie in the same municipality and reported in the same years enter every
 * published sum together (every figure sums over an area and the companies that reported in a
 * year, or in both years for like-with-like progress). Such a <em>block</em> is one unknown per
 * year and part: a reader can never tell its companies apart, and a single company's figure can
 * only be worked out where its block holds that company alone. Each activity's participants are
 * unknowns of their own (per gender), since lists may show them one activity at a time.
 */
final class Unknowns {

    /** A block of companies: municipality and the years it reported. */
    record Block(String municipality, Set<Integer> years) {
    }

    private final RandomRegister register;
    private final Map<Long, Block> blockOf = new LinkedHashMap<>();
    private final Map<String, Integer> columns = new LinkedHashMap<>();
    private final Map<Integer, Block> blockOfColumn = new LinkedHashMap<>();

    Unknowns(RandomRegister register) {
        this.register = register;
        for (RandomRegister.Company c : register.companies) {
            Set<Integer> years = new java.util.TreeSet<>(register.reports.get(c.id()).keySet());
            blockOf.put(c.id(), new Block(c.municipality(), years));
        }
    }

    Block blockOf(long company) {
        return blockOf.get(company);
    }

    /** The companies in a block. */
    List<Long> members(Block b) {
        return blockOf.entrySet().stream().filter(e -> e.getValue().equals(b)).map(Map.Entry::getKey).toList();
    }

    /** Blocks that hold one company only: the only places where one company's figure could come out. */
    List<Block> singletons() {
        return blockOf.values().stream().distinct().filter(b -> members(b).size() == 1).toList();
    }

    int column(Block b, int year, Part part) {
        return columns.computeIfAbsent(b + "/" + year + "/" + part, k -> {
            blockOfColumn.put(columns.size(), b);
            return columns.size();
        });
    }

    int activityColumn(long activity, String gender) {
        return columns.computeIfAbsent("activity " + activity + "/" + gender, k -> columns.size());
    }

    /** Whether a column is one of the block's. */
    boolean inBlock(int column, Block b) {
        return b.equals(blockOfColumn.get(column));
    }

    /**
     * The form of the sum of {@code parts} over the companies that satisfy {@code in} and reported
     * in {@code year}: one term per block (every such set is a union of whole blocks).
     */
    Map<Integer, Long> companies(Predicate<RandomRegister.Company> in, int year, List<Part> parts) {
        Map<Integer, Long> form = new TreeMap<>();
        for (RandomRegister.Company c : register.companies) {
            if (in.test(c) && register.reported(c.id(), year)) {
                for (Part p : parts) {
                    form.put(column(blockOf(c.id()), year, p), 1L);
                }
            }
        }
        return form;
    }

    /** The form of a sum over activities held in {@code year} in the area, for the given genders. */
    Map<Integer, Long> activities(Predicate<String> inArea, int year, List<String> genders) {
        Map<Integer, Long> form = new TreeMap<>();
        for (RandomRegister.Activity a : register.activities) {
            if (a.year() == year && inArea.test(a.municipality())) {
                genders.forEach(g -> form.put(activityColumn(a.id(), g), 1L));
            }
        }
        return form;
    }
}
