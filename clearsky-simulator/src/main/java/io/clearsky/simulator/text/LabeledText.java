package io.clearsky.simulator.text;

import io.clearsky.core.indicator.ScamType;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One generated text with its label. {@code scamType} null means not a scam; {@code family} is the script it was
 * written from, a stable id such as {@code "FAKE_LOAN/zh/unfreeze-fee"} or {@code "ORDINARY/zh/verification-code"}.
 */
public record LabeledText(
        String text,
        TextLanguage language,
        TextForm form,
        @Nullable ScamType scamType,
        String family) {

    public LabeledText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(family, "family");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a labelled text must not be blank (family " + family + ")");
        }
    }

    /** Whether the text is a scam. */
    public boolean scam() {
        return scamType != null;
    }
}
