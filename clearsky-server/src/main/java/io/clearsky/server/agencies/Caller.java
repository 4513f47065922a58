package io.clearsky.server.agencies;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is making the current request: a person logged in, or a system with an API key.
 *
 * @param name the user name, or {@code key:<prefix>} for an API key
 * @param role what the caller may do
 * @param agencyId the caller's agency, null for a platform admin without one
 */
public record Caller(String name, Role role, @Nullable Long agencyId) {

    /** The caller of the current request. */
    public static Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Caller caller) {
            return caller;
        }
        throw new AccessDeniedException("no authenticated caller");
    }

    /** The caller's agency, or 403 when the caller belongs to none. */
    public long requireAgency() {
        if (agencyId == null) {
            throw new AccessDeniedException(name + " belongs to no agency");
        }
        return agencyId;
    }

    /** Fails with 403 unless the caller has one of the roles. */
    public Caller require(Role... roles) {
        for (Role allowed : roles) {
            if (role == allowed) {
                return this;
            }
        }
        throw new AccessDeniedException(name + " (" + role + ") may not do this");
    }

    /** Whether the caller may see or change what the agency owns: its own agency, or any as admin. */
    public boolean mayActFor(@Nullable Long agency) {
        return role == Role.ADMIN || (agencyId != null && agencyId.equals(agency));
    }
}
