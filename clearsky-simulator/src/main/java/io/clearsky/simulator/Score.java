package io.clearsky.simulator;

import java.util.Locale;

/** How a detector did against the ground truth: counts of true and false positives and of misses. */
public record Score(long truePositives, long falsePositives, long falseNegatives) {

    public Score {
        if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
    }

    /** Share of what was flagged that is right; 1 when nothing was flagged. */
    public double precision() {
        long flagged = truePositives + falsePositives;
        return flagged == 0 ? 1.0 : (double) truePositives / flagged;
    }

    /** Share of the truth that was flagged; 1 when there was nothing to find. */
    public double recall() {
        long actual = truePositives + falseNegatives;
        return actual == 0 ? 1.0 : (double) truePositives / actual;
    }

    /** The harmonic mean of precision and recall. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "precision %.3f, recall %.3f, F1 %.3f (TP %,d, FP %,d, FN %,d)",
                precision(),
                recall(),
                f1(),
                truePositives,
                falsePositives,
                falseNegatives);
    }
}
