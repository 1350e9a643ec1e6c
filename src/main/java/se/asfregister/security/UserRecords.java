package se.asfregister.security;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Request and response bodies of /api/v1/users and /api/v1/me. No record ever carries a password out. */
public final class UserRecords {

    private UserRecords() {
    }

    public record NewUser(
            @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}", message = "must be 3-64 characters: a-z, 0-9, '.', '_', '-'")
            String username,
            @NotNull String password,
            @NotEmpty @Size(max = 3) Set<@NotNull Role> roles,
            @Size(max = 500) Set<@NotNull Long> companyIds,
            Boolean enabled) {

        @Override
        public String toString() {
            return "NewUser[username=" + username + ", roles=" + roles + "]";
        }
    }

    public record UserUpdate(
            @NotEmpty @Size(max = 3) Set<@NotNull Role> roles,
            @Size(max = 500) Set<@NotNull Long> companyIds,
            @NotNull Boolean enabled) {
    }

    public record PasswordReset(@NotNull String password) {

        @Override
        public String toString() {
            return "PasswordReset[***]";
        }
    }

    public record UserResponse(long id, String username, List<Role> roles, List<Long> companyIds, boolean enabled,
            long version, Instant createdAt, Instant updatedAt) {

        static UserResponse of(AppUser u) {
            return new UserResponse(u.id, u.username, u.roles.stream().sorted().toList(),
                    u.companyIds.stream().sorted().toList(), u.enabled, u.version, u.createdAt, u.updatedAt);
        }
    }
}
