package io.clearsky.bench;

import java.util.List;

/**
 * What a row measures: its name, the unit its values are written in, and its target.
 *
 * @param name e.g. "lookupAll: getPhones, 1,000 keys in groups of 32"
 * @param unit how the figure, its target and its peers are written
 * @param target the bound it must meet, or {@link Target#NONE}
 */
record Figure(String name, Unit unit, Target target) {

    /** The row of a value with its error (NaN when the tool gives none) and the peers measured in the same run. */
    Row measured(double value, double error, List<Row.Peer> peers) {
        return new Row(this, new Row.Measured(value, error, peers));
    }

    Row measured(double value, List<Row.Peer> peers) {
        return measured(value, Double.NaN, peers);
    }

    Row skipped(String why) {
        return new Row(this, new Row.Skipped(why));
    }
}
