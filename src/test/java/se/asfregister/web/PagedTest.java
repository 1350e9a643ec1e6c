package se.asfregister.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

/** When a page's own rows tell the total, the list is not counted by a second query. */
class PagedTest {

    private static final LongSupplier MUST_NOT_COUNT = () -> fail("counted although the page tells the total");

    private static PageRequest page(int page, int size) {
        return new PageRequest(page, size, "id", true);
    }

    private static List<Integer> rows(int n) {
        return Collections.nCopies(n, 7);
    }

    @Test
    void aShortPageIsTheLastOne() {
        // page 0 of 20 with 15 rows: 0 * 20 + 15 = 15 in 1 page
        Paged<Integer> first = Paged.of(rows(15), page(0, 20), MUST_NOT_COUNT, Function.identity());
        assertEquals(15, first.totalItems());
        assertEquals(1, first.totalPages());
        // page 2 of 20 with 3 rows: 2 * 20 + 3 = 43 in ceil(43 / 20) = 3 pages
        Paged<Integer> third = Paged.of(rows(3), page(2, 20), MUST_NOT_COUNT, Function.identity());
        assertEquals(43, third.totalItems());
        assertEquals(3, third.totalPages());
        // an empty first page: nothing matches
        Paged<Integer> none = Paged.of(rows(0), page(0, 20), MUST_NOT_COUNT, Function.identity());
        assertEquals(0, none.totalItems());
        assertEquals(0, none.totalPages());
    }

    @Test
    void aFullPageOrAnEmptyLaterPageIsCounted() {
        // a full page may have more after it; an empty page 5 may be past the end of a list of any length
        assertEquals(OptionalLong.empty(), Paged.totalFrom(page(1, 20), 20));
        assertEquals(OptionalLong.empty(), Paged.totalFrom(page(5, 20), 0));
        Paged<Integer> full = Paged.of(rows(20), page(1, 20), () -> 57, Function.identity());
        assertEquals(57, full.totalItems());
        assertEquals(3, full.totalPages());
        Paged<Integer> past = Paged.of(rows(0), page(5, 20), () -> 57, Function.identity());
        assertEquals(57, past.totalItems());
        assertEquals(5, past.page());
    }

    @Test
    void aPageFarOutDoesNotOverflow() {
        // page 1,000,000 of 200 with 1 row: 200,000,000 + 1, beyond no int but kept exact in a long
        assertEquals(OptionalLong.of(200_000_001L), Paged.totalFrom(page(PageRequest.MAX_PAGE, PageRequest.MAX_SIZE), 1));
    }
}
