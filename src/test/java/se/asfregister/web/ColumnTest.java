package se.asfregister.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnTest {

    private record Item(long id, String title, List<String> tags, Integer count) {
    }

    @Test
    void aRecordsComponentsAreItsColumnsInTheirOrder() {
        List<Column<Item>> columns = Column.components(Item.class);
        assertEquals(List.of("id", "title", "tags", "count"), Column.names(columns));
        assertEquals(Arrays.asList(7L, "Café", List.of("a", "b"), null),
                Column.row(columns, new Item(7, "Café", List.of("a", "b"), null)));
    }
}
