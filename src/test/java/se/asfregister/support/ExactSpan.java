package se.asfregister.support;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The span of a growing set of rational vectors, kept exactly (integer vectors, fraction-free
 * elimination: no floating point and no rounding). A vector is a sparse map from column to
 * coefficient; a vector lies in the span when it reduces to zero against the echelon basis.
 *
 * <p>This is what "a reader can work a figure out" means in the disclosure tests: every published
 * figure is a linear form over unknown values (a company's figure in a year, an activity's
 * participants), the visible figures span what a reader knows, and a hidden figure is determined
 * exactly when its form lies in that span (a linear combination of visible figures equals it).
 */
public final class ExactSpan {

    /** Echelon basis: each row's first non-zero column (its pivot) is the key; no two rows share one. */
    private final TreeMap<Integer, TreeMap<Integer, BigInteger>> rows = new TreeMap<>();

    public ExactSpan() {
    }

    private ExactSpan(ExactSpan other) {
        other.rows.forEach((pivot, row) -> rows.put(pivot, new TreeMap<>(row)));
    }

    /** An independent copy, to add what one reader knows besides. */
    public ExactSpan copy() {
        return new ExactSpan(this);
    }

    public int rank() {
        return rows.size();
    }

    /** Adds a vector to the span (a zero or dependent vector changes nothing). */
    public void add(Map<Integer, ? extends Number> vector) {
        TreeMap<Integer, BigInteger> reduced = reduce(vector);
        if (!reduced.isEmpty()) {
            rows.put(reduced.firstKey(), reduced);
        }
    }

    /** Whether the vector is a linear combination of the vectors added (the zero vector always is). */
    public boolean contains(Map<Integer, ? extends Number> vector) {
        return reduce(vector).isEmpty();
    }

    private TreeMap<Integer, BigInteger> reduce(Map<Integer, ? extends Number> vector) {
        TreeMap<Integer, BigInteger> v = new TreeMap<>();
        vector.forEach((column, value) -> {
            BigInteger b = toBig(value);
            if (b.signum() != 0) {
                v.put(column, b);
            }
        });
        // pivots in increasing order: eliminating one never fills a column left of it
        Integer column = v.isEmpty() ? null : v.firstKey();
        while (column != null) {
            TreeMap<Integer, BigInteger> row = rows.get(column);
            if (row != null) {
                eliminate(v, row, column);
            }
            column = v.higherKey(column);
        }
        return normalised(v);
    }

    /** v := row[p] * v - v[p] * row, which clears column p of v. */
    private static void eliminate(TreeMap<Integer, BigInteger> v, TreeMap<Integer, BigInteger> row, int p) {
        BigInteger a = row.get(p);
        BigInteger b = v.get(p);
        List<Integer> columns = new ArrayList<>(v.keySet());
        for (Integer c : columns) {
            v.put(c, v.get(c).multiply(a));
        }
        row.forEach((c, value) -> v.merge(c, value.multiply(b).negate(), BigInteger::add));
        v.values().removeIf(x -> x.signum() == 0);
    }

    /** Divided by the greatest common divisor of its entries, so that numbers stay small. */
    private static TreeMap<Integer, BigInteger> normalised(TreeMap<Integer, BigInteger> v) {
        BigInteger gcd = BigInteger.ZERO;
        for (BigInteger x : v.values()) {
            gcd = gcd.gcd(x);
        }
        if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
            for (Map.Entry<Integer, BigInteger> e : v.entrySet()) {
                e.setValue(e.getValue().divide(gcd));
            }
        }
        return v;
    }

    private static BigInteger toBig(Number n) {
        return n instanceof BigInteger b ? b : BigInteger.valueOf(n.longValue());
    }
}
