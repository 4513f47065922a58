package io.clearsky.server;

import io.clearsky.core.identifier.Identifier;
import io.clearsky.core.identifier.IndicatorKind;
import io.clearsky.core.identifier.InvalidIdentifierException;
import io.clearsky.core.identifier.NormalizationContext;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Parses identifiers from request fields, naming the field in the error when the input is garbage. */
public final class Identifiers {

    private Identifiers() {}

    /** The kind named by a request field; PHONE_NUMBER when absent. */
    public static IndicatorKind kind(String field, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return IndicatorKind.PHONE_NUMBER;
        }
        try {
            return IndicatorKind.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    field,
                    "unknown kind '" + text + "'; expected one of "
                            + java.util.Arrays.toString(IndicatorKind.values()));
        }
    }

    /** The canonical identifier of a raw value, or a 400 naming {@code field}. */
    public static Identifier parse(String field, IndicatorKind kind, @Nullable String raw, @Nullable String areaCode) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException(field, "must not be empty");
        }
        NormalizationContext context = context(field, areaCode);
        try {
            return io.clearsky.core.identifier.Identifiers.parse(kind, raw, context);
        } catch (InvalidIdentifierException e) {
            throw new InvalidInputException(field, e.reason());
        }
    }

    /** The context of an area code sent beside the value ({@code items[3].areaCode} beside {@code items[3].value}). */
    /** Checks an area code as {@link #parse} reads it; a bad one is an error naming {@code areaCode}. */
    public static void checkAreaCode(@Nullable String areaCode) {
        context("areaCode", areaCode);
    }

    private static NormalizationContext context(String field, @Nullable String areaCode) {
        if (areaCode == null || areaCode.isBlank()) {
            return NormalizationContext.NONE;
        }
        try {
            return new NormalizationContext(areaCode);
        } catch (IllegalArgumentException e) {
            int dot = field.lastIndexOf('.');
            throw new InvalidInputException((dot < 0 ? "" : field.substring(0, dot + 1)) + "areaCode", e.getMessage());
        }
    }
}
