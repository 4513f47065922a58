package io.clearsky.core.warning;

/** A rule file that cannot be used, naming the field at fault (e.g. {@code rules.calling-burst.window}). */
public final class InvalidRulesException extends IllegalArgumentException {

    private final String field;

    public InvalidRulesException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /** The path of the field at fault. */
    public String field() {
        return field;
    }
}
