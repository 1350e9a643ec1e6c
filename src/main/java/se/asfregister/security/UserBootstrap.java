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
import se.asfregister.web.ApiException;

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

    @Inject
    LoginThrottle throttle;

    void onStart(@Observes StartupEvent ev) {
        try {
            createUsers();
        } catch (RuntimeException e) {
            // Another instance starting at the same time may have won the race for the same user
            // name; a password that fails the policy must stop the start all the same.
            if (e instanceof ApiException || AppUser.count() == 0) {
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
        ensureEnabledAdmin(adminPassword.filter(p -> !p.isBlank()));
    }

    /**
     * With {@code password} (ASF_ADMIN_PASSWORD) and no enabled admin, user {@code admin} is
     * created, or, when it exists (disabled, without ADMIN, or with a forgotten password),
     * enabled again as an admin with that password: an installation whose admins are all
     * disabled or locked out recovers by restarting with the variable set.
     */
    @Transactional
    void ensureEnabledAdmin(Optional<String> password) {
        if (AppUser.count("enabled = true and ?1 member of roles", Role.ADMIN) > 0) {
            return;
        }
        if (password.isEmpty()) {
            LOG.warn("No enabled admin user exists; set ASF_ADMIN_PASSWORD to enable user 'admin' on the next start");
            return;
        }
        passwords.checkPolicy("ASF_ADMIN_PASSWORD", password.get(), FIRST_ADMIN);
        Optional<AppUser> existing = AppUser.byUsername(FIRST_ADMIN);
        if (existing.isEmpty()) {
            create(FIRST_ADMIN, password.get(), Role.ADMIN);
            LOG.info("Created the first admin user 'admin' from ASF_ADMIN_PASSWORD");
            return;
        }
        AppUser admin = existing.get();
        admin.passwordHash = passwords.hash(password.get());
        admin.enabled = true;
        admin.roles.add(Role.ADMIN);
        AppUser.flush();
        throttle.forgetUser(FIRST_ADMIN);
        LOG.warn("No enabled admin user existed: user 'admin' is an enabled admin again, with the password "
                + "from ASF_ADMIN_PASSWORD");
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
