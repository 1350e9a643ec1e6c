package se.asfregister.common;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one place that knows which database the service was built for (the database kind is a
 * build-time setting: embedded H2 by default, PostgreSQL in the second package). Demo data,
 * the shape of the county report queries and the statistics refresh after bulk imports depend
 * on it; demo.DemoDataPackagedIT checks both packages.
 */
@ApplicationScoped
public class Database {

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String kind;

    /**
     * The embedded H2's page cache in MB (H2's own default: 16). The cache lives in the service's
     * heap, and an export reads the whole report table through it: each page stays cached long
     * enough to be moved to the old generation, and is garbage there once pushed out. A smaller
     * cache keeps that churn young (docs/performance.md, "The embedded database's page cache").
     */
    @ConfigProperty(name = "asf.h2.cache-size-mb", defaultValue = "4")
    int h2CacheSizeMb;

    @Inject
    DataSource dataSource;

    /** The embedded H2 database (the demo default), as opposed to PostgreSQL. */
    public boolean isH2() {
        return "h2".equalsIgnoreCase(kind);
    }

    /** The cache size is a setting of the open database, not of the file: set on every start. */
    void onStart(@Observes StartupEvent start) throws SQLException {
        if (isH2()) {
            try (Connection con = dataSource.getConnection(); Statement s = con.createStatement()) {
                s.execute("SET CACHE_SIZE " + Math.multiplyExact(h2CacheSizeMb, 1024));
            }
        }
    }
}
