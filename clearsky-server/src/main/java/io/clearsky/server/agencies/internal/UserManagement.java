package io.clearsky.server.agencies.internal;

import io.clearsky.server.ConflictException;
import io.clearsky.server.InvalidInputException;
import io.clearsky.server.NotFoundException;
import io.clearsky.server.agencies.Agency;
import io.clearsky.server.agencies.AgencyEvents.PasswordChanged;
import io.clearsky.server.agencies.AgencyEvents.UserCreated;
import io.clearsky.server.agencies.AgencyEvents.UserLocked;
import io.clearsky.server.agencies.AgencyEvents.UserUnlocked;
import io.clearsky.server.agencies.AgencyManagement;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.agencies.Permission;
import io.clearsky.server.agencies.Role;
import io.clearsky.server.agencies.UserSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * People who log in: created by an admin, or by a centre's supervisor for their own centre and those under it, with
 * a one-time password they must change. Too many failed logins in a row lock an account for a while
 * ({@code clearsky.security.lockout.*}).
 */
@Service
public class UserManagement {

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,63}");

    /** The roles a supervisor may give: their own centre's working roles. */
    private static final Set<Role> SUPERVISOR_GRANTS = EnumSet.of(Role.SUPERVISOR, Role.ANALYST, Role.CALLER);

    private final AgencyStore store;
    private final AgencyManagement agencies;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final AdminBootstrap bootstrap;
    private final Clock clock;
    private final int maxFailedLogins;
    private final Duration lockout;

    UserManagement(
            AgencyStore store,
            AgencyManagement agencies,
            PasswordEncoder passwords,
            ApplicationEventPublisher events,
            AdminBootstrap bootstrap,
            Clock clock,
            @Value("${clearsky.security.lockout.attempts:5}") int maxFailedLogins,
            @Value("${clearsky.security.lockout.duration:15m}") Duration lockout) {
        this.store = store;
        this.agencies = agencies;
        this.passwords = passwords;
        this.events = events;
        this.bootstrap = bootstrap;
        this.clock = clock;
        this.maxFailedLogins = maxFailedLogins;
        this.lockout = lockout;
    }

    /** Creates a user and returns their one-time password. */
    @Transactional
    public String create(String username, Role role, @Nullable Long agencyId, Caller caller) {
        caller.require(Permission.USERS_MANAGE);
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new InvalidInputException(
                    "username",
                    "3 to 64 lower-case letters, digits, dots, dashes or underscores, starting with a letter");
        }
        if (role == null) {
            throw new InvalidInputException("role", "must be one of " + List.of(Role.values()));
        }
        if (role != Role.ADMIN && role != Role.AUDITOR && agencyId == null) {
            throw new InvalidInputException("agencyId", "a " + role + " user belongs to an agency");
        }
        if (role == Role.ADMIN && agencyId != null) {
            throw new InvalidInputException("agencyId", "a platform admin belongs to no agency");
        }
        if (agencyId != null) {
            Agency agency = agencies.get(agencyId);
            if (!role.fits(agency.kind())) {
                throw new InvalidInputException("role", role + " does not fit a " + agency.kind());
            }
        }
        if (!caller.may(Permission.PLATFORM_ADMIN)
                && (!SUPERVISOR_GRANTS.contains(role) || !caller.mayActFor(agencyId))) {
            throw new AccessDeniedException(
                    caller.name() + " may create only " + SUPERVISOR_GRANTS + " users of their own centres");
        }
        if (store.findUser(username).isPresent()) {
            throw new ConflictException("user " + username + " exists already");
        }
        String password = AdminBootstrap.randomPassword();
        store.insertUser(username, passwords.encode(password), role, agencyId, true, clock.instant());
        events.publishEvent(new UserCreated(username, role, caller.name()));
        return password;
    }

    /** The people the caller may manage: everyone for an admin, their centres' people for a supervisor. */
    public List<UserSummary> list(Caller caller) {
        caller.require(Permission.USERS_MANAGE);
        Instant now = clock.instant();
        return store.findUsers(caller.may(Permission.PLATFORM_ADMIN) ? null : caller.agencies()).stream()
                .map(user -> summary(user, now))
                .toList();
    }

    /** Lifts a lockout before it runs out, and forgets failed logins. */
    @Transactional
    public UserSummary unlock(String username, Caller caller) {
        caller.require(Permission.USERS_MANAGE);
        AgencyStore.StoredUser user =
                store.findUser(username).orElseThrow(() -> new NotFoundException("user", username));
        if (!caller.may(Permission.PLATFORM_ADMIN) && !caller.mayActFor(user.agencyId())) {
            throw new NotFoundException("user", username);
        }
        store.clearFailedLogins(username);
        events.publishEvent(new UserUnlocked(username, caller.name()));
        return summary(store.findUser(username).orElseThrow(), clock.instant());
    }

    /** Changes the caller's password to one the policy accepts ({@link PasswordPolicy}). */
    @Transactional
    public void changePassword(Caller caller, String currentPassword, String newPassword) {
        if (caller.name().startsWith("key:")) {
            throw new InvalidInputException("currentPassword", "an API key has no password");
        }
        if (caller.name().startsWith("oidc:")) {
            throw new InvalidInputException(
                    "currentPassword", "you log in through your agency's identity provider: change it there");
        }
        AgencyStore.StoredUser user = store.findUser(caller.name()).orElseThrow();
        if (currentPassword == null || !passwords.matches(currentPassword, user.passwordHash())) {
            throw new InvalidInputException("currentPassword", "does not match");
        }
        PasswordPolicy.problem(user.username(), newPassword).ifPresent(problem -> {
            throw new InvalidInputException("newPassword", problem);
        });
        if (newPassword.equals(currentPassword)) {
            throw new InvalidInputException("newPassword", "must differ from the current password");
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

    /**
     * Takes a login attempt of a known user before the password is checked; false when the account is locked or all
     * its attempts are in use.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean takeLoginAttempt(String username) {
        if (store.takeLoginAttempt(username, maxFailedLogins, clock.instant())) {
            return true;
        }
        // all attempts taken but no lock yet (in flight, or left by a crash between the two): lock it now, timed
        lockIfExhausted(username);
        return false;
    }

    /** The attempt failed: the one that used up the last attempt locks the account. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void loginFailed(String username) {
        lockIfExhausted(username);
    }

    private void lockIfExhausted(String username) {
        Instant until = clock.instant().plus(lockout);
        if (store.lockIfExhausted(username, maxFailedLogins, until)) {
            events.publishEvent(new UserLocked(username, maxFailedLogins, until));
        }
    }

    /** The attempt succeeded: earlier failures are forgotten; false when a lock set meanwhile still holds. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean loginSucceeded(String username) {
        return store.loginSucceeded(username, clock.instant());
    }

    private static UserSummary summary(AgencyStore.StoredUser user, Instant now) {
        return new UserSummary(
                user.username(),
                user.role(),
                user.agencyId(),
                user.passwordChangeRequired(),
                user.lockedUntil() != null && now.isBefore(user.lockedUntil()) ? user.lockedUntil() : null,
                user.createdAt());
    }
}
