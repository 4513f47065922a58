package io.clearsky.bench;

import java.util.List;
import java.util.Locale;

/** How big a run is: quick to see that the suite works, full for the sizes and settings the targets are defined at. */
enum Size {
    QUICK(
            1_000_000,
            2,
            1,
            3,
            1,
            List.of("--listed", "10000", "--warmup", "5s", "--duration", "10s"),
            List.of("--warmup", "5s", "--duration", "10s", "--single-warmup", "3s", "--single-duration", "5s"),
            List.of("--warmup", "10s", "--duration", "10s"),
            List.of("--rate", "1000", "--payers", "20000", "--warmup", "5s", "--duration", "10s")),
    FULL(10_000_000, 3, 5, 5, 5, List.of(), List.of(), List.of(), List.of());

    /** The forked benchmark JVM's heap, as in the documented JMH commands. */
    static final List<String> JMH_JVM_ARGS = List.of("-Xms2g", "-Xmx2g");

    /** The footprint JVM's heap: the index must fit it. */
    static final String FOOTPRINT_HEAP = "-Xmx1g";

    private final int phoneNumbers;
    private final int warmupIterations;
    private final int warmupSeconds;
    private final int iterations;
    private final int iterationSeconds;
    private final List<String> loadDriverArgs;
    private final List<String> intakeDriverArgs;
    private final List<String> transferDriverArgs;
    private final List<String> transferCheckDriverArgs;

    Size(
            int phoneNumbers,
            int warmupIterations,
            int warmupSeconds,
            int iterations,
            int iterationSeconds,
            List<String> loadDriverArgs,
            List<String> intakeDriverArgs,
            List<String> transferDriverArgs,
            List<String> transferCheckDriverArgs) {
        this.phoneNumbers = phoneNumbers;
        this.warmupIterations = warmupIterations;
        this.warmupSeconds = warmupSeconds;
        this.iterations = iterations;
        this.iterationSeconds = iterationSeconds;
        this.loadDriverArgs = loadDriverArgs;
        this.intakeDriverArgs = intakeDriverArgs;
        this.transferDriverArgs = transferDriverArgs;
        this.transferCheckDriverArgs = transferCheckDriverArgs;
    }

    static Size parse(String text) {
        for (Size size : values()) {
            if (size.label().equals(text)) {
                return size;
            }
        }
        throw new IllegalArgumentException("--size is quick or full, got '" + text + "'");
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Phone numbers in every index the benchmarks build. */
    int phoneNumbers() {
        return phoneNumbers;
    }

    int warmupIterations() {
        return warmupIterations;
    }

    int warmupSeconds() {
        return warmupSeconds;
    }

    int iterations() {
        return iterations;
    }

    int iterationSeconds() {
        return iterationSeconds;
    }

    /** Options for the load driver on top of its defaults, which are the full size. */
    List<String> loadDriverArgs() {
        return loadDriverArgs;
    }

    /** Options for the intake load driver on top of its defaults, which are the full size. */
    List<String> intakeDriverArgs() {
        return intakeDriverArgs;
    }

    /** The transfer load driver's periods at this size (its defaults at full size). */
    List<String> transferDriverArgs() {
        return transferDriverArgs;
    }

    /** The transfer check driver's rate and periods at this size (its defaults, 5,000/s, at full size). */
    List<String> transferCheckDriverArgs() {
        return transferCheckDriverArgs;
    }

    /** The settings in a line, for the table's header. */
    String describe() {
        return String.format(
                Locale.ROOT,
                "%s: indexes of %,d numbers; JMH -f 1 -t 1 -wi %d -w %ds -i %d -r %ds -jvmArgs \"%s\"; footprint in %s;"
                        + " load driver %s; intake driver %s",
                label(),
                phoneNumbers,
                warmupIterations,
                warmupSeconds,
                iterations,
                iterationSeconds,
                String.join(" ", JMH_JVM_ARGS),
                FOOTPRINT_HEAP,
                loadDriverArgs.isEmpty() ? "with its defaults" : String.join(" ", loadDriverArgs),
                intakeDriverArgs.isEmpty() ? "with its defaults" : String.join(" ", intakeDriverArgs));
    }
}
