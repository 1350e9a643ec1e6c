package se.asfregister.report;

import java.util.Map;

/** Reading the published JSON. */
final class Published {

    private Published() {
    }

    /** The value of a figure such as "employees.women" or "revenueSek" in an annual-report row; null when hidden. */
    @SuppressWarnings("unchecked")
    static Object value(Map<String, Object> row, String figure) {
        int dot = figure.indexOf('.');
        if (dot < 0) {
            return row.get(figure);
        }
        Map<String, Object> group = (Map<String, Object>) row.get(figure.substring(0, dot));
        return group == null ? null : group.get(figure.substring(dot + 1));
    }
}
