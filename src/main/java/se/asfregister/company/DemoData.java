package se.asfregister.company;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.asfregister.common.Database;
import se.asfregister.company.CompanyRecords.CompanyRequest;
import se.asfregister.company.CompanyRecords.Contact;
import se.asfregister.company.CompanyRecords.Criteria;

/**
 * A few clearly fictional Dalarna companies for a newcomer's first look. Loaded only into an
 * empty embedded H2 database and only while {@code asf.demo-data.enabled} is true; never on
 * PostgreSQL, where real registers live.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    @ConfigProperty(name = "asf.demo-data.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    Database database;

    @Inject
    CompanyService companies;

    @Transactional
    void onStart(@Observes StartupEvent ev) {
        if (!shouldLoad(enabled, database.isH2(), Company.count())) {
            return;
        }
        for (CompanyRequest c : companies()) {
            companies.create(c);
        }
        LOG.info("Loaded fictional demo companies (set ASF_DEMO_DATA_ENABLED=false to turn this off)");
    }

    static boolean shouldLoad(boolean enabled, boolean h2, long existingCompanies) {
        return enabled && h2 && existingCompanies == 0;
    }

    static List<CompanyRequest> companies() {
        Criteria all = new Criteria(true, true, true, true, true);
        return List.of(
                new CompanyRequest("Demo: Gruvans Återbruk ek. för.", "769600-0004", LegalForm.ECONOMIC_ASSOCIATION,
                        "2080", "Exempelgatan 1, 791 00 Falun", "https://example.org/gruvans-aterbruk",
                        "Fictional demo company: second-hand shop and furniture repair.",
                        List.of("återbruk", "möbelrenovering"), List.of(), LocalDate.of(2012, 3, 1),
                        CompanyStatus.ACTIVE, all, new Contact("Demo Person", "demo@example.org", "+46 00 000 00 00")),
                new CompanyRequest("Demo: Siljans Café och Catering AB (svb)", "559900-0006",
                        LegalForm.LIMITED_COMPANY_RESTRICTED_PROFIT, "2062", "Exempelvägen 2, 792 00 Mora",
                        "https://example.org/siljans-cafe", "Fictional demo company: café and catering.",
                        List.of("café", "catering"), List.of(), LocalDate.of(2015, 9, 15), CompanyStatus.ACTIVE, all,
                        null),
                new CompanyRequest("Demo: Dalälvens Trädgård ek. för.", "769600-0012", LegalForm.ECONOMIC_ASSOCIATION,
                        "2081", "Exempelstigen 3, 784 00 Borlänge", null,
                        "Fictional demo company: gardening and property care.", List.of("trädgård", "fastighetsskötsel"),
                        List.of(), LocalDate.of(2009, 5, 4), CompanyStatus.ACTIVE,
                        new Criteria(true, true, false, true, true), null),
                new CompanyRequest("Demo: Bergslagens Textil", "802400-0005", LegalForm.NON_PROFIT_ASSOCIATION, "2085",
                        null, null, "Fictional demo company: textile printing and sewing.", List.of("textil"), List.of(),
                        LocalDate.of(2017, 1, 10), CompanyStatus.INACTIVE, all, null));
    }
}
