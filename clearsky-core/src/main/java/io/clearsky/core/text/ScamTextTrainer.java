package io.clearsky.core.text;

import io.clearsky.core.indicator.ScamType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.jspecify.annotations.Nullable;

/**
 * Trains a {@link ScamTextClassifier} with Apache OpenNLP's maximum-entropy trainer on labelled texts. Deterministic:
 * the same examples in the same order give the same model.
 */
public final class ScamTextTrainer {

    /**
     * A labelled text.
     *
     * @param scamType its scam type, or null for a text that is not a scam
     */
    public record Example(String text, @Nullable ScamType scamType) {

        String outcome() {
            return scamType == null ? ScamTextClassifier.NOT_SCAM : scamType.name();
        }
    }

    /**
     * How to train.
     *
     * @param algorithm OpenNLP's trainer: {@code MAXENT_QN} (L-BFGS with L2 regularisation) or {@code MAXENT} (GIS)
     * @param cutoff a feature seen in fewer texts than this is dropped
     * @param iterations the trainer's iterations
     * @param l1 the L1 cost, for {@code MAXENT_QN}: it sets the weights of features that do not help to zero, which
     *     keeps the model small
     * @param l2 the L2 cost, for {@code MAXENT_QN}: it keeps any one feature from weighing too much
     */
    public record Settings(String algorithm, int cutoff, int iterations, double l1, double l2) {

        /** What the shipped model is trained with (docs/text-classification.md says why). */
        public static Settings shipped() {
            return new Settings("MAXENT_QN", 2, 200, 0.1, 0.1);
        }
    }

    private ScamTextTrainer() {}

    /** Trains on the examples. */
    public static ScamTextClassifier train(List<Example> examples, Settings settings) {
        List<Event> events = new ArrayList<>(examples.size());
        for (Example e : examples) {
            events.add(new Event(e.outcome(), TextFeatures.of(e.text())));
        }
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, settings.algorithm());
        parameters.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
        parameters.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
        parameters.put("L1Cost", settings.l1());
        parameters.put("L2Cost", settings.l2());
        parameters.put("PrintMessages", false);
        EventTrainer trainer = TrainerFactory.getEventTrainer(parameters, null);
        try {
            return ScamTextClassifier.of((AbstractModel) trainer.train(ObjectStreamUtils.createObjectStream(events)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
