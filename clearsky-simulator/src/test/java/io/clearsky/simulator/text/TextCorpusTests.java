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
    private static final int MIN_ZH_ORDINARY = 60;
    private static final int MIN_EN_ORDINARY = 39;

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
    void everydayFamiliesWidenTheOrdinaryClassInBothLanguages() {
        assertThat(ZhEveryday.all()).hasSizeGreaterThanOrEqualTo(20).allMatch(f -> f.scamType() == null);
        assertThat(EnEveryday.all()).hasSizeGreaterThanOrEqualTo(12).allMatch(f -> f.scamType() == null);
        assertThat(TextCorpus.families())
                .contains(
                        "ORDINARY/zh/news-headline",
                        "ORDINARY/zh/mood-post",
                        "ORDINARY/en/txt-speak-chat",
                        "ORDINARY/en/news-headline");
    }

    @Test
    void hardNegativesUseTheWordsOfTheScamsTheyAreMistakenFor() {
        // family -> words of the scam type it is mistaken for; each must show up in the family's texts
        Map<String, List<String>> words = Map.ofEntries(
                Map.entry("ORDINARY/zh/court-police-news", List.of("法院", "警方", "案件")),
                Map.entry("ORDINARY/zh/stock-market-commentary", List.of("A股", "板块", "龙头", "外资")),
                Map.entry("ORDINARY/zh/loan-credit-news", List.of("征信", "贷款", "利率")),
                Map.entry("ORDINARY/zh/love-friendship-musing", List.of("希望你们", "在一起")),
                Map.entry("ORDINARY/zh/product-ad", List.of("旗舰店", "包邮", "美白")),
                Map.entry("ORDINARY/zh/recruitment-notice", List.of("招聘", "月薪")),
                Map.entry("ORDINARY/zh/game-chatter", List.of("皮肤", "上分")),
                Map.entry("ORDINARY/zh/boss-colleague-work-chat", List.of("办公室", "报销")),
                Map.entry("ORDINARY/en/court-police-news", List.of("court", "Police")),
                Map.entry("ORDINARY/en/market-news", List.of("shares", "stocks")),
                Map.entry("ORDINARY/en/loan-credit-news", List.of("credit", "mortgage")),
                Map.entry("ORDINARY/en/love-friendship-post", List.of("love", "friend")),
                Map.entry("ORDINARY/en/product-promotion", List.of("official store", "free delivery")),
                Map.entry("ORDINARY/en/job-advert", List.of("hiring", "Apply")),
                Map.entry("ORDINARY/en/game-chatter", List.of("skin", "ranked")),
                Map.entry("ORDINARY/en/boss-colleague-work-chat", List.of("office", "expense")));
        words.forEach((id, expected) -> {
            Family family = TextCorpus.family(id);
            SplittableRandom random = new SplittableRandom(id.hashCode());
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < 300; i++) {
                all.append(family.write(random.split(), TextForm.SMS).text()).append('\n');
            }
            for (String word : expected) {
                assertThat(all.toString()).as(id).containsIgnoringCase(word);
            }
        });
    }

    @Test
    void everydayMessagesRunFromAFewWordsToAParagraph() {
        for (List<Family> families : List.of(ZhEveryday.all(), EnEveryday.all())) {
            SplittableRandom random = new SplittableRandom(13);
            List<Integer> lengths = families.stream()
                    .filter(f -> f.writes(TextForm.SMS))
                    .flatMap(f -> java.util.stream.IntStream.range(0, 50)
                            .mapToObj(i ->
                                    f.write(random.split(), TextForm.SMS).text().length()))
                    .toList();
            assertThat(lengths).anyMatch(n -> n <= 20).anyMatch(n -> n >= 120);
        }
    }

    @Test
    void familyIdsAreStableAndUnique() {
        List<String> ids = TextCorpus.families();
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[A-Z_]+/(zh|en)/[a-z0-9-]+"));
        assertThat(ids).contains("FAKE_LOAN/zh/approved-pay-unfreeze-fee");
    }
}
