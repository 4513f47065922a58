package io.clearsky.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditRecordTests {

    @Test
    void aReaderWithoutRevealSeesTheDetailsNumbersMaskedAndEverythingElseAsWritten() {
        AuditRecord written = new AuditRecord(
                7,
                7L,
                Instant.parse("2026-11-30T03:00:00Z"),
                "xm-caller",
                3L,
                "127.0.0.1",
                "DISSUASION_OUTCOME_RECORDED",
                "dissuasion-task:12",
                "DISSUADED: reached her on 13800138000, card 6222021234567890123 not used",
                "a".repeat(64),
                "b".repeat(64));

        AuditRecord shown = written.withPersonalDataMasked();

        assertThat(shown.detail())
                .doesNotContain("13800138000", "6222021234567890123")
                .contains("DISSUADED: reached her on 138****8000");
        assertThat(shown).usingRecursiveComparison().ignoringFields("detail").isEqualTo(written);
    }
}
