package se.asfregister.web;

import java.util.List;
import java.util.function.Function;

/** The list envelope: {@code {"items":[...],"page":0,"size":20,"totalItems":N,"totalPages":M}}. */
public record Paged<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

    public static <E, T> Paged<T> of(List<E> rows, PageRequest req, long total, Function<E, T> mapper) {
        long pages = total == 0 ? 0 : (total + req.size() - 1) / req.size();
        return new Paged<>(rows.stream().map(mapper).toList(), req.page(), req.size(), total, pages);
    }
}
