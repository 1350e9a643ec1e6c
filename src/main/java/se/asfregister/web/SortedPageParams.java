package se.asfregister.web;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import java.util.Map;

/**
 * The paging and order of a list that takes no filter record ({@code ?page=0&size=20&sort=name,desc}):
 * one declaration for those lists. A filtered list's {@code sort} is in its {@code common.ListQuery},
 * which its exports read without paging.
 */
public record SortedPageParams(@BeanParam PageParams page, @QueryParam("sort") String sort) {

    /** The page asked for; a 400 naming the parameter for a bad value. */
    public PageRequest request(Map<String, String> sortable, String defaultSort) {
        return page.request(sort, sortable, defaultSort);
    }
}
