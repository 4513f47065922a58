package io.clearsky.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditTrailTests {

    private static final Instant AT = Instant.parse("2026-11-24T04:00:00Z");

    @Test
    void theHashCoversEveryFieldAndThePreviousHash() {
        String base = AuditTrail.hash(1, AT, "admin", "A", "s", "d", AuditTrail.GENESIS);
        assertThat(base).hasSize(64);
        assertThat(AuditTrail.hash(2, AT, "admin", "A", "s", "d", AuditTrail.GENESIS))
                .isNotEqualTo(base);
        assertThat(AuditTrail.hash(1, AT.plusNanos(1000), "admin", "A", "s", "d", AuditTrail.GENESIS))
                .isNotEqualTo(base);
        assertThat(AuditTrail.hash(1, AT, "eve", "A", "s", "d", AuditTrail.GENESIS))
                .isNotEqualTo(base);
        assertThat(AuditTrail.hash(1, AT, "admin", "B", "s", "d", AuditTrail.GENESIS))
                .isNotEqualTo(base);
        assertThat(AuditTrail.hash(1, AT, "admin", "A", "t", "d", AuditTrail.GENESIS))
                .isNotEqualTo(base);
        assertThat(AuditTrail.hash(1, AT, "admin", "A", "s", null, AuditTrail.GENESIS))
                .isNotEqualTo(base);
        assertThat(AuditTrail.hash(1, AT, "admin", "A", "s", "d", "1".repeat(64)))
                .isNotEqualTo(base);
        assertThat(AuditTrail.hash(1, AT, "admin", "A", "s", "d", AuditTrail.GENESIS))
                .isEqualTo(base);
    }
}
