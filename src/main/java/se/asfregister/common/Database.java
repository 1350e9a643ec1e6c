package se.asfregister.common;

import jakarta.enterprise.context.ApplicationScoped;
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

    /** The embedded H2 database (the demo default), as opposed to PostgreSQL. */
    public boolean isH2() {
        return "h2".equalsIgnoreCase(kind);
    }
}
