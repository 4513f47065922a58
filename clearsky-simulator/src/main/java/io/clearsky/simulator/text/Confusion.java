package io.clearsky.simulator.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Counts of (truth, answer) pairs, printed as precision, recall and F1 per class. */
final class Confusion {

    private final Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
    private final List<String> classes;

    Confusion(List<String> classes) {
        this.classes = List.copyOf(classes);
    }

    void add(String truth, String answer) {
        counts.computeIfAbsent(truth, k -> new LinkedHashMap<>()).merge(answer, 1, Integer::sum);
    }

    /** The same counts with every scam type folded into one class: scam or not. */
    Confusion binary(String notScam, String scam, String ordinary) {
        Confusion folded = new Confusion(List.of(scam, ordinary));
        counts.forEach((truth, answers) -> answers.forEach((answer, n) -> {
            for (int k = 0; k < n; k++) {
                folded.add(truth.equals(notScam) ? ordinary : scam, answer.equals(notScam) ? ordinary : scam);
            }
        }));
        return folded;
    }

    int total() {
        return counts.values().stream()
                .flatMap(m -> m.values().stream())
                .mapToInt(Integer::intValue)
                .sum();
    }

    private int count(String truth, String answer) {
        return counts.getOrDefault(truth, Map.of()).getOrDefault(answer, 0);
    }

    /** Precision, recall and F1 of one class. */
    double[] scores(String c) {
        int tp = count(c, c);
        int predicted = 0;
        int actual = 0;
        for (String other : classes) {
            predicted += count(other, c);
            actual += count(c, other);
        }
        double precision = predicted == 0 ? 0 : (double) tp / predicted;
        double recall = actual == 0 ? 0 : (double) tp / actual;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new double[] {precision, recall, f1, actual};
    }

    double accuracy() {
        int right = 0;
        for (String c : classes) {
            right += count(c, c);
        }
        return total() == 0 ? 0 : (double) right / total();
    }

    /** A Markdown table: one row per class with texts, then the macro average and the accuracy. */
    String table() {
        StringBuilder out = new StringBuilder("| class | texts | precision | recall | F1 |\n|---|---|---|---|---|\n");
        List<double[]> rows = new ArrayList<>();
        for (String c : classes) {
            double[] s = scores(c);
            if (s[3] == 0 && s[0] == 0) {
                continue;
            }
            rows.add(s);
            out.append(
                    String.format(Locale.ROOT, "| %s | %,d | %.3f | %.3f | %.3f |%n", c, (int) s[3], s[0], s[1], s[2]));
        }
        double p = rows.stream().mapToDouble(s -> s[0]).average().orElse(0);
        double r = rows.stream().mapToDouble(s -> s[1]).average().orElse(0);
        double f = rows.stream().mapToDouble(s -> s[2]).average().orElse(0);
        out.append(String.format(
                Locale.ROOT,
                "| macro average | %,d | %.3f | %.3f | %.3f |%n| accuracy | | | | %.3f |%n",
                total(),
                p,
                r,
                f,
                accuracy()));
        return out.toString();
    }
}
