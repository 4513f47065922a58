package io.clearsky.server.agencies;

import io.clearsky.server.agencies.internal.AgencyStore;
import io.clearsky.server.agencies.internal.UserManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * A person's own password: changing it under the same policy as {@code POST /api/v1/me/password}, and whether they are
 * still on the one-time password they were given (for the console's password page).
 */
@Service
public class Passwords {

    private final UserManagement users;
    private final AgencyStore store;

    Passwords(UserManagement users, AgencyStore store) {
        this.users = users;
        this.store = store;
    }

    /**
     * Replaces the caller's password with one the policy accepts: at least 12 characters, not the user name, not a
     * well-known or repetitive one, and not the current one. A refusal is an {@code InvalidInputException} naming
     * {@code currentPassword} or {@code newPassword}.
     */
    public void change(Caller caller, @Nullable String currentPassword, @Nullable String newPassword) {
        users.changePassword(caller, currentPassword, newPassword);
    }

    /** Whether the caller still logs in with a one-time password, which they must replace before anything else. */
    public boolean changeRequired(Caller caller) {
        return store.findUser(caller.name())
                .map(AgencyStore.StoredUser::passwordChangeRequired)
                .orElse(false);
    }
}
