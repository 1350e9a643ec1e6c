package se.asfregister.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import se.asfregister.activity.ActivityService;
import se.asfregister.common.Database;
import se.asfregister.company.Company;
import se.asfregister.company.CompanyService;
import se.asfregister.csr.CollaborationService;
import se.asfregister.demo.DemoCompanies.DemoCompany;
import se.asfregister.employment.EmploymentReport;
import se.asfregister.goal.GoalService;
import se.asfregister.policy.PolicyService;

/**
 * A clearly fictional Dalarna register for a newcomer's first look at the service's main job:
 * companies with quarterly reports 2016–2025, collaborations, policies, activities and goals,
 * so that the annual report and progress show real figures, every progress status and cells
 * that the disclosure rules hide. Loaded only into an empty embedded H2 database and only
 * while {@code asf.demo-data.enabled} is true; never on PostgreSQL, where real registers live.
 * Written through the features' own services (their checks apply), except the reports, which
 * are persisted directly because the report services serve a signed-in reporter.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    @Inject
    DemoConfig config;

    @Inject
    Database database;

    @Inject
    EntityManager em;

    @Inject
    CompanyService companies;

    @Inject
    CollaborationService collaborations;

    @Inject
    PolicyService policies;

    @Inject
    ActivityService activities;

    @Inject
    GoalService goals;

    void onStart(@Observes StartupEvent ev) {
        if (shouldLoad(config.enabled(), database.isH2(), Company.count())) {
            load();
            LOG.info("Loaded the fictional demo register (set ASF_DEMO_DATA_ENABLED=false to turn this off)");
        }
    }

    static boolean shouldLoad(boolean enabled, boolean h2, long existingCompanies) {
        return enabled && h2 && existingCompanies == 0;
    }

    /** Writes the whole demo register in one transaction. */
    @Transactional
    public void load() {
        List<Long> ids = new ArrayList<>();
        for (DemoCompany c : DemoCompanies.ALL) {
            ids.add(companies.create(c.request()).id());
        }
        for (EmploymentReport r : new DemoReports().all(ids)) {
            em.persist(r);
        }
        DemoRegister.CompanyIds byName = word -> ids.get(indexOf(word));
        DemoRegister.collaborations(byName).forEach(collaborations::create);
        DemoRegister.policies().forEach(policies::create);
        new DemoActivities().all(ids).forEach(activities::create);
        DemoRegister.goals().forEach(goals::create);
    }

    /** How many companies the demo holds. */
    public static int companyCount() {
        return DemoCompanies.ALL.size();
    }

    private static int indexOf(String nameWord) {
        for (int i = 0; i < DemoCompanies.ALL.size(); i++) {
            if (DemoCompanies.ALL.get(i).name().contains(nameWord)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no demo company named " + nameWord);
    }
}
