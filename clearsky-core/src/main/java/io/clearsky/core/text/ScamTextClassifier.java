package io.clearsky.core.text;

import io.clearsky.core.indicator.ScamType;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import org.jspecify.annotations.Nullable;

/**
 * Classifies an SMS or a report's narrative, in Chinese or English: scam or not, the most likely {@link ScamType}, a
 * probability, and the features that weighed most. Thread-safe; {@link #shipped()} is the model that ships inside the
 * product (trained by {@code TrainScamTextModel} in the simulator module, docs/text-classification.md).
 */
public final class ScamTextClassifier {

    /** The class of texts that are not scams. */
    public static final String NOT_SCAM = "NOT_SCAM";

    /** The model inside the product, on the class path beside this class. */
    public static final String SHIPPED_MODEL = "scam-text-model.bin.gz";

    private static final int WEIGHED = 6;

    private final AbstractModel model;
    private final Map<String, Context> parameters;
    private final int notScam;
    private final @Nullable ScamType[] types;
    private final double threshold;

    private ScamTextClassifier(AbstractModel model, double threshold) {
        this.model = model;
        this.threshold = threshold;
        Object[] structures = model.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> map = (Map<String, Context>) structures[1];
        this.parameters = map;
        this.notScam = model.getIndex(NOT_SCAM);
        if (notScam < 0) {
            throw new IllegalArgumentException("the model has no " + NOT_SCAM + " class");
        }
        this.types = new ScamType[model.getNumOutcomes()];
        for (int k = 0; k < types.length; k++) {
            String outcome = model.getOutcome(k);
            types[k] = k == notScam ? null : ScamType.valueOf(outcome);
        }
    }

    /** Wraps a trained OpenNLP model whose classes are {@link #NOT_SCAM} and {@link ScamType} names. */
    static ScamTextClassifier of(AbstractModel model) {
        return new ScamTextClassifier(model, 0.5);
    }

    /** The model that ships inside the product, read once. */
    public static ScamTextClassifier shipped() {
        return Shipped.INSTANCE;
    }

    private static final class Shipped {
        static final ScamTextClassifier INSTANCE = load();

        private static ScamTextClassifier load() {
            try (InputStream in = ScamTextClassifier.class.getResourceAsStream(SHIPPED_MODEL)) {
                if (in == null) {
                    throw new IllegalStateException(
                            "the scam-text model " + SHIPPED_MODEL + " is not on the class path");
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("the shipped scam-text model cannot be read", e);
            }
        }
    }

    /** Reads a model written by {@link #write}. */
    public static ScamTextClassifier read(InputStream in) throws IOException {
        GenericModelReader reader = new GenericModelReader(new BinaryFileDataReader(new GZIPInputStream(in, 1 << 16)));
        return of(reader.getModel());
    }

    /** Writes the model, gzipped, in OpenNLP's binary format. */
    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream data = new DataOutputStream(gzip);
        new GenericModelWriter(model, data).persist();
        data.flush();
        gzip.finish();
    }

    /** The model's bytes as {@link #write} writes them. */
    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** How many distinct features the model knows. */
    public int features() {
        return parameters.size();
    }

    /** Classifies a text. Blank text is not a scam. */
    public TextAssessment classify(String text) {
        if (text.isBlank()) {
            return new TextAssessment(false, 0, null, 0, List.of());
        }
        String[] features = TextFeatures.of(text);
        double[] p = model.eval(features);
        double scamProbability = 1 - p[notScam];
        boolean scam = scamProbability >= threshold;
        int best = notScam;
        if (scam) {
            best = -1;
            for (int k = 0; k < p.length; k++) {
                if (k != notScam && (best < 0 || p[k] > p[best])) {
                    best = k;
                }
            }
        }
        ScamType type = types[best];
        double typeProbability = scam && scamProbability > 0 ? p[best] / scamProbability : 0;
        return new TextAssessment(scam, scamProbability, type, typeProbability, weighed(features, best));
    }

    /** The probability of each class, in the model's order of {@link #classes()}. */
    public double[] probabilities(String text) {
        return model.eval(TextFeatures.of(text));
    }

    /** The model's classes: {@link #NOT_SCAM} and scam-type names. */
    public List<String> classes() {
        List<String> classes = new ArrayList<>();
        for (int k = 0; k < model.getNumOutcomes(); k++) {
            classes.add(model.getOutcome(k));
        }
        return classes;
    }

    // Each feature's weight for the chosen class less its mean over all classes (classes it never met count 0);
    // the heaviest few, each once, a longer n-gram hiding the shorter ones inside it.
    private List<TextAssessment.Weighed> weighed(String[] features, int outcome) {
        int classes = types.length;
        Set<String> seen = new HashSet<>();
        List<TextAssessment.Weighed> all = new ArrayList<>();
        for (String feature : features) {
            if (!seen.add(feature)) {
                continue;
            }
            Context context = parameters.get(feature);
            if (context == null) {
                continue;
            }
            int[] outcomes = context.getOutcomes();
            double[] values = context.getParameters();
            double sum = 0;
            double mine = 0;
            for (int k = 0; k < outcomes.length; k++) {
                sum += values[k];
                if (outcomes[k] == outcome) {
                    mine = values[k];
                }
            }
            double weight = mine - sum / classes;
            if (weight > 0) {
                all.add(new TextAssessment.Weighed(TextFeatures.describe(feature), weight));
            }
        }
        all.sort(Comparator.comparingDouble(TextAssessment.Weighed::weight).reversed());
        List<TextAssessment.Weighed> top = new ArrayList<>(WEIGHED);
        for (TextAssessment.Weighed w : all) {
            if (top.stream()
                    .noneMatch(t ->
                            t.feature().contains(w.feature()) || w.feature().contains(t.feature()))) {
                top.add(w);
                if (top.size() == WEIGHED) {
                    break;
                }
            }
        }
        return top;
    }

    @Override
    public String toString() {
        return "ScamTextClassifier" + Arrays.toString(types) + " over " + parameters.size() + " features";
    }
}
