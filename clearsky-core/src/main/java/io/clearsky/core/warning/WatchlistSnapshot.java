package io.clearsky.core.warning;

import io.clearsky.core.identifier.Identifier;
import io.clearsky.core.identifier.IndicatorKind;
import io.clearsky.core.index.IndicatorIndex;
import io.clearsky.core.indicator.IndicatorState;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * The registry as a file the Flink job loads: one indicator per line, {@code kind<TAB>value<TAB>packed state}, the
 * state as {@link IndicatorState#pack()} makes it. Lines starting with {@code #} are comments.
 */
public final class WatchlistSnapshot {

    private WatchlistSnapshot() {}

    /** Writes one indicator's line. */
    public static void writeLine(Appendable out, Identifier identifier, long packedState) throws IOException {
        out.append(identifier.kind().name())
                .append('\t')
                .append(identifier.value())
                .append('\t')
                .append(Long.toString(packedState))
                .append('\n');
    }

    /** Reads a snapshot into an index; a malformed line fails with its line number. */
    public static IndicatorIndex read(Reader input, int expectedPhoneNumbers) {
        IndicatorIndex index = new IndicatorIndex(expectedPhoneNumbers);
        BufferedReader reader = input instanceof BufferedReader b ? b : new BufferedReader(input);
        int lineNumber = 0;
        try {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                try {
                    if (fields.length != 3) {
                        throw new IllegalArgumentException("expected kind, value and state separated by tabs");
                    }
                    long state = Long.parseLong(fields[2]);
                    IndicatorState.unpack(state);
                    index.put(new Identifier(IndicatorKind.valueOf(fields[0]), fields[1]), state);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(
                            "watchlist snapshot line " + lineNumber + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the watchlist snapshot", e);
        }
        return index;
    }
}
