package se.asfregister.web;

/** The one rule of every range a request gives, dates, instants or quarters alike. */
public final class Ranges {

    private Ranges() {
    }

    /**
     * A 400 on {@code endName} when the range ends before it starts ("must not be before
     * startName"); a range open at either side is in order.
     */
    public static <T extends Comparable<? super T>> void requireOrdered(String startName, T start, String endName,
            T end) {
        if (start != null && end != null && end.compareTo(start) < 0) {
            throw ApiException.invalid(endName, "must not be before " + startName);
        }
    }
}
