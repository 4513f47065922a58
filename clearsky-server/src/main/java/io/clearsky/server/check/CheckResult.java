package io.clearsky.server.check;

import io.clearsky.core.identifier.IndicatorKind;
import io.clearsky.core.indicator.Verdict;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The answer for one identifier.
 *
 * @param input what the caller sent
 * @param value the canonical form (E.164 for numbers)
 * @param warning the issuing centre's warning text, present when the verdict warns
 * @param reasons why, most important first; absent for an identifier nobody listed, to keep batch answers small
 */
public record CheckResult(
        String input,
        IndicatorKind kind,
        String value,
        Verdict verdict,
        @Nullable Named scamType,
        int confidence,
        @Nullable AgencyRef agency,
        @Nullable Text warning,
        @Nullable List<ReasonText> reasons) {

    /** A scam type's code with its Chinese and English names, and the path of its anti-fraud tip. */
    public record Named(String code, String zh, String en, String tip) {}

    /** The issuing agency. */
    public record AgencyRef(long id, String zh, String en) {}

    /** A text in Chinese and English. */
    public record Text(String zh, String en) {}

    /** One reason, as code and text. */
    public record ReasonText(String code, String zh, String en) {}
}
