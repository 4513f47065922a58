package io.clearsky.bench.load;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Peer A: Redis GET throughput and latency, measured with redis-benchmark. */
final class RedisPeer {

    // GET on random keys of a keyspace as large as the police list (-r). The driver never writes to the
    // Redis it is pointed at, so most keys are absent and Redis answers nil: the same hash lookup and a
    // shorter reply than a hit. That flatters Redis a little, which is the fair direction for a peer.

    private RedisPeer() {}

    /** What redis-benchmark measured; latencies in milliseconds, NaN where it printed none. */
    record Result(double requestsPerSecond, long requests, double p50Millis, double p99Millis) {}

    /** Why Redis cannot be measured, or empty if it answers PING on host:port. */
    static Optional<String> unreachable(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            socket.setSoTimeout(2000);
            socket.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            byte[] reply = new byte[64];
            int read = socket.getInputStream().read(reply);
            String answer = read <= 0 ? "" : new String(reply, 0, read, StandardCharsets.US_ASCII).strip();
            return answer.equals("+PONG")
                    ? Optional.empty()
                    : Optional.of("Redis at " + host + ":" + port + " answered PING with '" + answer + "'");
        } catch (IOException e) {
            return Optional.of("Redis is not reachable at " + host + ":" + port + " (" + e.getMessage() + ")");
        }
    }

    /** redis-benchmark from the PATH (or /usr/bin), if installed. */
    static Optional<Path> locate() {
        String path = System.getenv("PATH");
        List<Path> candidates = new ArrayList<>();
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                if (!dir.isBlank()) {
                    candidates.add(Path.of(dir, "redis-benchmark"));
                }
            }
        }
        candidates.add(Path.of("/usr/bin/redis-benchmark"));
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }

    /** Runs {@code redis-benchmark -t get --csv} with {@code requests} GETs over {@code clients} connections. */
    static Result run(
            Path executable,
            String host,
            int port,
            int clients,
            long requests,
            int keyspace,
            long timeoutSeconds,
            StringBuilder transcript)
            throws IOException {
        List<String> command = List.of(
                executable.toString(),
                "-h",
                host,
                "-p",
                String.valueOf(port),
                "-t",
                "get",
                "-n",
                String.valueOf(requests),
                "-c",
                String.valueOf(clients),
                "-r",
                String.valueOf(keyspace),
                "--csv");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output;
        try (InputStream in = process.getInputStream()) {
            Thread killer = new Thread(() -> {
                try {
                    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                    }
                } catch (InterruptedException stopped) {
                    // ended on time
                }
            });
            killer.setDaemon(true);
            killer.start();
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            killer.interrupt();
        }
        transcript.append("$ ").append(String.join(" ", command)).append('\n').append(output);
        Result parsed = parseCsv(output);
        return new Result(parsed.requestsPerSecond(), requests, parsed.p50Millis(), parsed.p99Millis());
    }

    /**
     * Reads the GET line of {@code redis-benchmark --csv}: Redis 7 prints a header and rps with latency columns,
     * older versions only {@code "GET","rps"}.
     */
    static Result parseCsv(String output) {
        List<String> header = List.of();
        for (String line : output.split("\\R")) {
            // \R also splits at the carriage returns of the progress line, which is not CSV
            List<String> cells = cells(line.strip());
            if (cells.isEmpty()) {
                continue;
            }
            if (cells.get(0).equals("test")) {
                header = cells;
            } else if (cells.get(0).startsWith("GET") && cells.size() >= 2) {
                return new Result(
                        Double.parseDouble(cells.get(1)),
                        0,
                        column(header, cells, "p50_latency_ms"),
                        column(header, cells, "p99_latency_ms"));
            }
        }
        throw new IllegalArgumentException("no GET line in redis-benchmark output:\n" + output);
    }

    private static double column(List<String> header, List<String> cells, String name) {
        int index = header.indexOf(name);
        return index < 0 || index >= cells.size() ? Double.NaN : Double.parseDouble(cells.get(index));
    }

    private static List<String> cells(String line) {
        if (!line.startsWith("\"")) {
            return List.of();
        }
        List<String> cells = new ArrayList<>();
        for (String cell : line.split(",")) {
            cells.add(cell.strip().replace("\"", ""));
        }
        return cells;
    }
}
