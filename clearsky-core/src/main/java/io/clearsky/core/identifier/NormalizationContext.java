package io.clearsky.core.identifier;

import org.jspecify.annotations.Nullable;

/**
 * Optional context for normalisation: the default area code for local landlines, or null.
 *
 * <p>The area code is written without the trunk prefix ("592" for Xiamen, "10" for Beijing); a
 * leading "0" is accepted and dropped, so "0592" and "592" are the same context.
 */
public record NormalizationContext(@Nullable String defaultAreaCode) {

    /** No context: local landline numbers without an area code are refused. */
    public static final NormalizationContext NONE = new NormalizationContext(null);

    public NormalizationContext {
        if (defaultAreaCode != null) {
            String code = defaultAreaCode.strip();
            if (code.startsWith("0")) {
                code = code.substring(1);
            }
            if (!code.matches("[1-9][0-9]{1,2}")) {
                throw new IllegalArgumentException(
                        "a Chinese area code has 2 or 3 digits after the leading 0, e.g. 10 or 592: "
                                + defaultAreaCode);
            }
            defaultAreaCode = code;
        }
    }

    /** A context whose local landlines are in the given area, e.g. "592" or "0592". */
    public static NormalizationContext withDefaultAreaCode(String areaCode) {
        return new NormalizationContext(areaCode);
    }
}
