package io.clearsky.core.identifier;

import java.io.Serial;
import java.util.Objects;

/** Thrown when raw input is not a valid identifier of a kind, with a reason a partner engineer understands. */
public final class InvalidIdentifierException extends IllegalArgumentException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final IndicatorKind kind;
    private final String input;
    private final String reason;

    public InvalidIdentifierException(IndicatorKind kind, String input, String reason) {
        super(Objects.requireNonNull(kind, "kind") + ": " + Objects.requireNonNull(reason, "reason"));
        this.kind = kind;
        this.input = Objects.requireNonNull(input, "input");
        this.reason = reason;
    }

    /** The kind the input was parsed as. */
    public IndicatorKind kind() {
        return kind;
    }

    /** The raw input as given; it may hold personal data, so it is not part of the message. */
    public String input() {
        return input;
    }

    /** A short English sentence saying what is wrong with the input. */
    public String reason() {
        return reason;
    }
}
