package se.asfregister.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The vocabulary of the catalogue as JSON-LD: prefixes, and the shapes of its values. */
final class Dcat {

    static final Map<String, Object> CONTEXT = context();

    static final String QUARTERLY = "http://publications.europa.eu/resource/authority/frequency/QUARTERLY";
    static final String CONTINUOUSLY = "http://publications.europa.eu/resource/authority/frequency/UPDATE_CONT";
    static final String SOCIETY = "http://publications.europa.eu/resource/authority/data-theme/SOCI";
    static final String SWEDISH = "http://publications.europa.eu/resource/authority/language/SWE";
    static final String JSON_STAT = "https://json-stat.org/format/";

    private Dcat() {
    }

    private static Map<String, Object> context() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("dcat", "http://www.w3.org/ns/dcat#");
        c.put("dct", "http://purl.org/dc/terms/");
        c.put("foaf", "http://xmlns.com/foaf/0.1/");
        c.put("vcard", "http://www.w3.org/2006/vcard/ns#");
        c.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        return c;
    }

    /** A node with an identifier and a type. */
    static Map<String, Object> node(String id, String type) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("@id", id);
        n.put("@type", type);
        return n;
    }

    static Map<String, Object> ref(String iri) {
        return Map.of("@id", iri);
    }

    /** A text in Swedish and English. */
    static List<Map<String, Object>> text(String swedish, String english) {
        return List.of(Map.of("@value", swedish, "@language", "sv"), Map.of("@value", english, "@language", "en"));
    }

    static Map<String, Object> date(String isoDate) {
        return Map.of("@value", isoDate, "@type", "xsd:date");
    }

    /** The IANA media type as a resource, as DCAT's mediaType wants it. */
    static Map<String, Object> mediaType(String mediaType) {
        return ref("https://www.iana.org/assignments/media-types/" + mediaType);
    }
}
