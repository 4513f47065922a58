package io.clearsky.core.warning;

import java.util.Objects;

/**
 * Why a rule fired, in words for a person: a stable code, and the same sentence in Chinese and English with the
 * figures filled in.
 */
public record RuleReason(String code, String zh, String en) {

    public RuleReason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }
}
