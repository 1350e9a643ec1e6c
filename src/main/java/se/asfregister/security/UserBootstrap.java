package se.asfregister.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Start-up users. Production has no default password: the first admin {@code admin} is created
 * only when no admin exists and {@code ASF_ADMIN_PASSWORD} is set. The demo users of
 * docs/security.md exist only where {@code asf.security.demo-users} is on (dev and test).
 */
@ApplicationScoped
public class UserBootstrap {

    private static final Logger LOG = Logger.getLogger(UserBootstrap.class);

    public static final String FIRST_ADMIN = "admin";

    /** Dev and test only; documented in docs/security.md. */
    public record DemoUser(String username, String password, Role role) {
    }

    public static final List<DemoUser> DEMO_USERS = List.of(
            new DemoUser("demo-admin", "Falun-Admin-2026!", Role.ADMIN),
            new DemoUser("demo-analyst", "Mora-Analyst-2026!", Role.ANALYST),
            new DemoUser("demo-reporter", "Borlange-Reporter-2026!", Role.REPORTER));

    @ConfigProperty(name = "asf.admin-password")
    Optional<String> adminPassword;

    @ConfigProperty(name = "asf.security.demo-users", defaultValue = "false")
    boolean demoUsers;

    @Inject
    Passwords passwords;

    void onStart(@Observes StartupEvent ev) {
        try {
            createUsers();
        } catch (RuntimeException e) {
            // Another instance starting at the same time may have won the race for the same user name.
            if (AppUser.count() == 0) {
                throw e;
            }
            LOG.info("Start-up users were created concurrently by another instance");
        }
    }

    @Transactional
    void createUsers() {
        if (demoUsers) {
            for (DemoUser d : DEMO_USERS) {
                if (AppUser.byUsername(d.username()).isEmpty()) {
                    // Demo reporters start unbound: companies are bound through /api/v1/users.
                    create(d.username(), d.password(), d.role());
                }
            }
            LOG.info("Demo users exist (dev/test only; see docs/security.md)");
        }
        if (adminPassword.isPresent() && !adminPassword.get().isBlank()
                && AppUser.count("?1 member of roles", Role.ADMIN) == 0) {
            passwords.checkPolicy("ASF_ADMIN_PASSWORD", adminPassword.get(), FIRST_ADMIN);
            create(FIRST_ADMIN, adminPassword.get(), Role.ADMIN);
            LOG.info("Created the first admin user 'admin' from ASF_ADMIN_PASSWORD");
        } else if (AppUser.count("?1 member of roles", Role.ADMIN) == 0) {
            LOG.warn("No admin user exists; set ASF_ADMIN_PASSWORD to create user 'admin' on the next start");
        }
    }

    private void create(String username, String password, Role role) {
        AppUser u = new AppUser();
        u.username = username;
        u.passwordHash = passwords.hash(password);
        u.enabled = true;
        u.roles.addAll(Set.of(role));
        u.persist();
        AppUser.flush();
    }
}
