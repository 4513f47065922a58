package io.clearsky.server.warning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearsky.core.indicator.ScamType;
import org.junit.jupiter.api.Test;

class DissuasionScriptsTests {

    private final DissuasionScripts scripts = new DissuasionScripts();

    @Test
    void everyScamTypeHasAScriptInBothLanguagesThatStopsThePaymentAndNames96110() {
        for (ScamType type : ScamType.values()) {
            DissuasionScripts.Script script = scripts.of(type);
            assertThat(script.scamType()).isEqualTo(type.name());
            for (DissuasionScripts.Lines lines : java.util.List.of(script.zh(), script.en())) {
                assertThat(lines.opening()).as(type + " opening").contains("{centre}");
                assertThat(lines.questions()).as(type + " questions").hasSizeGreaterThanOrEqualTo(2);
                assertThat(lines.stopPayment()).as(type + " stop-payment").isNotBlank();
                assertThat(lines.closing()).as(type + " closing").contains("96110");
            }
            assertThat(script.zh().stopPayment()).as(type + " zh").containsPattern("停止|停一停");
            assertThat(script.en().stopPayment()).as(type + " en").containsIgnoringCase("stop");
        }
    }

    @Test
    void anUnknownScamTypeGetsTheGeneralScript() {
        assertThat(scripts.of(null)).isEqualTo(scripts.of(ScamType.OTHER));
    }
}
