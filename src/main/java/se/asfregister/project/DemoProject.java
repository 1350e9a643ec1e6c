package se.asfregister.project;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.asfregister.activity.ActivityKind;
import se.asfregister.activity.ActivityRecords.ActivityRequest;
import se.asfregister.activity.ActivityRecords.Participants;
import se.asfregister.activity.ActivityService;
import se.asfregister.common.Database;
import se.asfregister.company.Company;
import se.asfregister.goal.GoalRecords.GoalRequest;
import se.asfregister.goal.GoalService;
import se.asfregister.goal.Indicator;
import se.asfregister.goal.TargetType;
import se.asfregister.project.ProjectRecords.FundingLineBody;
import se.asfregister.project.ProjectRecords.ProjectRequest;

/**
 * One clearly fictional project end to end for the demo data: two funding lines, a goal and a
 * network meeting. Loaded under the demo companies' rule ({@code asf.demo-data.enabled}, an
 * embedded H2 database, an empty register), so it observes start-up before the company demo
 * data (a lower priority runs first) and sees the register still empty.
 */
@ApplicationScoped
public class DemoProject {

    private static final Logger LOG = Logger.getLogger(DemoProject.class);

    @ConfigProperty(name = "asf.demo-data.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    Database database;

    @Inject
    ProjectService projects;

    @Inject
    GoalService goals;

    @Inject
    ActivityService activities;

    void onStart(@Observes @Priority(2400) StartupEvent ev) {
        if (enabled && database.isH2() && Company.count() == 0 && Project.count() == 0) {
            load();
            LOG.info("Loaded a fictional demo project");
        }
    }

    /** Writes the demo project, its goal and its activity; returns the project's id. */
    @Transactional
    @ActivateRequestContext
    public long load() {
        long id = projects.create(project()).id();
        goals.create(new GoalRequest("20", Indicator.NETWORK_MEETINGS_PER_YEAR, null, 2025, TargetType.AT_LEAST,
                BigDecimal.valueOf(4), "Demo: nätverket träffas minst fyra gånger under projektåret.", id));
        activities.create(new ActivityRequest(ActivityKind.NETWORK_MEETING, "Demo: nätverksträff om återbruk",
                LocalDate.of(2025, 3, 12), "2080", List.of("återbruk"), List.of(), new Participants(8, 6, 0),
                "Fiktiv demoträff.", id));
        return id;
    }

    static ProjectRequest project() {
        return new ProjectRequest("Demo: Återbruk i Bergslagen", "Fictional demo project: ASF and second-hand trade.",
                "Demo: Exempelregionen", List.of("Demo: Exempelkooperativet"), List.of(), "20", List.of("2080", "2085"),
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), null, null, ProjectStatus.COMPLETED,
                List.of("Personer långt från arbetsmarknaden"), List.of(),
                List.of(new FundingLineBody(Funder.TILLVAXTVERKET, null, "Demo-programmet", 600_000L,
                                FundingKind.GRANT, null, null),
                        new FundingLineBody(Funder.REGION_GROWTH_FUNDS, "Demo: Exempelregionen", null, 400_000L,
                                FundingKind.CO_FINANCING, null, null)));
    }
}
