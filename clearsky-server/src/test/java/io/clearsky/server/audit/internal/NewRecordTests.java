package io.clearsky.server.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearsky.server.audit.internal.AuditRecords.NewRecord;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NewRecordTests {

    @Test
    void textsLongerThanTheirColumnsAreCutToFitNotRefused() {
        String url = "https://example.com/" + "a".repeat(3000);
        NewRecord r = new NewRecord(
                Instant.EPOCH, "admin", null, "10.0.0.1", "LINK_IDENTIFIER_EXCLUDED", "link:" + url, null);
        assertThat(r.subject())
                .hasSize(256)
                .startsWith("link:https://example.com/aaa")
                .endsWith("…");
        assertThat(new NewRecord(Instant.EPOCH, "admin", null, "x", "A", "s", "d".repeat(5000)).detail())
                .hasSize(4000);
        assertThat(new NewRecord(Instant.EPOCH, "admin", null, "x", "A", "s", "short").detail())
                .isEqualTo("short");
    }

    @Test
    void aCutNeverSplitsACharacterOutsideTheBasicPlane() {
        String emoji = "😀".repeat(200);
        String subject = new NewRecord(Instant.EPOCH, "admin", null, "x", "A", emoji, null).subject();
        assertThat(subject.length()).isLessThanOrEqualTo(256);
        assertThat(Character.isHighSurrogate(subject.charAt(subject.length() - 2)))
                .isFalse();
    }
}
