package se.asfregister.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A JSON-stat 2.0 dataset (https://json-stat.org/format/): dimensions with categories, one value
 * per combination of categories in row-major order (the last dimension varies fastest), and a
 * status for each cell that has one. Built as plain maps, serialised by Jackson. Public for the
 * other statistics that are published as JSON-stat (esf).
 */
public final class JsonStat {

    /** A dimension: its id, label and categories (code -> label, in order), and optional units per category. */
    public record Dimension(String id, String label, Map<String, String> categories, Map<String, Map<String, Object>> units) {

        public Dimension(String id, String label, Map<String, String> categories) {
            this(id, label, categories, null);
        }

        List<String> codes() {
            return List.copyOf(categories.keySet());
        }
    }

    /** A cell as published: its value (null: none shown) and status (null: none). */
    public record Cell(Object value, String status) {
    }

    private JsonStat() {
    }

    /**
     * @param cell the cell at the given category codes, one per dimension in order
     * @param roles dimension ids by role ("geo", "time", "metric")
     */
    public static Map<String, Object> dataset(String label, String source, List<Dimension> dimensions,
            Map<String, Object> roles, Function<List<String>, Cell> cell, Map<String, Object> extension) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("version", "2.0");
        d.put("class", "dataset");
        d.put("label", label);
        d.put("source", source);
        d.put("id", dimensions.stream().map(Dimension::id).toList());
        d.put("size", dimensions.stream().map(x -> x.categories().size()).toList());
        d.put("role", roles);
        Map<String, Object> dims = new LinkedHashMap<>();
        for (Dimension x : dimensions) {
            Map<String, Object> category = new LinkedHashMap<>();
            category.put("index", x.codes());
            category.put("label", x.categories());
            if (x.units() != null) {
                category.put("unit", x.units());
            }
            dims.put(x.id(), ordered("label", x.label(), "category", category));
        }
        d.put("dimension", dims);
        List<Object> values = new ArrayList<>();
        Map<String, String> status = new LinkedHashMap<>();
        walk(dimensions, 0, new ArrayList<>(), codes -> {
            Cell c = cell.apply(codes);
            if (c.status() != null) {
                status.put(Integer.toString(values.size()), c.status());
            }
            values.add(c.value());
        });
        d.put("value", values);
        d.put("status", status);
        d.put("extension", extension);
        return d;
    }

    /** A map of the given keys and values, in that order (so that answers read the same every time). */
    public static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    /** Every combination of categories, the last dimension fastest. */
    private static void walk(List<Dimension> dimensions, int depth, List<String> codes,
            java.util.function.Consumer<List<String>> visit) {
        if (depth == dimensions.size()) {
            visit.accept(List.copyOf(codes));
            return;
        }
        for (String code : dimensions.get(depth).codes()) {
            codes.add(code);
            walk(dimensions, depth + 1, codes, visit);
            codes.remove(codes.size() - 1);
        }
    }
}
