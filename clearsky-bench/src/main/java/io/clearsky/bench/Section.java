package io.clearsky.bench;

import java.util.List;
import java.util.function.Consumer;

/**
 * A part of the suite: runs its benchmarks at the chosen size and turns what they measured into rows. A new section
 * is a class implementing this and a line in {@link BenchmarkTable#SECTIONS}.
 */
interface Section {

    /** The name {@code --only} selects the section by. */
    String name();

    /** Runs the section's benchmarks and returns its rows; {@code note} takes what the table should mention. */
    List<Row> measure(TableOptions options, Consumer<String> note) throws Exception;

    /** The section's rows, each saying why it was not measured (the section failed). */
    List<Row> skipped(String why);

    /** The section's rows at a size, for a section whose figures are named by the size they measure at. */
    default List<Row> skipped(Size size, String why) {
        return skipped(why);
    }
}
