package io.clearsky.simulator.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearsky.core.indicator.ScamType;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TextCorpusTests {

    private static final int MIN_ZH_FAMILIES = 6;
    private static final int MIN_EN_FAMILIES = 3;
    private static final int MIN_ZH_ORDINARY = 15;
    private static final int MIN_EN_ORDINARY = 10;

    @Test
    void sameSeedGivesTheSameTexts() {
        assertThat(TextCorpus.generate(7, 40)).isEqualTo(TextCorpus.generate(7, 40));
    }

    @Test
    void differentSeedsGiveDifferentTexts() {
        assertThat(TextCorpus.generate(7, 40)).isNotEqualTo(TextCorpus.generate(8, 40));
    }

    @Test
    void everyScamTypeAndLanguageHasItsCountHalfMessagesHalfNarratives() {
        List<LabeledText> corpus = TextCorpus.generate(1, 100);
        for (TextLanguage language : TextLanguage.values()) {
            for (ScamType type : ScamType.values()) {
                List<LabeledText> texts = corpus.stream()
                        .filter(t -> t.language() == language && t.scamType() == type)
                        .toList();
                assertThat(texts).as("%s %s", type, language).hasSize(100);
                assertThat(texts.stream().filter(t -> t.form() == TextForm.SMS)).hasSize(50);
            }
            List<LabeledText> ordinary = corpus.stream()
                    .filter(t -> t.language() == language && !t.scam())
                    .toList();
            assertThat(ordinary).as("ordinary %s", language).hasSize(300);
            long narratives = ordinary.stream()
                    .filter(t -> t.form() == TextForm.NARRATIVE)
                    .count();
            assertThat(narratives).isBetween(30L, 100L);
        }
    }

    @Test
    void everyScamTypeHasEnoughFamiliesInEachLanguage() {
        Map<String, Long> perKind = TextCorpus.families().stream()
                .collect(Collectors.groupingBy(id -> id.substring(0, id.lastIndexOf('/')), Collectors.counting()));
        for (ScamType type : ScamType.values()) {
            assertThat(perKind.getOrDefault(type.name() + "/zh", 0L))
                    .as(type + " zh")
                    .isGreaterThanOrEqualTo(MIN_ZH_FAMILIES);
            assertThat(perKind.getOrDefault(type.name() + "/en", 0L))
                    .as(type + " en")
                    .isGreaterThanOrEqualTo(MIN_EN_FAMILIES);
        }
        assertThat(perKind.get("ORDINARY/zh")).isGreaterThanOrEqualTo(MIN_ZH_ORDINARY);
        assertThat(perKind.get("ORDINARY/en")).isGreaterThanOrEqualTo(MIN_EN_ORDINARY);
    }

    @Test
    void everyFamilyAppearsInALargeCorpusWithItsLabel() {
        List<LabeledText> corpus = TextCorpus.generate(3, 400);
        Set<String> seen = corpus.stream().map(LabeledText::family).collect(Collectors.toSet());
        assertThat(seen).containsExactlyInAnyOrderElementsOf(TextCorpus.families());
        for (LabeledText text : corpus) {
            String kind = text.family().substring(0, text.family().indexOf('/'));
            assertThat(kind).isEqualTo(text.scam() ? text.scamType().name() : "ORDINARY");
            assertThat(text.family()).contains("/" + text.language().name().toLowerCase() + "/");
        }
    }

    @Test
    void everyFamilyWritesMostlyDistinctTexts() {
        for (String id : TextCorpus.families()) {
            Family family = TextCorpus.family(id);
            for (TextForm form : TextForm.values()) {
                if (!family.writes(form)) {
                    continue;
                }
                SplittableRandom random = new SplittableRandom(id.hashCode() * 31L + form.ordinal());
                Set<String> texts = new HashSet<>();
                for (int i = 0; i < 200; i++) {
                    texts.add(family.write(random.split(), form).text());
                }
                assertThat(texts.size()).as("%s %s distinct of 200", id, form).isGreaterThan(180);
            }
        }
    }

    @Test
    void lengthsAreInSaneRanges() {
        for (LabeledText text : TextCorpus.generate(11, 300)) {
            int length = text.text().length();
            String what = text.family() + " " + text.form() + ": " + text.text();
            assertThat(text.text()).as(what).isNotBlank();
            if (text.language() == TextLanguage.ZH) {
                if (text.form() == TextForm.SMS) {
                    assertThat(length).as(what).isBetween(4, 400);
                } else {
                    assertThat(length).as(what).isBetween(15, 1200);
                }
            } else if (text.form() == TextForm.SMS) {
                assertThat(length).as(what).isBetween(12, 600);
            } else {
                assertThat(length).as(what).isBetween(60, 2000);
            }
        }
    }

    @Test
    void narrativesAreLongerThanMessagesOnAverage() {
        List<LabeledText> corpus = TextCorpus.generate(5, 200);
        for (TextLanguage language : TextLanguage.values()) {
            Function<TextForm, Double> mean = form -> corpus.stream()
                    .filter(t -> t.language() == language && t.form() == form && t.scam())
                    .mapToInt(t -> t.text().length())
                    .average()
                    .orElseThrow();
            assertThat(mean.apply(TextForm.NARRATIVE)).as(language.name()).isGreaterThan(mean.apply(TextForm.SMS));
        }
    }

    @Test
    void familyFilterKeepsExactlyTheTextsOfTheChosenFamilies() {
        Set<String> held = TextCorpus.families().stream()
                .filter(id -> id.hashCode() % 3 == 0)
                .collect(Collectors.toSet());
        List<LabeledText> all = TextCorpus.generate(21, 60);
        List<LabeledText> kept = TextCorpus.generate(21, 60, held::contains);
        List<LabeledText> rest = TextCorpus.generate(21, 60, id -> !held.contains(id));
        assertThat(kept).isNotEmpty().allMatch(t -> held.contains(t.family()));
        assertThat(kept)
                .isEqualTo(all.stream().filter(t -> held.contains(t.family())).toList());
        assertThat(kept.size() + rest.size()).isEqualTo(all.size());
    }

    @Test
    void familyIdsAreStableAndUnique() {
        List<String> ids = TextCorpus.families();
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[A-Z_]+/(zh|en)/[a-z0-9-]+"));
        assertThat(ids).contains("FAKE_LOAN/zh/approved-pay-unfreeze-fee");
    }
}
