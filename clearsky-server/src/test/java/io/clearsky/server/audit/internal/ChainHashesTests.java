package io.clearsky.server.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearsky.server.audit.AuditRecord;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ChainHashesTests {

    private static final Instant AT = Instant.parse("2026-11-24T04:00:00Z");
    private static final String G = ChainHashes.GENESIS;

    private static AuditRecord record(
            long id,
            Instant at,
            String actor,
            Long agency,
            String address,
            String action,
            String subject,
            String detail) {
        return new AuditRecord(id, null, at, actor, agency, address, action, subject, detail, null, null);
    }

    @Test
    void theHashCoversEveryFieldThePositionAndThePreviousHash() {
        AuditRecord r = record(7, AT, "admin", 3L, "10.0.0.1", "A", "s", "d");
        String base = ChainHashes.of(r, 1, G);
        assertThat(base).hasSize(64).isEqualTo(ChainHashes.of(r, 1, G));
        assertThat(ChainHashes.of(r, 2, G)).isNotEqualTo(base);
        assertThat(ChainHashes.of(r, 1, "1".repeat(64))).isNotEqualTo(base);
        assertThat(ChainHashes.of(record(8, AT, "admin", 3L, "10.0.0.1", "A", "s", "d"), 1, G))
                .isNotEqualTo(base);
        assertThat(ChainHashes.of(record(7, AT.plusNanos(1000), "admin", 3L, "10.0.0.1", "A", "s", "d"), 1, G))
                .isNotEqualTo(base);
        assertThat(ChainHashes.of(record(7, AT, "eve", 3L, "10.0.0.1", "A", "s", "d"), 1, G))
                .isNotEqualTo(base);
        assertThat(ChainHashes.of(record(7, AT, "admin", 4L, "10.0.0.1", "A", "s", "d"), 1, G))
                .isNotEqualTo(base);
        assertThat(ChainHashes.of(record(7, AT, "admin", null, "10.0.0.1", "A", "s", "d"), 1, G))
                .isNotEqualTo(base);
        assertThat(ChainHashes.of(record(7, AT, "admin", 3L, "10.0.0.2", "A", "s", "d"), 1, G))
                .isNotEqualTo(base);
        assertThat(ChainHashes.of(record(7, AT, "admin", 3L, "10.0.0.1", "B", "s", "d"), 1, G))
                .isNotEqualTo(base);
        assertThat(ChainHashes.of(record(7, AT, "admin", 3L, "10.0.0.1", "A", "t", "d"), 1, G))
                .isNotEqualTo(base);
        assertThat(ChainHashes.of(record(7, AT, "admin", 3L, "10.0.0.1", "A", "s", null), 1, G))
                .isNotEqualTo(base);
        assertThat(ChainHashes.of(record(7, AT, "admin", 3L, "10.0.0.1", "A", "s", ""), 1, G))
                .isNotEqualTo(ChainHashes.of(record(7, AT, "admin", 3L, "10.0.0.1", "A", "s", null), 1, G));
    }

    @Test
    void textMovedFromOneFieldToTheNextChangesTheHash() {
        String split = ChainHashes.of(record(1, AT, "admin", null, "x", "A", "case:1", "2 closed"), 1, G);
        String moved = ChainHashes.of(record(1, AT, "admin", null, "x", "A", "case:1\n2", "closed"), 1, G);
        assertThat(moved).isNotEqualTo(split);
    }

    @Test
    void theLegacyHashIsTheOneRecordsWereSealedWithBeforeVersion9() {
        // the value the former AuditTrail.hash gave for these fields: records sealed before V9 carry it
        String legacy = ChainHashes.legacy(1, AT, "admin", "A", "s", "d", G);
        assertThat(legacy)
                .isEqualTo(sha256(G + "\n1\n2026-11-24T04:00:00Z\nadmin\nA\ns\nd"))
                .isNotEqualTo(ChainHashes.legacy(1, AT, "admin", "A", "s", null, G));
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
