package se.asfregister.web;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Paging and sorting from the query string ({@code ?page=0&size=20&sort=name,asc}).
 * Parsed from strings so that a bad value answers 400 naming the parameter, not JAX-RS's 404.
 */
public record PageRequest(int page, int size, String sortField, boolean ascending) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;
    /** Far beyond any real list; keeps page * size inside an int. */
    public static final int MAX_PAGE = 1_000_000;

    /**
     * @param sortable API sort name → entity property; the first entry's key is the default sort
     */
    public static PageRequest parse(String page, String size, String sort, Map<String, String> sortable, String defaultSort) {
        int p = page == null || page.isBlank() ? 0 : Params.intInRange("page", page, 0, MAX_PAGE);
        int s = size == null || size.isBlank() ? DEFAULT_SIZE : Params.intInRange("size", size, 1, MAX_SIZE);
        String field = defaultSort;
        boolean asc = true;
        if (sort != null && !sort.isBlank()) {
            String[] parts = sort.split(",", -1);
            field = parts[0].trim();
            if (!sortable.containsKey(field)) {
                throw ApiException.invalid("sort", "unknown sort field '" + Params.clip(field) + "'; allowed are "
                        + sortable.keySet().stream().sorted().collect(Collectors.joining(", ")));
            }
            if (parts.length > 2) {
                throw ApiException.invalid("sort", "must be 'field' or 'field,asc' or 'field,desc'");
            }
            if (parts.length == 2) {
                String dir = parts[1].trim().toLowerCase();
                if (!dir.equals("asc") && !dir.equals("desc")) {
                    throw ApiException.invalid("sort", "direction must be asc or desc");
                }
                asc = dir.equals("asc");
            }
        }
        return new PageRequest(p, s, sortable.get(field), asc);
    }

    public Page panachePage() {
        return Page.of(page, size);
    }

    /** The requested order with the id as tie-breaker, so that pages never overlap or skip rows. */
    public Sort panacheSort() {
        Sort.Direction d = ascending ? Sort.Direction.Ascending : Sort.Direction.Descending;
        Sort s = Sort.by(sortField, d);
        return sortField.equals("id") ? s : s.and("id", d);
    }
}
