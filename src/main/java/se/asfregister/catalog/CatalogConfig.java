package se.asfregister.catalog;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** The DCAT-AP-SE catalogue's publisher, contact and licence ({@code asf.catalog.*}, docs/operations.md). */
@ConfigMapping(prefix = "asf.catalog")
public interface CatalogConfig {

    /** Name of the organisation that publishes the register's data (foaf:name of the publisher). */
    @WithDefault("Region Dalarna")
    String publisherName();

    /** The publisher's web address, also its identifier in the catalogue. */
    @WithDefault("https://www.regiondalarna.se/")
    String publisherUrl();

    /** The kind of publisher, from the ADMS publisher types (DCAT-AP-SE requires one). */
    @WithDefault("http://purl.org/adms/publishertype/RegionalAuthority")
    String publisherType();

    /** E-mail address for questions about the data; the catalogue names no contact point without one. */
    Optional<String> contactEmail();

    /** Licence of the published data and of the catalogue (a URI). */
    @WithDefault("http://creativecommons.org/publicdomain/zero/1.0/")
    String license();

    /**
     * The service's public address, such as https://asf.example.se, for the links in the
     * catalogue; without it they are built from the request (fine unless a proxy rewrites it).
     */
    Optional<String> baseUrl();
}
