package se.asfregister.security;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import se.asfregister.common.AfterTransaction;
import se.asfregister.common.Lookup;
import se.asfregister.common.VersionedEntity;
import se.asfregister.security.UserRecords.NewUser;
import se.asfregister.security.UserRecords.UserResponse;
import se.asfregister.security.UserRecords.UserUpdate;
import se.asfregister.web.ApiException;
import se.asfregister.web.ExpectedVersion;
import se.asfregister.web.PageRequest;
import se.asfregister.web.Paged;
import se.asfregister.web.TextSearch;
import se.asfregister.web.Where;

/** User administration: roles, company bindings, disabling, password resets. */
@ApplicationScoped
public class UserService {

    public static final Map<String, String> SORTABLE = Map.of("username", "username", "createdAt", "createdAt", "id", "id");

    @Inject
    Passwords passwords;

    @Inject
    Authenticator authenticator;

    @Inject
    LoginThrottle throttle;

    @Inject
    AfterTransaction afterTransaction;

    @Inject
    KnownCompanies knownCompanies;

    public Paged<UserResponse> list(Role role, String q, PageRequest page) {
        var where = new Where()
                .and(":role member of roles", "role", role)
                .and("username like :q" + TextSearch.ESCAPE, "q", TextSearch.containing(q));
        PanacheQuery<AppUser> query = AppUser.find(where.query(), page.panacheSort(), where.params())
                .page(page.panachePage());
        return Paged.of(query.list(), page, query::count, UserResponse::of);
    }

    public UserResponse get(long id) {
        return UserResponse.of(find(id));
    }

    @Transactional
    public UserResponse create(NewUser body) {
        if (AppUser.byUsername(body.username()).isPresent()) {
            throw ApiException.conflict("User name " + body.username() + " is taken");
        }
        passwords.checkPolicy("password", body.password(), body.username());
        Set<Long> companies = checkBindings(body.roles(), body.companyIds());
        AppUser u = new AppUser();
        u.username = body.username();
        u.passwordHash = passwords.hash(body.password());
        u.enabled = body.enabled() == null || body.enabled();
        u.roles.addAll(body.roles());
        u.companyIds.addAll(companies);
        u.persist();
        AppUser.flush();
        return UserResponse.of(u);
    }

    @Transactional
    public UserResponse update(long id, UserUpdate body, ExpectedVersion expected) {
        AppUser u = find(id);
        expected.check(u.version);
        Set<Long> companies = checkBindings(body.roles(), body.companyIds());
        boolean staysAdmin = body.roles().contains(Role.ADMIN) && body.enabled();
        if (u.enabled && u.roles.contains(Role.ADMIN) && !staysAdmin) {
            checkNotLastAdmin(u);
        }
        VersionedEntity.replaceIfChanged(u.roles, body.roles());
        VersionedEntity.replaceIfChanged(u.companyIds, companies);
        if (u.enabled != body.enabled()) {
            u.enabled = body.enabled();
        }
        AppUser.flush();
        forgetLoginsAfterCommit();
        return UserResponse.of(u);
    }

    @Transactional
    public void resetPassword(long id, String password) {
        AppUser u = find(id);
        passwords.checkPolicy("password", password, u.username);
        u.passwordHash = passwords.hash(password);
        AppUser.flush();
        throttle.forgetUser(u.username);
        forgetLoginsAfterCommit();
    }

    /** Remembered logins must not outlive a change to roles, bindings, enabled or password. */
    private void forgetLoginsAfterCommit() {
        afterTransaction.run(authenticator::forgetAll);
    }

    public UserResponse me(Principal p) {
        return get(p.id());
    }

    /**
     * 409 when {@code admin} is the last enabled admin. Two admins disabling each other at once
     * must not both see the other one still enabled, so every enabled admin row is locked first
     * (in id order, so two such requests queue instead of deadlocking) and the count is taken
     * after the lock, on what the other request committed meanwhile.
     */
    private static void checkNotLastAdmin(AppUser admin) {
        AppUser.getEntityManager().createNativeQuery("SELECT id FROM app_user WHERE enabled = TRUE AND id IN "
                + "(SELECT user_id FROM app_user_role WHERE role = 'ADMIN') ORDER BY id FOR UPDATE").getResultList();
        if (AppUser.count("id <> ?1 and enabled = true and ?2 member of roles", admin.id, Role.ADMIN) == 0) {
            throw ApiException.conflict("User " + admin.username + " is the last enabled admin; create another admin first");
        }
    }

    /** Companies belong to REPORTER users only, and a REPORTER needs at least one. */
    private Set<Long> checkBindings(Set<Role> roles, Set<Long> companyIds) {
        Set<Long> ids = companyIds == null ? new TreeSet<>() : new TreeSet<>(companyIds);
        if (roles.contains(Role.REPORTER) && ids.isEmpty()) {
            throw ApiException.invalid("companyIds", "a REPORTER must be bound to at least one company");
        }
        if (!roles.contains(Role.REPORTER) && !ids.isEmpty()) {
            throw ApiException.invalid("companyIds", "only a REPORTER is bound to companies");
        }
        knownCompanies.requireAll(ids);
        return ids;
    }

    private static AppUser find(long id) {
        return Lookup.require(AppUser.class, "User", id);
    }
}
