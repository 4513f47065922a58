package io.clearsky.server;

import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Names the field a JSON body failed on and what it should have held, in words a partner understands. */
final class JsonFields {

    /** Jackson quotes a type in backticks, or names its class: {@code `java.lang.Integer`}, io.clearsky.x.Y. */
    private static final Pattern JAVA_TYPE = Pattern.compile("`|\\b[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+\\.[A-Z]");

    private JsonFields() {}

    /** The field's path in the body, {@code transfers[3].amount}; empty when the failure is not in one field. */
    static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The problems of a value nested in the body, named by their path from the body's root. */
    static List<InvalidInputException.FieldProblem> under(
            String path, List<InvalidInputException.FieldProblem> problems) {
        return problems.stream()
                .map(p -> new InvalidInputException.FieldProblem(
                        p.field().isEmpty() || p.field().equals(path) ? path : path + "." + p.field(), p.message()))
                .toList();
    }

    /** What the field should have held, without Jackson's Java type names. */
    static String expected(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a field of this body";
        }
        String own = firstLine(e.getOriginalMessage());
        if (!JAVA_TYPE.matcher(own).find()) {
            return own; // a deserializer's own words ("'value' must be a string")
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
            Class<?> type = invalid.getTargetType();
            if (type.isEnum()) {
                return "'" + invalid.getValue() + "' is not one of " + List.of(type.getEnumConstants());
            }
            return "'" + invalid.getValue() + "' is not " + describe(type);
        }
        if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return "expected " + describe(mismatched.getTargetType());
        }
        return "is not a valid value";
    }

    /** The first line of a parser's message (the rest repeats the input). */
    static String firstLine(String message) {
        String text = String.valueOf(message);
        int newline = text.indexOf('\n');
        return newline > 0 ? text.substring(0, newline) : text;
    }

    private static String describe(Class<?> type) {
        if (type == String.class || type == Character.class || type == char.class) {
            return "a string";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number in range";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (type.isEnum()) {
            return "one of " + List.of(type.getEnumConstants());
        }
        if (type.isArray() || Iterable.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type == java.time.LocalDate.class) {
            return "a date such as 2025-01-31";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "a date-time such as 2025-01-31T08:00:00Z";
        }
        if (type == java.time.Duration.class) {
            return "a duration such as PT30M";
        }
        return "an object";
    }
}
