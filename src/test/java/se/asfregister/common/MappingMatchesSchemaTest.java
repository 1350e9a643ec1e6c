package se.asfregister.common;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.SchemaValidationException;
import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The entities and the schema that Flyway built agree: every table, column and sequence that
 * the mapping names, mostly through the one naming rule in application.properties, exists with
 * a fitting type. Without this a misnamed column surfaces only when some request reads it.
 */
@QuarkusTest
class MappingMatchesSchemaTest {

    @Inject
    EntityManagerFactory factory;

    @Inject
    DataSource dataSource;

    @Test
    void everyMappedTableColumnAndSequenceExists() {
        assertDoesNotThrow(() -> factory.getSchemaManager().validate());
    }

    /** The check can fail: a column the mapping expects, renamed away, is found missing. */
    @Test
    void aRenamedColumnIsFound() throws Exception {
        rename("founded_on", "founded");
        try {
            assertThrows(SchemaValidationException.class, () -> factory.getSchemaManager().validate());
        } finally {
            rename("founded", "founded_on");
        }
    }

    private void rename(String from, String to) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE company RENAME COLUMN " + from + " TO " + to);
        }
    }
}
