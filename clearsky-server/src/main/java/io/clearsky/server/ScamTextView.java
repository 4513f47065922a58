package io.clearsky.server;

import io.clearsky.core.indicator.ScamType;
import io.clearsky.core.text.ScamTextClassifier;
import io.clearsky.core.text.TextAssessment;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the scam-text classifier makes of a text, as the API shows it: scam or not, the probability, the most likely
 * scam type with its names, and the words that weighed most (docs/text-classification.md).
 *
 * @param scam whether the text reads as a scam
 * @param scamProbability how likely it is a scam of any type, 0 to 1, four decimals
 * @param scamType the most likely type; absent when the text does not read as a scam
 * @param typeProbability how likely that type is if it is a scam, 0 to 1
 * @param weighed the words or features that weighed most, heaviest first
 */
public record ScamTextView(
        boolean scam,
        double scamProbability,
        @Nullable TypeName scamType,
        double typeProbability,
        List<String> weighed) {

    /** A scam type's code with its Chinese and English names. */
    public record TypeName(String code, String zh, String en) {

        public static TypeName of(ScamType type) {
            return new TypeName(type.name(), type.nameZh(), type.nameEn());
        }
    }

    /** The classifier's reading of a text, as the API shows it. */
    public static ScamTextView read(String text) {
        return of(ScamTextClassifier.shipped().classify(text));
    }

    public static ScamTextView of(TextAssessment a) {
        return new ScamTextView(
                a.scam(),
                round(a.scamProbability()),
                a.scamType() == null ? null : TypeName.of(a.scamType()),
                round(a.typeProbability()),
                a.weighed().stream().map(TextAssessment.Weighed::feature).toList());
    }

    private static double round(double p) {
        return Math.round(p * 10_000) / 10_000.0;
    }
}
