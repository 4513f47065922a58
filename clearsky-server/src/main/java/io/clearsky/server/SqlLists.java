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

    /**
     * A one-column table of the values, {@code (values (?), (?)) alias(column)}, to join on a table's key: {@code
     * from <this> join t on t.a = ? and t.b = alias.column}. Both H2 and PostgreSQL then find each value by an index
     * seek on both columns of a key {@code (a, b)}, where {@code where t.a = ? and t.b in (...)} makes H2 read every
     * row with that {@code a}: its planner uses the index for the equality only and filters the list row by row, so
     * the query slows down as the table grows.
     */
    public static String valuesTable(List<?> values, String alias, String column) {
        return "(values " + rows(values.size(), "(?)") + ") " + alias + "(" + column + ")";
    }

    /** {@code row} (e.g. {@code "(?, ?, ?)"}) {@code count} times, comma-separated, for a multi-row insert. */
    public static String rows(int count, String row) {
        return String.join(", ", Collections.nCopies(count, row));
    }
}
