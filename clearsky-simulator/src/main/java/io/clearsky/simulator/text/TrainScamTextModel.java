package io.clearsky.simulator.text;

import io.clearsky.core.indicator.ScamType;
import io.clearsky.core.text.ScamTextClassifier;
import io.clearsky.core.text.ScamTextTrainer;
import io.clearsky.core.text.ScamTextTrainer.Example;
import io.clearsky.core.text.ScamTextTrainer.Settings;
import io.clearsky.core.text.TextAssessment;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Trains the scam-text model that ships in {@code clearsky-core} from the texts {@link TextCorpus} writes, writes it,
 * and prints the evaluation on held-out data it was not trained on: fresh texts of the same scripts, whole scripts
 * held out, and (when {@code ../shared/data} is beside the repository) real English and Chinese SMS that no model is
 * trained on. Deterministic: the same options give the same model, byte for byte. docs/text-classification.md has the
 * figures.
 *
 * <pre>
 * ./mvnw -q -B -pl clearsky-simulator -am package -DskipTests
 * java -cp clearsky-simulator/target/clearsky-simulator.jar io.clearsky.simulator.text.TrainScamTextModel
 * </pre>
 */
public final class TrainScamTextModel {

    static final String USAGE = """
            Usage: java -cp clearsky-simulator/target/clearsky-simulator.jar io.clearsky.simulator.text.TrainScamTextModel [options]
              --out FILE        where to write the model
                                (clearsky-core/src/main/resources/io/clearsky/core/text/scam-text-model.bin.gz)
              --seed N          the corpus's seed (2026)
              --per-class N     texts per scam type and language (1500; ordinary texts: three times as many)
              --data DIR        the shared evaluation data, if present (../shared/data)
              --ordinary-boost N  add N more draws of the ordinary families, from other seeds, so that
                                ordinary texts outnumber scams as they do in life (2)
              --no-uci          do not train on the UCI SMS Spam Collection even when it is there
              --l1 X --l2 X --cutoff N   the trainer's settings (those of ScamTextTrainer.Settings.shipped())
              --no-folds        skip the held-out-scripts evaluation (it trains three more models)
              --evaluate-only   read the model at --out instead of training it
            """;

    private static final String SCAM = "scam";
    private static final String NOT_SCAM = "not scam";
    private static final String ORDINARY = "ORDINARY/";

    private TrainScamTextModel() {}

    public static void main(String[] args) throws IOException {
        Map<String, String> options = new LinkedHashMap<>();
        for (int k = 0; k < args.length; k++) {
            String a = args[k];
            if (a.equals("--no-folds") || a.equals("--evaluate-only") || a.equals("--no-uci")) {
                options.put(a, "true");
            } else if (a.startsWith("--") && k + 1 < args.length) {
                options.put(a, args[++k]);
            } else {
                System.err.print("unknown option " + a + "\n" + USAGE);
                System.exit(2);
            }
        }
        Path out = Path.of(options.getOrDefault(
                "--out", "clearsky-core/src/main/resources/io/clearsky/core/text/" + ScamTextClassifier.SHIPPED_MODEL));
        long seed = Long.parseLong(options.getOrDefault("--seed", "2026"));
        int perClass = Integer.parseInt(options.getOrDefault("--per-class", "1500"));
        Path data = Path.of(options.getOrDefault("--data", "../shared/data"));
        Settings shipped = Settings.shipped();
        Settings settings = new Settings(
                shipped.algorithm(),
                Integer.parseInt(options.getOrDefault("--cutoff", String.valueOf(shipped.cutoff()))),
                shipped.iterations(),
                Double.parseDouble(options.getOrDefault("--l1", String.valueOf(shipped.l1()))),
                Double.parseDouble(options.getOrDefault("--l2", String.valueOf(shipped.l2()))));
        int boost = Integer.parseInt(options.getOrDefault("--ordinary-boost", "2"));
        Path uci = data.resolve("sms_text/uci_sms_spam_collection/SMSSpamCollection");
        List<String[]> uciRows = Files.isRegularFile(uci) ? uci(uci) : List.of();
        boolean uciTrained = !uciRows.isEmpty() && !options.containsKey("--no-uci");

        ScamTextClassifier model;
        if (options.containsKey("--evaluate-only")) {
            try (InputStream in = Files.newInputStream(out)) {
                model = ScamTextClassifier.read(in);
            }
            System.out.printf("Model %s: %,d bytes, %,d features%n%n", out, Files.size(out), model.features());
        } else {
            List<Example> examples = training(seed, perClass, boost, f -> true);
            int generated = examples.size();
            if (uciTrained) {
                for (int k = 0; k < uciRows.size(); k++) {
                    if (k % 5 != 0) {
                        String[] row = uciRows.get(k);
                        examples.add(new Example(row[1], row[0].equals("spam") ? ScamType.OTHER : null));
                    }
                }
            }
            long started = System.nanoTime();
            model = ScamTextTrainer.train(examples, settings);
            double seconds = (System.nanoTime() - started) / 1e9;
            Files.createDirectories(out.toAbsolutePath().getParent());
            try (OutputStream o = Files.newOutputStream(out)) {
                model.write(o);
            }
            System.out.printf(
                    "Trained on %,d texts (%,d generated: seed %d, %d per class, ordinary boost %d; %,d from the UCI"
                            + " SMS Spam Collection, every fifth line held out) with %s in %.1f s: %,d features, %,d"
                            + " bytes at %s%n%n",
                    examples.size(),
                    generated,
                    seed,
                    perClass,
                    boost,
                    examples.size() - generated,
                    settings,
                    seconds,
                    model.features(),
                    Files.size(out),
                    out);
        }

        List<String> classes = classes();
        System.out.println("## Fresh texts of the same scripts (seed " + (seed + 1) + ", not trained on)\n");
        Confusion fresh = new Confusion(classes);
        score(model, TextCorpus.generate(seed + 1, Math.max(50, perClass / 5)), fresh);
        System.out.println(fresh.table());

        if (!options.containsKey("--no-folds")) {
            System.out.println("## Whole scripts held out (3 folds: each model trained without a third of each class's"
                    + " scripts, tested on that third)\n");
            Confusion folds = new Confusion(classes);
            for (int fold = 0; fold < 3; fold++) {
                Set<String> held = fold(fold);
                ScamTextClassifier without =
                        ScamTextTrainer.train(training(seed, perClass, boost, f -> !held.contains(f)), settings);
                score(without, TextCorpus.generate(seed + 2, Math.max(50, perClass / 5), held::contains), folds);
            }
            System.out.println(folds.table());
            System.out.println("Scam or not, on the same held-out scripts:\n");
            System.out.println(
                    folds.binary(ScamTextClassifier.NOT_SCAM, SCAM, NOT_SCAM).table());
        }

        if (!uciRows.isEmpty()) {
            System.out.println("## UCI SMS Spam Collection (English, real; "
                    + (uciTrained ? "every fifth line, held out of training" : "not trained on") + "): spam as scam\n");
            Confusion binary = new Confusion(List.of(SCAM, NOT_SCAM));
            Map<String, Integer> typesOfSpam = new TreeMap<>();
            for (int k = 0; k < uciRows.size(); k++) {
                if (uciTrained && k % 5 != 0) {
                    continue;
                }
                String[] row = uciRows.get(k);
                TextAssessment a = model.classify(row[1]);
                boolean spam = row[0].equals("spam");
                binary.add(spam ? SCAM : NOT_SCAM, a.scam() ? SCAM : NOT_SCAM);
                if (spam && a.scam()) {
                    typesOfSpam.merge(a.scamType().name(), 1, Integer::sum);
                }
            }
            System.out.println(binary.table());
            System.out.println("Types given to the spam it caught: " + typesOfSpam + "\n");
        } else {
            System.out.println("(no " + uci + ": the English real-SMS evaluation is skipped)\n");
        }

        Path zh = data.resolve("sms_text/zh_spam_sms_80w_first10k/first10k.tsv");
        if (Files.isRegularFile(zh)) {
            System.out.println("## Chinese SMS sample (real, first 10,000 of the 800k set; no licence, so never"
                    + " trained on; its \"spam\" is mostly advertising, not fraud; digits masked as x there are read"
                    + " as 0)\n");
            int normal = 0;
            int normalFlagged = 0;
            int spam = 0;
            int spamFlagged = 0;
            Map<String, Integer> typesOfNormal = new TreeMap<>();
            List<String> flaggedNormal = new ArrayList<>();
            for (String line : Files.readAllLines(zh, StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (tab < 0 || !(line.startsWith("0\t") || line.startsWith("1\t"))) {
                    continue;
                }
                String text = line.substring(tab + 1).replace('x', '0');
                TextAssessment a = model.classify(text);
                if (line.startsWith("0")) {
                    normal++;
                    if (a.scam()) {
                        normalFlagged++;
                        typesOfNormal.merge(a.scamType().name(), 1, Integer::sum);
                    }
                } else {
                    spam++;
                    spamFlagged += a.scam() ? 1 : 0;
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "| label | texts | read as a scam |%n|---|---|---|%n| normal (0) | %,d | %,d (%.2f%%) |%n"
                            + "| spam, mostly ads (1) | %,d | %,d (%.2f%%) |%n%n",
                    normal,
                    normalFlagged,
                    100.0 * normalFlagged / Math.max(1, normal),
                    spam,
                    spamFlagged,
                    100.0 * spamFlagged / Math.max(1, spam));
            System.out.println("Types given to normal texts read as scams: " + typesOfNormal + "\n");
        } else {
            System.out.println("(no " + zh + ": the Chinese real-SMS evaluation is skipped)\n");
        }
    }

    /** The generated training texts: the corpus, and {@code boost} more draws of its ordinary families. */
    static List<Example> training(long seed, int perClass, int boost, Predicate<String> families) {
        List<Example> examples = new ArrayList<>(examples(TextCorpus.generate(seed, perClass, families)));
        for (int k = 1; k <= boost; k++) {
            examples.addAll(examples(
                    TextCorpus.generate(seed + 1000L * k, perClass, f -> f.startsWith(ORDINARY) && families.test(f))));
        }
        return examples;
    }

    // The UCI SMS Spam Collection: label ("ham" or "spam") and text, in the file's order.
    private static List<String[]> uci(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            if (tab > 0 && (line.startsWith("ham\t") || line.startsWith("spam\t"))) {
                rows.add(new String[] {line.substring(0, tab), line.substring(tab + 1)});
            }
        }
        return rows;
    }

    static List<Example> examples(List<LabeledText> texts) {
        return texts.stream().map(t -> new Example(t.text(), t.scamType())).toList();
    }

    private static List<String> classes() {
        List<String> classes = new ArrayList<>();
        classes.add(ScamTextClassifier.NOT_SCAM);
        for (ScamType type : ScamType.values()) {
            classes.add(type.name());
        }
        return classes;
    }

    private static void score(ScamTextClassifier model, List<LabeledText> texts, Confusion confusion) {
        for (LabeledText t : texts) {
            TextAssessment a = model.classify(t.text());
            String truth = t.scamType() == null
                    ? ScamTextClassifier.NOT_SCAM
                    : t.scamType().name();
            String answer = a.scamType() == null
                    ? ScamTextClassifier.NOT_SCAM
                    : a.scamType().name();
            confusion.add(truth, answer);
        }
    }

    // A third of each (class, language) group's scripts, by their order within the group.
    static Set<String> fold(int fold) {
        Map<String, List<String>> groups = new TreeMap<>();
        for (String family : TextCorpus.families()) {
            int second = family.indexOf('/', family.indexOf('/') + 1);
            String group = second > 0 ? family.substring(0, second) : family;
            groups.computeIfAbsent(group, k -> new ArrayList<>()).add(family);
        }
        Set<String> held = new HashSet<>();
        for (List<String> members : groups.values()) {
            members.sort(Comparator.naturalOrder());
            for (int k = 0; k < members.size(); k++) {
                if (k % 3 == fold) {
                    held.add(members.get(k));
                }
            }
        }
        return held;
    }
}
