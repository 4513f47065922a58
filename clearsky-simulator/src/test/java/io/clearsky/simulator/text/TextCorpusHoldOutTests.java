package io.clearsky.simulator.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Whether a plain model trained on some families recognises the storylines it has not seen: a character 1–3-gram
 * multinomial naive Bayes, trained on the Chinese texts of every family but one per scam type (and one ordinary
 * family), is tested on the held-out families. It guards the corpus against families so alike that holding one out
 * is trivial, and against families so apart that a type's words do not carry from one to another.
 */
class TextCorpusHoldOutTests {

    @Test
    void aSimpleModelCarriesAcrossHeldOutChineseFamilies() {
        List<LabeledText> corpus = TextCorpus.generate(5, 300).stream()
                .filter(t -> t.language() == TextLanguage.ZH)
                .toList();
        Map<String, String> lastFamilyOfKind = new TreeMap<>();
        for (String id : TextCorpus.families()) {
            if (id.contains("/zh/")) {
                lastFamilyOfKind.merge(id.substring(0, id.indexOf('/')), id, (a, b) -> a.compareTo(b) > 0 ? a : b);
            }
        }
        Set<String> held = Set.copyOf(lastFamilyOfKind.values());

        NaiveBayes model = new NaiveBayes();
        corpus.stream().filter(t -> !held.contains(t.family())).forEach(t -> model.learn(label(t), t.text()));
        List<LabeledText> test =
                corpus.stream().filter(t -> held.contains(t.family())).toList();
        long typeRight = test.stream()
                .filter(t -> model.classify(t.text()).equals(label(t)))
                .count();
        long scamRight = test.stream()
                .filter(t -> model.classify(t.text()).equals("ORDINARY") != t.scam())
                .count();
        double typeAccuracy = typeRight / (double) test.size();
        double scamAccuracy = scamRight / (double) test.size();
        System.out.printf(
                "held-out families %s: %d texts, type accuracy %.3f, scam-or-not accuracy %.3f%n",
                held.stream().sorted().collect(Collectors.joining(", ")), test.size(), typeAccuracy, scamAccuracy);
        assertThat(scamAccuracy).isGreaterThan(0.85);
        assertThat(typeAccuracy).isGreaterThan(0.6);
    }

    private static String label(LabeledText text) {
        return text.scam() ? text.scamType().name() : "ORDINARY";
    }

    /** Multinomial naive Bayes over character 1-, 2- and 3-grams with add-one smoothing. */
    private static final class NaiveBayes {
        private final Map<String, Map<String, Integer>> counts = new HashMap<>();
        private final Map<String, Long> totals = new HashMap<>();
        private final Map<String, Integer> documents = new HashMap<>();
        private final Set<String> vocabulary = new java.util.HashSet<>();

        void learn(String label, String text) {
            documents.merge(label, 1, Integer::sum);
            Map<String, Integer> own = counts.computeIfAbsent(label, k -> new HashMap<>());
            for (String gram : grams(text)) {
                own.merge(gram, 1, Integer::sum);
                totals.merge(label, 1L, Long::sum);
                vocabulary.add(gram);
            }
        }

        String classify(String text) {
            List<String> grams = grams(text);
            int all = documents.values().stream().mapToInt(Integer::intValue).sum();
            String best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (Map.Entry<String, Integer> label : documents.entrySet()) {
                Map<String, Integer> own = counts.get(label.getKey());
                double denominator = totals.get(label.getKey()) + vocabulary.size();
                double score = Math.log(label.getValue() / (double) all);
                for (String gram : grams) {
                    score += Math.log((own.getOrDefault(gram, 0) + 1) / denominator);
                }
                if (score > bestScore) {
                    bestScore = score;
                    best = label.getKey();
                }
            }
            return best;
        }

        private static List<String> grams(String text) {
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            java.util.ArrayList<String> out = new java.util.ArrayList<>();
            for (int n = 1; n <= 3; n++) {
                for (int i = 0; i + n <= lower.length(); i++) {
                    out.add(lower.substring(i, i + n));
                }
            }
            return out;
        }
    }
}
