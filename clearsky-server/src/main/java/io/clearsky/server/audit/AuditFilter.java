package io.clearsky.server.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What an auditor looks for; every part is optional.
 *
 * @param actor exactly this actor, e.g. {@code admin} or {@code key:ab12cd}
 * @param action exactly this action, e.g. {@code REPORTER_CONTACT_REVEALED}
 * @param subject exactly this subject, e.g. {@code case:42}
 * @param from written at or after this instant
 * @param to written before this instant
 * @param kind subjects of this kind, the part before the colon: {@code bulletin} matches {@code bulletin:7}
 */
public record AuditFilter(
        @Nullable String actor,
        @Nullable String action,
        @Nullable String subject,
        @Nullable Instant from,
        @Nullable Instant to,
        @Nullable String kind) {

    /** No filter: every record. */
    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null, null);

    /** A filter without a subject kind. */
    public AuditFilter(
            @Nullable String actor,
            @Nullable String action,
            @Nullable String subject,
            @Nullable Instant from,
            @Nullable Instant to) {
        this(actor, action, subject, from, to, null);
    }
}
