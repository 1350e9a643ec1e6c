package se.asfregister.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import se.asfregister.support.TestDb;

@QuarkusTest
class DatabaseTest {

    @Inject
    DataSource ds;

    /** H2 lists CACHE_SIZE among its settings only once it has been set (its own default: 16 MB). */
    @Test
    void theEmbeddedDatabaseStartsWithAFourMegabytePageCache() {
        assertEquals(4096, TestDb.number(ds,
                "SELECT CAST(SETTING_VALUE AS INT) FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'CACHE_SIZE'"));
    }
}
