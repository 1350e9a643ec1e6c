package se.asfregister.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import se.asfregister.area.County;

/**
 * The DCAT-AP-SE catalogue of what the register publishes (docs/reporting.md, "Catalogue"): the
 * company register, the annual report of the country and of each county for every year with
 * reports, and the progress of each county with goals for those years; each with its
 * distributions (JSON, CSV, JSON-stat) and the mandatory properties of DCAT-AP-SE.
 */
@ApplicationScoped
public class CatalogService {

    @Inject
    CatalogConfig config;

    @Inject
    EntityManager em;

    /** The catalogue as JSON-LD, its links under {@code base} (such as https://asf.example.se). */
    public Map<String, Object> catalog(String base) {
        String self = base + "/api/v1/catalog";
        List<Map<String, Object>> datasets = new ArrayList<>();
        datasets.add(companies(base, self));
        List<County> counties = County.<County>listAll().stream().sorted(Comparator.comparing(c -> c.code)).toList();
        Set<String> withGoals = countiesWithGoals();
        for (int year : years()) {
            datasets.add(annual(base, self, null, "Sverige", year));
            for (County c : counties) {
                datasets.add(annual(base, self, c.code, c.name, year));
            }
            for (County c : counties) {
                if (withGoals.contains(c.code)) {
                    datasets.add(progress(base, self, c, year));
                }
            }
        }
        List<Map<String, Object>> graph = new ArrayList<>(List.of(catalogNode(base, self, datasets), publisher()));
        config.contactEmail().ifPresent(e -> graph.add(contact(self, e)));
        graph.addAll(datasets);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("@context", Dcat.CONTEXT);
        document.put("@graph", graph);
        return document;
    }

    private Map<String, Object> catalogNode(String base, String self, List<Map<String, Object>> datasets) {
        Map<String, Object> catalog = Dcat.node(self, "dcat:Catalog");
        catalog.put("dct:title", Dcat.text("ASF-registret: arbetsintegrerande sociala företag",
                "The ASF register: work-integrating social enterprises"));
        catalog.put("dct:description", Dcat.text("Register och statistik om arbetsintegrerande sociala företag"
                + " (ASF): företagen, deras anställda och deltagare, CSR-samarbeten, kommunala policyer och"
                + " regionala mål. Statistiken skyddas så att ingen person eller enskilt företag kan pekas ut.",
                "Register and statistics of work-integrating social enterprises: the companies, their employees"
                        + " and participants, CSR collaborations, municipal policies and regional goals. The statistics"
                        + " are protected so that no person and no single company can be singled out."));
        catalog.put("dct:publisher", Dcat.ref(config.publisherUrl()));
        catalog.put("dct:license", Dcat.ref(config.license()));
        catalog.put("dct:language", Dcat.ref(Dcat.SWEDISH));
        catalog.put("foaf:homepage", Dcat.ref(base + "/q/swagger-ui"));
        catalog.put("dcat:dataset", datasets.stream().map(d -> Dcat.ref((String) d.get("@id"))).toList());
        return catalog;
    }

    private Map<String, Object> publisher() {
        Map<String, Object> p = Dcat.node(config.publisherUrl(), "foaf:Agent");
        p.put("foaf:name", config.publisherName());
        p.put("dct:type", Dcat.ref(config.publisherType()));
        return p;
    }

    private Map<String, Object> contact(String self, String email) {
        Map<String, Object> c = Dcat.node(self + "#contact", "vcard:Organization");
        c.put("vcard:fn", config.publisherName());
        c.put("vcard:hasEmail", Dcat.ref("mailto:" + email));
        return c;
    }

    private Map<String, Object> dataset(String id, List<Map<String, Object>> title,
            List<Map<String, Object>> description, String frequency) {
        Map<String, Object> d = Dcat.node(id, "dcat:Dataset");
        d.put("dct:title", title);
        d.put("dct:description", description);
        d.put("dct:publisher", Dcat.ref(config.publisherUrl()));
        config.contactEmail().ifPresent(e -> d.put("dcat:contactPoint", Dcat.ref(id.substring(0, id.indexOf('#'))
                + "#contact")));
        d.put("dct:accrualPeriodicity", Dcat.ref(frequency));
        d.put("dcat:theme", Dcat.ref(Dcat.SOCIETY));
        d.put("dcat:keyword", Dcat.text("arbetsintegrerande sociala företag", "work-integrating social enterprises"));
        return d;
    }

    private Map<String, Object> distribution(String id, String format, String url, String mediaType,
            String conformsTo) {
        Map<String, Object> d = Dcat.node(id, "dcat:Distribution");
        d.put("dct:title", Dcat.text(format, format));
        d.put("dcat:accessURL", Dcat.ref(url));
        d.put("dct:format", mediaType);
        d.put("dcat:mediaType", Dcat.mediaType(mediaType));
        d.put("dct:license", Dcat.ref(config.license()));
        if (conformsTo != null) {
            d.put("dct:conformsTo", Dcat.ref(conformsTo));
        }
        return d;
    }

    private Map<String, Object> companies(String base, String self) {
        String id = self + "#companies";
        Map<String, Object> d = dataset(id, Dcat.text("Arbetsintegrerande sociala företag",
                "Work-integrating social enterprises"), Dcat.text("Registret över ASF: organisationsnummer, namn,"
                        + " kommun, verksamhet och Tillväxtverkets kriterier. Kontaktpersoner publiceras inte.",
                        "The register of the enterprises: organisation number, name, municipality, industries and"
                                + " the agency's criteria. Contact persons are not published."), Dcat.CONTINUOUSLY);
        String url = base + "/api/v1/companies";
        d.put("dcat:distribution", List.of(distribution(id + "-json", "JSON", url, "application/json", null),
                distribution(id + "-csv", "CSV", url, "text/csv", null)));
        return d;
    }

    private Map<String, Object> annual(String base, String self, String county, String name, int year) {
        String id = self + "#annual-" + (county == null ? "SE" : county) + "-" + year;
        Map<String, Object> d = dataset(id, Dcat.text("Årsrapport ASF, " + name + ", " + year,
                "Annual report on work-integrating social enterprises, " + name + ", " + year),
                Dcat.text("Anställda, deltagare i arbetsträning, rehabilitering och praktik, övergångar till arbete"
                        + " och studier, omsättning, CSR-samarbeten, policyer och aktiviteter " + year + ", per "
                        + (county == null ? "län" : "kommun") + ". Små tal och uppgifter om få företag döljs.",
                        "Employees, people in work training, rehabilitation and internships, transitions to work and"
                                + " education, revenue, collaborations, policies and activities in " + year + ", per "
                                + (county == null ? "county" : "municipality") + ". Small counts and figures of few"
                                + " companies are hidden."), Dcat.QUARTERLY);
        d.put("dct:temporal", year(year));
        String url = base + "/api/v1/reports/annual?" + (county == null ? "" : "county=" + county + "&") + "year="
                + year;
        d.put("dcat:distribution", List.of(distribution(id + "-json", "JSON", url, "application/json", null),
                distribution(id + "-csv", "CSV", url, "text/csv", null),
                distribution(id + "-json-stat", "JSON-stat", url + "&format=json-stat", "application/json",
                        Dcat.JSON_STAT)));
        return d;
    }

    private Map<String, Object> progress(String base, String self, County county, int year) {
        String id = self + "#progress-" + county.code + "-" + year;
        Map<String, Object> d = dataset(id, Dcat.text("Regionala mål för ASF, " + county.name + ", " + year,
                "Regional goals for work-integrating social enterprises, " + county.name + ", " + year),
                Dcat.text("Länets mål med basvärde, aktuellt värde, målvärde, andel uppnådd och status " + year + ".",
                        "The county's goals with baseline, current and target value, share achieved and status in "
                                + year + "."), Dcat.QUARTERLY);
        d.put("dct:temporal", year(year));
        String url = base + "/api/v1/progress?county=" + county.code + "&year=" + year;
        d.put("dcat:distribution", List.of(distribution(id + "-json", "JSON", url, "application/json", null),
                distribution(id + "-json-stat", "JSON-stat", url + "&format=json-stat", "application/json",
                        Dcat.JSON_STAT)));
        return d;
    }

    private static Map<String, Object> year(int year) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("@type", "dct:PeriodOfTime");
        t.put("dcat:startDate", Dcat.date(year + "-01-01"));
        t.put("dcat:endDate", Dcat.date(year + "-12-31"));
        return t;
    }

    /** The years for which any company reported, oldest first. */
    @SuppressWarnings("unchecked")
    List<Integer> years() {
        return ((List<Number>) em.createNativeQuery("SELECT DISTINCT period_year FROM employment_report"
                + " ORDER BY period_year").getResultList()).stream().map(Number::intValue).toList();
    }

    @SuppressWarnings("unchecked")
    private Set<String> countiesWithGoals() {
        return new TreeSet<>(em.createNativeQuery("SELECT DISTINCT county_code FROM goal").getResultList());
    }
}
