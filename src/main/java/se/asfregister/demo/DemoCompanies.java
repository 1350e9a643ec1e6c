package se.asfregister.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import se.asfregister.company.CompanyRecords.CompanyRequest;
import se.asfregister.company.CompanyRecords.Contact;
import se.asfregister.company.CompanyRecords.Criteria;
import se.asfregister.company.CompanyStatus;
import se.asfregister.company.LegalForm;
import se.asfregister.company.OrganisationNumber;

/**
 * The clearly fictional Dalarna companies of the demo ("Demo: …", addresses on example.org).
 * Several municipalities hold four or more of them, so that their figures are published;
 * Leksand, Avesta and Rättvik hold one or two, so that the disclosure rules hide cells there.
 */
final class DemoCompanies {

    /** The first year with demo reports. */
    static final int FIRST_YEAR = 2016;
    /** The last year with demo reports: a complete year before the service's own. */
    static final int LAST_YEAR = 2025;

    /**
     * One demo company. {@code size} is its number of employees in 2016 (it grows from there);
     * {@code lastYear} its last year with reports (an inactive company stopped reporting).
     */
    record DemoCompany(String name, LegalForm form, int serial, String municipality, LocalDate founded,
            CompanyStatus status, String trade, int size, int lastYear) {

        /** The first year the company reports for. */
        int firstYear() {
            return Math.max(FIRST_YEAR, founded.getYear());
        }

        String organisationNumber() {
            return DemoCompanies.organisationNumber(form, serial);
        }

        CompanyRequest request() {
            boolean meetsAll = !name.contains("Dalälvens");
            Criteria criteria = new Criteria(true, true, meetsAll, true, true);
            return new CompanyRequest(name, organisationNumber(), form, municipality, null,
                    "https://example.org/demo-" + organisationNumber(), "Fictional demo company: " + trade + ".", List.of(trade), List.of(),
                    founded, status, criteria, new Contact("Demo Person", "demo@example.org", "+46 00 000 00 00"), null);
        }
    }

    static final List<DemoCompany> ALL = List.of(
            active("Demo: Gruvans Återbruk ek. för.", LegalForm.ECONOMIC_ASSOCIATION, 0, "2080", 2012, "återbruk", 9),
            active("Demo: Falu Cykelverkstad ek. för.", LegalForm.ECONOMIC_ASSOCIATION, 2, "2080", 2014, "cykelverkstad", 6),
            active("Demo: Kopparvägens Städ AB (svb)", LegalForm.LIMITED_COMPANY_RESTRICTED_PROFIT, 1, "2080", 2016, "städ", 7),
            active("Demo: Lugnets Catering ek. för.", LegalForm.ECONOMIC_ASSOCIATION, 3, "2080", 2010, "catering", 8),
            active("Demo: Runns Snickeri ek. för.", LegalForm.ECONOMIC_ASSOCIATION, 4, "2080", 2019, "snickeri", 5),
            active("Demo: Dalälvens Trädgård ek. för.", LegalForm.ECONOMIC_ASSOCIATION, 1, "2081", 2009, "trädgård", 10),
            active("Demo: Hagalunds Tryckeri AB (svb)", LegalForm.LIMITED_COMPANY_RESTRICTED_PROFIT, 2, "2081", 2013, "tryckeri", 6),
            active("Demo: Domnarvets Second hand ek. för.", LegalForm.ECONOMIC_ASSOCIATION, 5, "2081", 2011, "second hand", 7),
            active("Demo: Kvarnsvedens Tvätteri ek. för.", LegalForm.ECONOMIC_ASSOCIATION, 6, "2081", 2018, "tvätteri", 5),
            active("Demo: Tunavallens Kök", LegalForm.NON_PROFIT_ASSOCIATION, 1, "2081", 2015, "storkök", 6),
            active("Demo: Siljans Café och Catering AB (svb)", LegalForm.LIMITED_COMPANY_RESTRICTED_PROFIT, 0, "2062", 2015, "café", 8),
            active("Demo: Mora Snickeri och Montering ek. för.", LegalForm.ECONOMIC_ASSOCIATION, 7, "2062", 2012, "montering", 6),
            active("Demo: Östnors Bageri ek. för.", LegalForm.ECONOMIC_ASSOCIATION, 8, "2062", 2016, "bageri", 5),
            active("Demo: Noretsgårdens Odling ek. för.", LegalForm.ECONOMIC_ASSOCIATION, 9, "2062", 2020, "odling", 4),
            new DemoCompany("Demo: Bergslagens Textil", LegalForm.NON_PROFIT_ASSOCIATION, 0, "2085",
                    LocalDate.of(2017, 1, 10), CompanyStatus.INACTIVE, "textil", 5, 2020),
            active("Demo: Väsmans Fastighetsservice AB (svb)", LegalForm.LIMITED_COMPANY_RESTRICTED_PROFIT, 3, "2085", 2014, "fastighetsskötsel", 7),
            active("Demo: Ludvika Återvinningsverkstad ek. för.", LegalForm.ECONOMIC_ASSOCIATION, 10, "2085", 2016, "återvinning", 6),
            active("Demo: Marnäs Café ek. för.", LegalForm.ECONOMIC_ASSOCIATION, 11, "2085", 2021, "café", 4),
            active("Demo: Blötbergets Skogsvård ek. för.", LegalForm.ECONOMIC_ASSOCIATION, 12, "2085", 2013, "skogsvård", 6),
            active("Demo: Leksands Trädgårdsservice ek. för.", LegalForm.ECONOMIC_ASSOCIATION, 13, "2029", 2015, "trädgård", 5),
            active("Demo: Siljansnäs Hantverk", LegalForm.NON_PROFIT_ASSOCIATION, 2, "2029", 2018, "hantverk", 4),
            active("Demo: Avesta Verkstadsgemenskap ek. för.", LegalForm.ECONOMIC_ASSOCIATION, 14, "2084", 2017, "verkstad", 6),
            active("Demo: Rättviks Kursgård och Kök AB (svb)", LegalForm.LIMITED_COMPANY_RESTRICTED_PROFIT, 4, "2031", 2012, "kursgård", 5));

    private DemoCompanies() {
    }

    private static DemoCompany active(String name, LegalForm form, int serial, String municipality, int founded,
            String trade, int size) {
        return new DemoCompany(name, form, serial, municipality, LocalDate.of(founded, 3, 1), CompanyStatus.ACTIVE,
                trade, size, LAST_YEAR);
    }

    /**
     * A valid organisation number in a range kept for the demo: the group digits of the legal
     * form, "00", three serial digits, and the one check digit that the register accepts.
     */
    static String organisationNumber(LegalForm form, int serial) {
        String prefix = switch (form) {
            case ECONOMIC_ASSOCIATION -> "769600";
            case LIMITED_COMPANY_RESTRICTED_PROFIT -> "559900";
            default -> "802400";
        };
        String nine = prefix + "-%03d".formatted(serial);
        return IntStream.rangeClosed(0, 9).mapToObj(d -> nine + d)
                .filter(n -> OrganisationNumber.parse(n).number().isPresent()).findFirst().orElseThrow();
    }
}
