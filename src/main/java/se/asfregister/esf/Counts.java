package se.asfregister.esf;

import java.util.EnumMap;
import java.util.Map;

/**
 * The counts of one participant report: per indicator, one count per {@link Gender}. An
 * indicator not reported counts 0. Immutable; the rules ({@link ParticipantRules}), the store
 * and the import read it alike.
 */
public final class Counts {

    private final Map<Indicator, long[]> values;

    private Counts(Map<Indicator, long[]> values) {
        this.values = values;
    }

    /** Builds counts from a function giving each (indicator, gender) its count. */
    public static Counts of(CountSource source) {
        Map<Indicator, long[]> m = new EnumMap<>(Indicator.class);
        for (Indicator i : Indicator.ALL) {
            long[] v = new long[Gender.ALL.size()];
            for (Gender g : Gender.ALL) {
                v[g.ordinal()] = source.count(i, g);
            }
            m.put(i, v);
        }
        return new Counts(m);
    }

    /** A count of one indicator and gender. */
    @FunctionalInterface
    public interface CountSource {
        long count(Indicator indicator, Gender gender);
    }

    public long get(Indicator i, Gender g) {
        return values.get(i)[g.ordinal()];
    }

    public long total(Indicator i) {
        long t = 0;
        for (long v : values.get(i)) {
            t += v;
        }
        return t;
    }

    public boolean isZero(Indicator i) {
        return total(i) == 0;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Counts c)) {
            return false;
        }
        return Indicator.ALL.stream().allMatch(i -> Gender.ALL.stream().allMatch(g -> get(i, g) == c.get(i, g)));
    }

    @Override
    public int hashCode() {
        long h = 0;
        for (Indicator i : Indicator.ALL) {
            h = h * 31 + total(i);
        }
        return Long.hashCode(h);
    }
}
