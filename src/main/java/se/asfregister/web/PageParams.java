package se.asfregister.web;

import jakarta.ws.rs.QueryParam;
import java.util.Map;

/** A list's paging parameters as sent ({@code ?page=0&size=20}): one declaration for every paged list. */
public record PageParams(@QueryParam("page") String page, @QueryParam("size") String size) {

    /** The page asked for, in the order {@code sort} names; a 400 naming the parameter for a bad value. */
    public PageRequest request(String sort, Map<String, String> sortable, String defaultSort) {
        return PageRequest.parse(page, size, sort, sortable, defaultSort);
    }
}
