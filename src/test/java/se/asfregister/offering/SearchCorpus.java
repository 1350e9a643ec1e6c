package se.asfregister.offering;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.asfregister.support.Fixtures;

/**
 * A small Swedish directory for search tests: seven companies in Dalarna and Gävleborg and what
 * they sell, written the way such companies describe themselves. Keys (S1, C2, ...) name the
 * offerings in the expectations.
 */
final class SearchCorpus {

    record Item(String key, String company, String title, String description, String cpv, List<String> served) {
    }

    /** company name → municipality. */
    static final Map<String, String> COMPANIES = Map.of(
            "Städ & Service i Borlänge", "2081",
            "Lokalvårdarna i Falun", "2080",
            "Café Kaffekoppen", "2080",
            "Matglädje Ludvika", "2085",
            "Grönt & Vitt i Mora", "2062",
            "Verkstan Hedemora", "2083",
            "Resursen i Gävle", "2180");

    static final List<Item> ITEMS = List.of(
            new Item("S1", "Städ & Service i Borlänge", "Kontorsstädning",
                    "Vi städar kontor, trapphus och personalrum med miljömärkta medel.", "90910000-9", List.of()),
            new Item("S2", "Städ & Service i Borlänge", "Hemstädning och flyttstädning",
                    "Städning i hemmet och flyttstädning med garanti.", "90910000-9", List.of("2080", "2081")),
            new Item("S3", "Städ & Service i Borlänge", "Fönsterputs",
                    "Fönsterputsning för företag och privatpersoner.", "90911300-9", List.of()),
            new Item("S4", "Lokalvårdarna i Falun", "Städ och lokalvård",
                    "Daglig lokalvård i skolor och förskolor.", "90919200-4", List.of()),
            new Item("C1", "Café Kaffekoppen", "Café Kaffekoppen",
                    "Kafé med hembakat bröd, kaffe och smörgåsar. Vi tar emot beställningar till möten.",
                    "55300000-3", List.of()),
            new Item("C2", "Matglädje Ludvika", "Lunchcatering",
                    "Catering av luncher och matlådor till arbetsplatser.", "55520000-1", List.of("2085", "2081")),
            new Item("C3", "Café Kaffekoppen", "Konferensfika",
                    "Fikabröd, kakor och kaffe levererat till konferensen.", "55520000-1", List.of()),
            new Item("C4", "Café Kaffekoppen", "Bageri",
                    "Surdegsbröd och bullar från eget bageri.", "15810000-9", List.of()),
            new Item("G1", "Grönt & Vitt i Mora", "Trädgårdsskötsel",
                    "Gräsklippning, häckklippning och plantering åt bostadsrättsföreningar.", "77310000-6", List.of()),
            new Item("G2", "Grönt & Vitt i Mora", "Snöskottning",
                    "Snöröjning och sandning av gångar och trappor under vintern.", "90620000-9", List.of()),
            new Item("G3", "Grönt & Vitt i Mora", "Vedförsäljning",
                    "Kluven björkved, torr och hemkörd.", "03413000-9", List.of()),
            new Item("M1", "Verkstan Hedemora", "Möbelrenovering",
                    "Vi renoverar och klär om stolar, soffor och andra möbler.", "50850000-8", List.of()),
            new Item("M2", "Verkstan Hedemora", "Snickeri",
                    "Snickeriarbeten: hyllor, bänkar och specialbeställda möbler.", "45421000-4", List.of()),
            new Item("M3", "Verkstan Hedemora", "Cykelverkstad",
                    "Reparation och service av cyklar, även elcyklar.", "50000000-5", List.of()),
            new Item("T1", "Resursen i Gävle", "Tryckeri och skyltar",
                    "Tryck av broschyrer, visitkort och skyltar.", "79800000-2", List.of()),
            new Item("T2", "Resursen i Gävle", "Textil och sömnad",
                    "Lagning av kläder och ändringssömnad.", "98393000-4", List.of()),
            new Item("T3", "Resursen i Gävle", "Second hand-butik",
                    "Återbruk av möbler, kläder och husgeråd.", "98000000-3", List.of()),
            new Item("T4", "Resursen i Gävle", "Flytthjälp",
                    "Flyttar, bärhjälp och transport av möbler.", "98392000-7", List.of()),
            new Item("T5", "Resursen i Gävle", "Budtjänst",
                    "Budbil och leveranser inom Gävle och Sandviken.", "60000000-8", List.of()),
            new Item("T6", "Resursen i Gävle", "Tvätteri",
                    "Tvätt och mangling av arbetskläder, dukar och textilier.", "98310000-9", List.of()),
            new Item("T7", "Resursen i Gävle", "Kontorsstöd",
                    "Skanning av dokument, postöppning och administration.", "79500000-9", List.of()));

    private SearchCorpus() {
    }

    /** Creates the companies and offerings through the API; returns offering key → id. */
    static Map<String, Long> load() {
        Map<String, Long> companyIds = new HashMap<>();
        int seed = 100;
        for (var e : COMPANIES.entrySet()) {
            companyIds.put(e.getKey(), Fixtures.createCompany(seed++, e.getKey(), e.getValue()));
        }
        Map<String, Long> ids = new HashMap<>();
        for (Item i : ITEMS) {
            Map<String, Object> b = OfferingResourceTest.body(companyIds.get(i.company()), i.title(), i.cpv());
            b.put("descriptionSv", i.description());
            b.put("municipalityCodes", i.served());
            if (i.key().equals("S1")) {
                b.put("titleEn", "Office cleaning");
                b.put("descriptionEn", "We clean offices, stairwells and staff rooms.");
            }
            ids.put(i.key(), OfferingResourceTest.create(b));
        }
        return ids;
    }
}
