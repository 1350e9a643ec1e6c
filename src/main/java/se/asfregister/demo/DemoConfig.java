package se.asfregister.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code asf.demo-data.*}: the fictional demo register of an empty embedded database. */
@ConfigMapping(prefix = "asf.demo-data")
public interface DemoConfig {

    /**
     * Load the demo companies, their reports 2016–2025, collaborations, policies, activities and
     * two demo goals into an empty embedded H2 database; never on PostgreSQL.
     */
    @WithDefault("false")
    boolean enabled();
}
