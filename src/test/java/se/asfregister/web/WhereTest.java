package se.asfregister.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A where-clause alone for Panache to complete, or a whole query over an aliased entity. */
class WhereTest {

    @Test
    void withoutAnEntityTheQueryIsTheClausesAlone() {
        assertEquals("1 = 1", new Where().and("kind = :kind", "kind", null).query());
        assertEquals("kind = :kind", new Where().and("kind = :kind", "kind", "X").query());
    }

    @Test
    void overAnAliasedEntityTheQueryNamesIt() {
        assertEquals("from Activity a where 1 = 1", new Where("Activity a").query());
        assertEquals("from Activity a where a.kind = :kind and a.heldOn >= :from",
                new Where("Activity a").and("a.kind = :kind", "kind", "X").and("a.heldOn >= :from", "from", "2025")
                        .query());
    }

    @Test
    void aNullValueBindsNoParameter() {
        assertEquals(1, new Where("Activity a").and("a.kind = :kind", "kind", "X").and("a.title = :t", "t", null)
                .params().map().size());
    }
}
