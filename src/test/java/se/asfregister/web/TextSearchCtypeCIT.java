package se.asfregister.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.asfregister.support.Api;
import se.asfregister.support.PackagedService;
import se.asfregister.support.PostgresResource;

/**
 * The text filters on a PostgreSQL database created with {@code LC_CTYPE=C}, where
 * {@code lower()} lowers ASCII only. The database is chosen when the service starts, so this
 * runs the packaged PostgreSQL service on such a database instead of a second test profile.
 */
class TextSearchCtypeCIT {

    @TempDir
    Path dir;

    @Test
    void textFiltersFindTheSameRowsInADatabaseWithLcCtypeC() throws Exception {
        String url = PostgresResource.freshDatabaseUrl("C");
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT datctype, lower('ÄLV') FROM pg_database "
                        + "WHERE datname = current_database()")) {
            rs.next();
            assertEquals("C", rs.getString(1));
            assertEquals("Älv", rs.getString(2), "lower() in this database leaves Ä alone");
        }
        try (PackagedService service = PackagedService.postgres(url, dir, Map.of()).start()) {
            TextSearchChecks checks = new TextSearchChecks(
                    () -> Api.against(service.baseUrl(), "admin", PackagedService.ADMIN_PASSWORD));
            checks.createFixtures();
            checks.municipalityNamesMatchWhateverTheCase();
            checks.companyNamesMatchWhateverTheCaseAndWildcardsAreLiteral();
            checks.industriesMatchWholeWhateverTheCase();
            checks.activityTopicsMatchWholeWhateverTheCase();
            checks.userNamesMatchWithLiteralWildcards();
        }
    }
}
