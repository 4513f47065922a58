package io.clearsky.simulator.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearsky.core.indicator.ScamType;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextCorpusReportNarrativeTests {

    @Test
    void sameSeedGivesTheSameAccount() {
        for (ScamType type : ScamType.values()) {
            assertThat(TextCorpus.reportNarrative(42, type, 3_000))
                    .isEqualTo(TextCorpus.reportNarrative(42, type, 3_000));
        }
    }

    @Test
    void accountsVaryWithTheSeed() {
        Set<String> texts = new HashSet<>();
        for (long seed = 0; seed < 200; seed++) {
            texts.add(TextCorpus.reportNarrative(seed, ScamType.FAKE_LOAN, 5_000));
        }
        assertThat(texts.size()).isGreaterThan(190);
    }

    @Test
    void anAccountWithoutLossEndsBeforeMoneyMoves() {
        for (long seed = 0; seed < 100; seed++) {
            String text = TextCorpus.reportNarrative(seed, ScamType.values()[(int) (seed % 11)], 0);
            assertThat(text).containsAnyOf("没有转钱", "没有转账", "没给钱", "就挂了");
        }
    }

    @Test
    void anAccountStatesItsGivenLossInOneOfItsForms() {
        int stated = 0;
        for (long seed = 0; seed < 200; seed++) {
            String text = TextCorpus.reportNarrative(seed, ScamType.BRUSHING_REBATE, 12_345);
            if (text.contains("12345")
                    || text.contains("12,345")
                    || text.contains("1万")
                    || text.contains("一万")
                    || text.contains("壹万")
                    || text.contains("1.2")) {
                stated++;
            }
        }
        // the rest are masked, or their script tells a payment without a total
        assertThat(stated).isGreaterThan(140);
    }
}
