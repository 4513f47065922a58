package io.clearsky.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** The ClearSky server jar running as a child process on a free loopback port with a fresh data directory. */
final class ServerProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path dataDir;
    private final Path log;
    private final @Nullable Path keepLogAs;

    private ServerProcess(Process process, int port, Path dataDir, Path log, @Nullable Path keepLogAs) {
        this.process = process;
        this.port = port;
        this.dataDir = dataDir;
        this.log = log;
        this.keepLogAs = keepLogAs;
    }

    /**
     * Starts the jar with the given JVM flags and waits until {@code /actuator/health} answers UP; on failure the
     * process is killed and the exception carries the end of its log. The log is copied to {@code keepLogAs}, if
     * given, when the server stops.
     */
    static ServerProcess start(Path jar, List<String> jvmFlags, Duration healthTimeout, @Nullable Path keepLogAs)
            throws IOException {
        return start(jar, jvmFlags, List.of(), Map.of(), healthTimeout, keepLogAs);
    }

    /**
     * Starts the jar as {@link #start(Path, List, Duration, Path)} does, with application arguments after the
     * driver's own ({@code --spring.datasource.url=...}) and environment variables added to the driver's (a password
     * goes here, out of the process list).
     */
    static ServerProcess start(
            Path jar,
            List<String> jvmFlags,
            List<String> arguments,
            Map<String, String> environment,
            Duration healthTimeout,
            @Nullable Path keepLogAs)
            throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("no server jar at " + jar.toAbsolutePath()
                    + "; build it with ./mvnw -q -B package -DskipTests or pass --server-jar");
        }
        Path dataDir = Files.createTempDirectory("clearsky-load-");
        Path log = dataDir.resolve("server.log");
        int port = freeLoopbackPort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags);
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        command.add("--server.address=127.0.0.1");
        command.add("--server.port=" + port);
        command.add("--clearsky.data-dir=" + dataDir.resolve("data"));
        command.add("--clearsky.demo.enabled=false"); // the load is the driver's own, not the demo world's
        // a driver sends as fast as the machine allows with one key; the limiter stays in the measured path, above it
        command.add("--clearsky.security.rate-limits.per-key-per-second=1000000000");
        command.addAll(arguments);
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        ServerProcess server = new ServerProcess(process, port, dataDir, log, keepLogAs);
        try {
            server.awaitHealthy(healthTimeout);
        } catch (IOException | RuntimeException e) {
            String tail = server.logTail(40);
            server.close();
            throw new IllegalStateException(e.getMessage() + "\n--- end of the server log ---\n" + tail, e);
        }
        return server;
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    int port() {
        return port;
    }

    /** The directory the server keeps its H2 database and one-time admin password in. */
    Path dataDir() {
        return dataDir.resolve("data");
    }

    /** The lines of the server's log that contain {@code marker}. */
    List<String> logLinesContaining(String marker) {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(line -> line.contains(marker))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    /** The last lines of the server's log. */
    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Stops the server (SIGTERM, then SIGKILL after 20 s), keeps its log if asked and deletes its data directory. */
    @Override
    public synchronized void close() {
        if (!Files.exists(dataDir)) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        if (keepLogAs != null) {
            try {
                Files.createDirectories(keepLogAs.toAbsolutePath().getParent());
                Files.copy(log, keepLogAs, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                System.err.println("could not keep the server log: " + e.getMessage());
            }
        }
        deleteRecursively(dataDir);
    }

    private void awaitHealthy(Duration timeout) throws IOException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(base().resolve("/actuator/health"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with status " + process.exitValue());
            }
            try {
                HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the server", e);
            }
            sleep(250);
        }
        throw new IllegalStateException("the server was not healthy within " + timeout.toSeconds() + " s");
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    // best effort: a temp directory left behind is harmless
                }
            });
        } catch (IOException e) {
            // best effort, as above
        }
    }
}
