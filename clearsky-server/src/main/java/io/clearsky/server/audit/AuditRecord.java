package io.clearsky.server.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One entry of the audit trail; {@code hash} covers every other field and the previous record's hash. */
public record AuditRecord(
        long seq,
        Instant occurredAt,
        String actor,
        String action,
        String subject,
        @Nullable String detail,
        String previousHash,
        String hash) {}
