package io.clearsky.server.agencies.internal;

import io.clearsky.server.ConflictException;
import io.clearsky.server.InvalidInputException;
import io.clearsky.server.agencies.AgencyEvents.PasswordChanged;
import io.clearsky.server.agencies.AgencyEvents.UserCreated;
import io.clearsky.server.agencies.AgencyManagement;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.agencies.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** People who log in: created by an admin with a one-time password, which they must change. */
@Service
public class UserManagement {

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,63}");

    private final AgencyStore store;
    private final AgencyManagement agencies;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final AdminBootstrap bootstrap;
    private final Clock clock;

    UserManagement(
            AgencyStore store,
            AgencyManagement agencies,
            PasswordEncoder passwords,
            ApplicationEventPublisher events,
            AdminBootstrap bootstrap,
            Clock clock) {
        this.store = store;
        this.agencies = agencies;
        this.passwords = passwords;
        this.events = events;
        this.bootstrap = bootstrap;
        this.clock = clock;
    }

    /** Creates a user and returns their one-time password. */
    @Transactional
    public String create(String username, Role role, @Nullable Long agencyId, Caller caller) {
        caller.require(Role.ADMIN);
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new InvalidInputException(
                    "username",
                    "3 to 64 lower-case letters, digits, dots, dashes or underscores, starting with a letter");
        }
        if (role == null) {
            throw new InvalidInputException("role", "must be ADMIN, POLICE or PARTNER");
        }
        if (role != Role.ADMIN && agencyId == null) {
            throw new InvalidInputException("agencyId", "a " + role + " user belongs to an agency");
        }
        if (agencyId != null) {
            agencies.get(agencyId);
        }
        if (store.findUser(username).isPresent()) {
            throw new ConflictException("user " + username + " exists already");
        }
        String password = AdminBootstrap.randomPassword();
        store.insertUser(username, passwords.encode(password), role, agencyId, true, clock.instant());
        events.publishEvent(new UserCreated(username, role, caller.name()));
        return password;
    }

    /** Changes the caller's password; the new one needs at least 12 characters. */
    @Transactional
    public void changePassword(Caller caller, String currentPassword, String newPassword) {
        if (caller.name().startsWith("key:")) {
            throw new InvalidInputException("currentPassword", "an API key has no password");
        }
        AgencyStore.StoredUser user = store.findUser(caller.name()).orElseThrow();
        if (currentPassword == null || !passwords.matches(currentPassword, user.passwordHash())) {
            throw new InvalidInputException("currentPassword", "does not match");
        }
        if (newPassword == null || newPassword.length() < 12 || newPassword.length() > 200) {
            throw new InvalidInputException("newPassword", "must be 12 to 200 characters");
        }
        if (newPassword.equals(currentPassword)) {
            throw new InvalidInputException("newPassword", "must differ from the one-time password");
        }
        store.updatePassword(caller.name(), passwords.encode(newPassword));
        events.publishEvent(new PasswordChanged(caller.name()));
        if (user.role() == Role.ADMIN) {
            try {
                bootstrap.forgetInitialPassword();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
