package io.clearsky.server.agencies;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is making the current request: a person logged in, or a system with an API key.
 *
 * @param name the user name, or {@code key:<prefix>} for an API key
 * @param role what the caller is for
 * @param agencyId the caller's agency, null for a platform admin or auditor without one
 * @param permissions what the caller may do: the role's permissions, narrowed to a key's scopes
 * @param agencies the agencies whose data the caller sees: its own and those under it in the hierarchy (a province
 *     centre sees its cities' and counties'); empty for a caller without an agency, ignored for an admin
 */
public record Caller(String name, Role role, @Nullable Long agencyId, Set<Permission> permissions, Set<Long> agencies) {

    public Caller {
        permissions = Set.copyOf(permissions);
        agencies = Set.copyOf(agencies);
    }

    /** A caller with all of its role's permissions who sees its own agency only (system callers, tests). */
    public Caller(String name, Role role, @Nullable Long agencyId) {
        this(name, role, agencyId, role.permissions(), agencyId == null ? Set.of() : Set.of(agencyId));
    }

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

    /** Fails with 403 unless the caller has the permission. */
    public Caller require(Permission permission) {
        if (!permissions.contains(permission)) {
            throw new AccessDeniedException(name + " (" + role + ") lacks the permission " + permission);
        }
        return this;
    }

    /** Whether the caller has the permission. */
    public boolean may(Permission permission) {
        return permissions.contains(permission);
    }

    /** Whether the caller sees every agency's data: a platform admin. */
    public boolean seesAll() {
        return role == Role.ADMIN;
    }

    /** The agencies whose data the caller sees, or null for all of them (an admin). */
    public @Nullable Set<Long> visibleAgencies() {
        return seesAll() ? null : agencies;
    }

    /**
     * Whether the caller may see or change what the agency owns: its own agency or one under it, or any as admin.
     */
    public boolean mayActFor(@Nullable Long agency) {
        return seesAll() || (agency != null && agencies.contains(agency));
    }
}
