package io.clearsky.server;

import java.util.Collections;
import java.util.List;

/** Placeholders for SQL written with lists of values: {@code in (?, ?, ?)} and multi-row {@code values}. */
public final class SqlLists {

    private SqlLists() {}

    /** One {@code ?} per value, comma-separated, for an {@code in (...)} list. */
    public static String marks(List<?> values) {
        return String.join(",", Collections.nCopies(values.size(), "?"));
    }

    /** {@code row} (e.g. {@code "(?, ?, ?)"}) {@code count} times, comma-separated, for a multi-row insert. */
    public static String rows(int count, String row) {
        return String.join(", ", Collections.nCopies(count, row));
    }
}
