package io.clearsky.bench;

import io.clearsky.core.index.IndexFootprint;
import io.clearsky.core.index.IndexFootprint.Footprint;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
        Path output = Files.createTempFile("clearsky-footprint-", ".txt");
        try {
            List<String> command = List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    Size.FOOTPRINT_HEAP,
                    "-cp",
                    System.getProperty("java.class.path"),
                    FootprintSection.class.getName(),
                    String.valueOf(options.size().phoneNumbers()));
            System.out.println("measuring the index footprint: " + String.join(" ", command));
            Process child = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            if (!child.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                child.destroyForcibly();
                throw new IllegalStateException("the footprint JVM ran longer than " + TIMEOUT_MINUTES + " minutes");
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            System.out.print(text);
            if (child.exitValue() != 0) {
                throw new IllegalStateException("the footprint JVM exited with " + child.exitValue());
            }
            return rows(parse(text));
        } finally {
            Files.deleteIfExists(output);
        }
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
        for (String line : output.split("\\R")) {
            if (line.startsWith(PREFIX)) {
                String[] figures = line.substring(PREFIX.length()).strip().split(" ");
                return new Footprint(
                        Integer.parseInt(figures[0]), Long.parseLong(figures[1]), Long.parseLong(figures[2]));
            }
        }
        throw new IllegalArgumentException("no footprint line in the footprint JVM's output:\n" + output);
    }
}
