package io.clearsky.bench.load;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs wrk with one of the driver's Lua scripts and reads throughput and latency percentiles from its output. */
final class Wrk {

    private static final Pattern REQUESTS_PER_SECOND = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in ([0-9.]+)(us|ms|s|m|h),");
    private static final Pattern PERCENTILE =
            Pattern.compile("^\\s*(50|75|90|99)(?:\\.0+)?%\\s+([0-9.]+)(us|ms|s|m|h)\\s*$", Pattern.MULTILINE);
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern SOCKET_ERRORS =
            Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    private final Path executable;
    private final Path scripts;

    private Wrk(Path executable, Path scripts) {
        this.executable = executable;
        this.scripts = scripts;
    }

    /** What one wrk run measured; latencies in milliseconds, NaN where wrk printed none. */
    record Result(
            double requestsPerSecond,
            long requests,
            double p50Millis,
            double p90Millis,
            double p99Millis,
            long non2xx,
            long socketErrors) {}

    /** wrk from the PATH (or /usr/bin/wrk), if installed. */
    static Optional<Path> locate() {
        List<Path> candidates = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                if (!dir.isBlank()) {
                    candidates.add(Path.of(dir, "wrk"));
                }
            }
        }
        candidates.add(Path.of("/usr/bin/wrk"));
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }

    /** A wrk runner whose Lua scripts are copied from the jar into {@code workDir}. */
    static Wrk prepare(Path executable, Path workDir) throws IOException {
        for (String script : List.of("check-single.lua", "check-batch.lua")) {
            try (InputStream in = Wrk.class.getResourceAsStream(script)) {
                if (in == null) {
                    throw new IllegalStateException(script + " is not on the class path; build clearsky-bench");
                }
                Files.copy(in, workDir.resolve(script), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return new Wrk(executable, workDir);
    }

    /**
     * Runs {@code wrk -tT -cC -dD --latency -s SCRIPT BASE -- DATA_FILE API_KEY} and parses its report; the process
     * is killed if it outlives the run by a minute.
     */
    Result run(
            String script,
            URI base,
            Path dataFile,
            String apiKey,
            int threads,
            int connections,
            Duration duration,
            StringBuilder transcript)
            throws IOException {
        List<String> command = List.of(
                executable.toString(),
                "-t" + threads,
                "-c" + connections,
                "-d" + duration.toSeconds() + "s",
                "--timeout",
                "10s",
                "--latency",
                "-s",
                scripts.resolve(script).toString(),
                base.toString(),
                "--",
                dataFile.toString(),
                apiKey);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output;
        try (InputStream in = process.getInputStream()) {
            Thread killer = new Thread(() -> {
                try {
                    if (!process.waitFor(duration.toSeconds() + 60, TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                    }
                } catch (InterruptedException stopped) {
                    // wrk ended on time
                }
            });
            killer.setDaemon(true);
            killer.start();
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            killer.interrupt();
        }
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        transcript
                .append("$ wrk ")
                .append(String.join(" ", command.subList(1, command.size() - 1)))
                .append(" <key>\n")
                .append(output);
        return parse(output);
    }

    /** Reads wrk's report; fails if it has no Requests/sec line (wrk failed). */
    static Result parse(String output) {
        Matcher rps = REQUESTS_PER_SECOND.matcher(output);
        if (!rps.find()) {
            throw new IllegalArgumentException("not a wrk report:\n" + output);
        }
        double[] percentiles = {Double.NaN, Double.NaN, Double.NaN};
        Matcher percentile = PERCENTILE.matcher(output);
        while (percentile.find()) {
            double millis = millis(Double.parseDouble(percentile.group(2)), percentile.group(3));
            switch (percentile.group(1)) {
                case "50" -> percentiles[0] = millis;
                case "90" -> percentiles[1] = millis;
                case "99" -> percentiles[2] = millis;
                default -> {}
            }
        }
        Matcher total = TOTAL.matcher(output);
        Matcher non2xx = NON_2XX.matcher(output);
        Matcher socket = SOCKET_ERRORS.matcher(output);
        long socketErrors = 0;
        if (socket.find()) {
            for (int group = 1; group <= 4; group++) {
                socketErrors += Long.parseLong(socket.group(group));
            }
        }
        return new Result(
                Double.parseDouble(rps.group(1)),
                total.find() ? Long.parseLong(total.group(1)) : 0,
                percentiles[0],
                percentiles[1],
                percentiles[2],
                non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0,
                socketErrors);
    }

    private static double millis(double value, String unit) {
        return switch (unit) {
            case "us" -> value / 1000;
            case "ms" -> value;
            case "s" -> value * 1000;
            case "m" -> value * 60_000;
            case "h" -> value * 3_600_000;
            default -> throw new IllegalArgumentException("unknown unit " + unit);
        };
    }
}
