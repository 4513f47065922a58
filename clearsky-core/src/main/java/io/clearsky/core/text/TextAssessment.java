package io.clearsky.core.text;

import io.clearsky.core.indicator.ScamType;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the scam-text classifier makes of one text.
 *
 * @param scam whether the text reads as a scam ({@code scamProbability} at or above the classifier's threshold)
 * @param scamProbability how likely the text is a scam of any type, 0 to 1
 * @param scamType the most likely scam type; null when the text does not read as a scam
 * @param typeProbability how likely that type is, given that the text is a scam, 0 to 1; 0 when not a scam
 * @param weighed the features that weighed most towards the answer, heaviest first
 */
public record TextAssessment(
        boolean scam,
        double scamProbability,
        @Nullable ScamType scamType,
        double typeProbability,
        List<Weighed> weighed) {

    public TextAssessment {
        weighed = List.copyOf(weighed);
    }

    /**
     * A feature of the text and how much it weighed: its weight for the answer's class less its mean weight over all
     * classes, so positive means it pulled towards the answer.
     */
    public record Weighed(String feature, double weight) {}
}
