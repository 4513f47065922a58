package io.clearsky.server.bulletins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clearsky.core.indicator.ScamType;
import io.clearsky.server.NotFoundException;
import org.junit.jupiter.api.Test;

class TipsTests {

    @Test
    void everyScamTypeHasATipInChineseAndEnglishNamingTheHotlines() {
        assertThat(Tips.all()).hasSize(ScamType.values().length);
        for (ScamType type : ScamType.values()) {
            Tips.Tip tip = Tips.of(type);
            assertThat(tip.scamType()).isEqualTo(type.name());
            for (Tips.Text text : new Tips.Text[] {tip.script(), tip.stop(), tip.call()}) {
                assertThat(text.zh()).isNotBlank();
                assertThat(text.en()).isNotBlank();
            }
            assertThat(tip.call().zh()).contains("96110", "110报警");
            assertThat(tip.call().en()).contains("96110", "call 110");
        }
    }

    @Test
    void thePathIsMadeOnceAndATipIsFoundByCodeOrChineseName() {
        assertThat(Tips.path(ScamType.ROMANCE))
                .isEqualTo("/api/v1/tips/ROMANCE")
                .isSameAs(Tips.path(ScamType.ROMANCE));
        assertThat(Tips.get("fake_loan").scamType()).isEqualTo("FAKE_LOAN");
        assertThat(Tips.get("虚假征信").scamType()).isEqualTo("FAKE_CREDIT_REPAIR");
        assertThatThrownBy(() -> Tips.get("NO_SUCH")).isInstanceOf(NotFoundException.class);
    }
}
