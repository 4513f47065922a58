package io.clearsky.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The same rules on Apache Flink (issue 6): the Flink job's events a second on a local MiniCluster, beside the
 * embedded risk engine over the same events in the same JVM. The stream module's {@code StreamThroughput} (test
 * sources) measures both, in a child JVM on the class path the module's {@code package} phase writes; the bench does
 * not depend on Flink.
 */
final class StreamSection implements Section {

    static final String MAIN_CLASS = "io.clearsky.stream.StreamThroughput";
    static final String CLASSPATH_FILE = "throughput-classpath.txt";
    static final List<String> SOURCES = List.of("file", "kafka");

    private static final String LINE_PREFIX = "stream-line ";
    private static final long TIMEOUT_MINUTES = 20;
    private static final String BUILD = "./mvnw -q -B package -DskipTests -pl clearsky-stream -am";

    /** The events and the job's parallelism at a size of the table. */
    record Plan(int events, int parallelism, List<String> heap) {

        static Plan of(Size size) {
            return switch (size) {
                case QUICK -> new Plan(500_000, 2, List.of("-Xmx2g"));
                // the command in docs/stream.md#throughput
                case FULL -> new Plan(2_000_000, 2, List.of("-Xmx4g"));
            };
        }

        Figure figure(String source) {
            String fed = source.equals("kafka")
                    ? "Kafka in and out (exactly-once, broker in the same JVM)"
                    : "fed from a file (no Kafka)";
            return new Figure(
                    String.format(
                            Locale.ROOT,
                            "Flink job on a local MiniCluster, %s, parallelism %d, %,d events, events/s",
                            fed,
                            parallelism,
                            events),
                    Unit.PER_SECOND,
                    Target.NONE);
        }

        List<String> args(String source) {
            return List.of(
                    "--events",
                    String.valueOf(events),
                    "--parallelism",
                    String.valueOf(parallelism),
                    "--source",
                    source);
        }
    }

    @Override
    public String name() {
        return "stream";
    }

    @Override
    public List<Row> measure(TableOptions options, Consumer<String> note) throws Exception {
        Plan plan = Plan.of(options.size());
        Optional<String> missing = missing(options.streamTarget());
        if (missing.isPresent()) {
            return skipped(options.size(), missing.get());
        }
        String classpath = classpath(options.streamTarget());
        List<Row> rows = new ArrayList<>();
        for (String source : SOURCES) {
            String output;
            try {
                output = ChildJvm.run(plan.heap(), classpath, MAIN_CLASS, plan.args(source), TIMEOUT_MINUTES);
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                rows.add(plan.figure(source).skipped("the throughput driver failed: " + e.getMessage()));
                continue;
            }
            rows.add(row(plan, output, note));
        }
        return rows;
    }

    /** Why the driver cannot run from {@code target}, if it cannot: the stream module is not built there. */
    static Optional<String> missing(Path target) {
        for (Path needed : List.of(
                target.resolve(CLASSPATH_FILE),
                target.resolve("classes"),
                target.resolve("test-classes/" + MAIN_CLASS.replace('.', '/') + ".class"))) {
            if (!Files.exists(needed)) {
                return Optional.of("no " + needed + " (" + BUILD + ")");
            }
        }
        return Optional.empty();
    }

    /** The driver's class path: the module's test classes and classes, then its dependencies, test scope included. */
    static String classpath(Path target) throws java.io.IOException {
        return String.join(
                File.pathSeparator,
                target.resolve("test-classes").toString(),
                target.resolve("classes").toString(),
                Files.readString(target.resolve(CLASSPATH_FILE)).strip());
    }

    /** The row of one run from the driver's line, the embedded engine on one thread as the peers. */
    static Row row(Plan plan, String output, Consumer<String> note) {
        String[] line = ChildJvm.line(output, LINE_PREFIX);
        String source = line[0];
        long events = Long.parseLong(line[2]);
        long decisions = Long.parseLong(line[3]);
        double seconds = Double.parseDouble(line[4]);
        double perSecond = Double.parseDouble(line[5]);
        long embeddedDecisions = Long.parseLong(line[6]);
        note.accept(String.format(
                Locale.ROOT,
                "stream (%s): the job read %,d events and made %,d decisions in %.1f s (deployment included); the"
                        + " embedded engine made %,d decisions from the same events%s",
                source,
                events,
                decisions,
                seconds,
                embeddedDecisions,
                decisions == embeddedDecisions ? ", the same" : ": NOT the same number"));
        return plan.figure(source)
                .measured(
                        perSecond,
                        List.of(
                                new Row.Peer("embedded engine, 1 thread", Double.parseDouble(line[7])),
                                new Row.Peer(
                                        "embedded engine reading the JSON, 1 thread", Double.parseDouble(line[8]))));
    }

    @Override
    public List<Row> skipped(String why) {
        return skipped(Size.FULL, why);
    }

    @Override
    public List<Row> skipped(Size size, String why) {
        Plan plan = Plan.of(size);
        return SOURCES.stream().map(source -> plan.figure(source).skipped(why)).toList();
    }
}
