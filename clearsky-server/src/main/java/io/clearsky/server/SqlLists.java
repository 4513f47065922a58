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

    /**
     * {@code column in (?, ?, …)} for the values, which it adds to {@code params}; a condition no row meets when there
     * are none. For an agency's data with the agencies under it: a handful of ids, where an index seek each is cheap.
     */
    public static String in(String column, java.util.Collection<?> values, List<Object> params) {
        if (values.isEmpty()) {
            return "1 = 0";
        }
        params.addAll(values);
        return column + " in (" + String.join(",", Collections.nCopies(values.size(), "?")) + ")";
    }

    /** {@code row} (e.g. {@code "(?, ?, ?)"}) {@code count} times, comma-separated, for a multi-row insert. */
    public static String rows(int count, String row) {
        return String.join(", ", Collections.nCopies(count, row));
    }
}
