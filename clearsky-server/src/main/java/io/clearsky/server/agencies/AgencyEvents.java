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

    /** A user was created. */
    public record UserCreated(String username, Role role, String actor) {}

    /** A user changed their password. */
    public record PasswordChanged(String username) {}
}
