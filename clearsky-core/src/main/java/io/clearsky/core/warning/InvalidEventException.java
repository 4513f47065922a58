package io.clearsky.core.warning;

/** An event that cannot be read, naming the field at fault as a JSON path (e.g. {@code events[3].amount}). */
public final class InvalidEventException extends IllegalArgumentException {

    private final String field;

    public InvalidEventException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /** The path of the field at fault. */
    public String field() {
        return field;
    }

    /** What is wrong, without the field. */
    public String reason() {
        return getMessage().substring(field.length() + 2);
    }
}
