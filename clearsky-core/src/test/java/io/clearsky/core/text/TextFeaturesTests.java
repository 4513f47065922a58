package io.clearsky.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFeaturesTests {

    @Test
    void chineseIsReadAsPairsAndTriplesOfCharacters() {
        assertThat(TextFeatures.of("刷单返利"))
                .contains("刷单", "刷单返", "单返利", "返利")
                // single characters (的, 是, 一) say little and let a model lean on how often a script uses them
                .doesNotContain("刷", "利", "刷单返利")
                .contains(TextFeatures.CHINESE);
        // a character standing alone is all there is of it
        assertThat(TextFeatures.of("好")).contains("好");
    }

    @Test
    void spacesAndSymbolsSlippedBetweenCharactersDoNotHideTheWord() {
        assertThat(TextFeatures.of("日结兼-职，刷 单 返 利")).contains("兼职", "刷单", "刷单返");
        // but a comma ends a run: the words of two clauses are not one n-gram
        assertThat(TextFeatures.of("兼职，刷单")).doesNotContain("职刷");
    }

    @Test
    void fullWidthLettersAndDigitsReadAsTheirPlainForms() {
        assertThat(TextFeatures.of("加ＶＸ领取５０００元")).contains("vx", "⟨num:3-4⟩", "领取");
    }

    @Test
    void englishIsReadAsLowerCaseWordsAndPairs() {
        assertThat(TextFeatures.of("WINNER! You have won a PRIZE"))
                .contains("winner", "you", "you have", "won a", "prize", TextFeatures.ENGLISH)
                // a sentence's end breaks the pairs
                .doesNotContain("winner you");
    }

    @Test
    void aLinkIsOneFeatureWithItsTopLevelDomainAndItsLettersAreNotWords() {
        String[] features = TextFeatures.of("点击 http://etc-renew.top/a?b=1 办理，或访问www.example.cn");
        assertThat(features)
                .contains(TextFeatures.LINK, "⟨tld:top⟩", "⟨tld:cn⟩")
                .doesNotContain("etc", "renew", "example");
        assertThat(TextFeatures.of("visit bit.ly/x2 now")).contains(TextFeatures.LINK, "⟨tld:ly⟩", "visit", "now");
    }

    @Test
    void numbersAreReadByLengthNotValue() {
        assertThat(TextFeatures.of("验证码123456，账户6222021234567890123，电话13800138000，共5,000元"))
                .contains("⟨num:5-6⟩", "⟨num:13+⟩", "⟨num:9-12⟩", "⟨num:3-4⟩")
                .doesNotContain("123456");
    }

    @Test
    void shapesOfTheTextAreFeaturesToo() {
        assertThat(TextFeatures.of("【某银行】您尾号1234的卡¥50.00")).contains(TextFeatures.SIGNATURE, TextFeatures.CURRENCY);
        assertThat(TextFeatures.of("好的")).contains("⟨len:short⟩");
        assertThat(TextFeatures.of("x".repeat(200))).contains("⟨len:long⟩");
        assertThat(TextFeatures.of("恭喜🎉")).contains(TextFeatures.EMOJI);
        assertThat(TextFeatures.of("")).containsExactly(TextFeatures.ENGLISH, "⟨len:short⟩");
    }

    @Test
    void describedFeaturesReadAsWords() {
        assertThat(TextFeatures.describe("刷单")).isEqualTo("刷单");
        assertThat(TextFeatures.describe(TextFeatures.LINK)).isEqualTo("a link");
        assertThat(TextFeatures.describe("⟨tld:top⟩")).isEqualTo("a .top link");
        assertThat(TextFeatures.describe("⟨num:13+⟩")).isEqualTo("a 13+-digit number");
        assertThat(TextFeatures.describe("⟨len:short⟩")).isEqualTo("a short text");
    }
}
