package io.clearsky.bench;

import io.clearsky.core.index.IndexFootprint;
import io.clearsky.core.index.IndexFootprint.Footprint;
import java.util.List;
import java.util.function.Consumer;

/**
 * The heap an {@code IndicatorIndex} retains, against fastutil's map holding the same numbers, measured by {@link
 * IndexFootprint} in a child JVM with the heap the target is defined at.
 */
final class FootprintSection implements Section {

    // A child JVM, so the index has to fit the 1 GiB heap and the table's own JVM (holding JMH's
    // results, or a load driver) does not count in the used heap the measurement reads.

    static final Figure FIGURE =
            new Figure("footprint: IndicatorIndex, retained heap", Unit.BYTES, Target.atMost(1L << 30));
    private static final String PREFIX = "footprint ";
    private static final long TIMEOUT_MINUTES = 10;

    @Override
    public String name() {
        return "footprint";
    }

    @Override
    public List<Row> measure(TableOptions options, Consumer<String> note) throws Exception {
        String text = ChildJvm.run(
                List.of(Size.FOOTPRINT_HEAP),
                FootprintSection.class,
                List.of(String.valueOf(options.size().phoneNumbers())),
                TIMEOUT_MINUTES);
        return rows(parse(text));
    }

    @Override
    public List<Row> skipped(String why) {
        return List.of(FIGURE.skipped(why));
    }

    static List<Row> rows(Footprint footprint) {
        return List.of(FIGURE.measured(
                footprint.indexBytes(),
                List.of(new Row.Peer("fastutil Long2LongOpenHashMap", footprint.fastutilBytes()))));
    }

    /** The child JVM: measures the footprint of {@code args[0]} numbers and prints it as one line for the parent. */
    public static void main(String[] args) throws InterruptedException {
        System.out.println(line(IndexFootprint.measure(Integer.parseInt(args[0]))));
    }

    static String line(Footprint footprint) {
        return PREFIX + footprint.phoneNumbers() + " " + footprint.indexBytes() + " " + footprint.fastutilBytes();
    }

    /** The figures from the child's output: its line starting "footprint ". */
    static Footprint parse(String output) {
        String[] figures = ChildJvm.line(output, PREFIX);
        return new Footprint(Integer.parseInt(figures[0]), Long.parseLong(figures[1]), Long.parseLong(figures[2]));
    }
}
