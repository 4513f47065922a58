package io.clearsky.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The table's command-line options.
 *
 * @param size quick or full
 * @param sections the sections to run, by name
 * @param out where to write the table as Markdown, if anywhere
 * @param serverJar the server jar the http section starts
 * @param streamTarget the stream module's build directory, whose throughput driver the stream section runs
 */
record TableOptions(
        Size size, Set<String> sections, @Nullable Path out, Path serverJar, Path streamTarget) {

    static final Path DEFAULT_SERVER_JAR = Path.of("clearsky-server/target/clearsky-server-0.1.0-SNAPSHOT.jar");
    static final Path DEFAULT_STREAM_TARGET = Path.of("clearsky-stream/target");

    TableOptions {
        sections = Set.copyOf(sections);
    }

    static String usage(List<String> sections) {
        return """
                Usage: java -cp clearsky-bench/target/clearsky-benchmarks.jar io.clearsky.bench.BenchmarkTable \\
                           --size quick|full [options]
                Run from the repository root after ./mvnw -q -B package -DskipTests.
                  --size quick|full    quick: indexes of 1,000,000 numbers, short JMH iterations and load phases,
                                       smaller linkages (a few minutes); full: 10,000,000 numbers, 10,000,000
                                       linked reports and the settings the targets are defined at (estimated 25
                                       minutes)
                  --only a,b           sections to run: %s (all)
                  --out PATH           also write the table as Markdown here
                  --server-jar PATH    the server the http and intake sections start (%s)
                  --stream-target PATH the stream module's build directory, with the throughput driver and its
                                       class path, for the stream section (%s)
                """.formatted(String.join(", ", sections), DEFAULT_SERVER_JAR, DEFAULT_STREAM_TARGET);
    }

    /** Parses {@code --name value} pairs; {@code --size} is required, and names outside {@code known} are refused. */
    static TableOptions parse(List<String> known, String... args) {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (!name.startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value, got '" + name + "'");
            }
            given.put(name.substring(2), args[++i]);
        }
        for (String name : given.keySet()) {
            if (!List.of("size", "only", "out", "server-jar", "stream-target").contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name);
            }
        }
        String size = given.get("size");
        if (size == null) {
            throw new IllegalArgumentException("--size is required: quick or full");
        }
        Set<String> sections = new LinkedHashSet<>(known);
        String only = given.get("only");
        if (only != null) {
            sections = new LinkedHashSet<>();
            for (String name : Arrays.stream(only.split(",")).map(String::strip).toList()) {
                if (!known.contains(name)) {
                    throw new IllegalArgumentException(
                            "--only takes " + String.join(", ", known) + "; got '" + name + "'");
                }
                sections.add(name);
            }
        }
        String out = given.get("out");
        return new TableOptions(
                Size.parse(size),
                sections,
                out == null ? null : Path.of(out),
                Path.of(given.getOrDefault("server-jar", DEFAULT_SERVER_JAR.toString())),
                Path.of(given.getOrDefault("stream-target", DEFAULT_STREAM_TARGET.toString())));
    }

    boolean runs(String section) {
        return sections.contains(section);
    }
}
