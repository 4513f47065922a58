package io.clearsky.server.agencies;

/** What happened to agencies, users and keys; the audit module records each. */
public final class AgencyEvents {

    private AgencyEvents() {}

    /** An agency joined the platform. */
    public record AgencyRegistered(long agencyId, String code, AgencyKind kind, String actor) {}

    /** An API key was issued; the key itself is never in an event. */
    public record ApiKeyIssued(long keyId, long agencyId, String prefix, String actor) {}

    /** An API key was revoked. */
    public record ApiKeyRevoked(long keyId, long agencyId, String prefix, String actor) {}

    /** An API key was replaced by a new one; the old one works until {@code oldExpiresAt}. */
    public record ApiKeyRotated(
            long keyId,
            long newKeyId,
            long agencyId,
            String prefix,
            String newPrefix,
            java.time.Instant oldExpiresAt,
            String actor) {}

    /** A user's account was locked after too many failed logins. */
    public record UserLocked(String username, int attempts, java.time.Instant until) {}

    /** An admin or supervisor lifted a user's lock. */
    public record UserUnlocked(String username, String actor) {}

    /** A user was created. */
    public record UserCreated(String username, Role role, String actor) {}

    /** A user changed their password. */
    public record PasswordChanged(String username) {}
}
