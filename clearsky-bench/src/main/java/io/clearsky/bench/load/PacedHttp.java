package io.clearsky.bench.load;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * An open-loop HTTP/1.1 load generator in the manner of wrk2: requests are due on a fixed schedule, a pool of
 * keep-alive connections takes them in order, and each latency runs from when its request was due, so a server that
 * falls behind is charged for the queue it causes (no coordinated omission). Plain sockets: the JDK's HttpClient
 * spends more CPU per request than the server under test at a few thousand requests a second.
 */
final class PacedHttp {

    /** What a paced run measured after its warm-up. */
    record Result(long due, long answered, long failed, Latencies latencies, Map<String, Long> tags) {}

    /** One response: its status and body. */
    record Response(int status, String body, boolean closing) {}

    private PacedHttp() {}

    /**
     * Runs requests at {@code rate} a second for the warm-up and the measured time.
     *
     * @param requests the whole HTTP request of sequence number n, as bytes
     * @param tag a label to count each answered response by (e.g. its outcome), or null for none
     */
    static Result run(
            URI base,
            int connections,
            double rate,
            Duration warmup,
            Duration duration,
            LongFunction<byte[]> requests,
            Function<Response, String> tag) {
        long interval = (long) (1e9 / rate);
        long start = System.nanoTime() + 50_000_000L;
        long measureFrom = start + warmup.toNanos();
        long total = (long) ((warmup.toNanos() + duration.toNanos()) / (double) interval);
        AtomicLong tickets = new AtomicLong();
        AtomicLong due = new AtomicLong();
        AtomicLong answered = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        Map<String, Long> tags = new ConcurrentHashMap<>();
        List<Latencies> recorders = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            Latencies latencies = new Latencies();
            recorders.add(latencies);
            Thread thread = new Thread(
                    () -> {
                        Connection connection = null;
                        for (long n = tickets.getAndIncrement(); n < total; n = tickets.getAndIncrement()) {
                            long intended = start + n * interval;
                            long wait = intended - System.nanoTime();
                            if (wait > 0) {
                                LockSupport.parkNanos(wait);
                            }
                            boolean measured = intended >= measureFrom;
                            if (measured) {
                                due.incrementAndGet();
                            }
                            byte[] request = requests.apply(n);
                            try {
                                if (connection == null) {
                                    connection = new Connection(base);
                                }
                                Response response = connection.exchange(request);
                                long latency = System.nanoTime() - intended;
                                if (response.closing()) {
                                    // Tomcat closes a keep-alive connection after its 100th request
                                    connection.close();
                                    connection = null;
                                }
                                if (!measured) {
                                    continue;
                                }
                                if (response.status() != 200) {
                                    failed.incrementAndGet();
                                    tags.merge("HTTP " + response.status(), 1L, Long::sum);
                                    continue;
                                }
                                answered.incrementAndGet();
                                latencies.record(latency);
                                String label = tag.apply(response);
                                if (label != null) {
                                    tags.merge(label, 1L, Long::sum);
                                }
                            } catch (IOException | RuntimeException e) {
                                if (measured) {
                                    failed.incrementAndGet();
                                    tags.merge(e.getClass().getSimpleName(), 1L, Long::sum);
                                }
                                if (connection != null) {
                                    connection.close();
                                }
                                connection = null;
                            }
                        }
                        if (connection != null) {
                            connection.close();
                        }
                    },
                    "paced-http-" + c);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        Latencies all = new Latencies();
        for (Latencies recorder : recorders) {
            all.addAll(recorder);
        }
        return new Result(due.get(), answered.get(), failed.get(), all, new java.util.TreeMap<>(tags));
    }

    /** A request's bytes: method, path, the API key, and a JSON body when there is one. */
    static byte[] request(URI base, String method, String path, String apiKey, String body) {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        String head = String.format(
                Locale.ROOT,
                "%s %s HTTP/1.1\r\nHost: %s:%d\r\nX-API-Key: %s\r\n%sConnection: keep-alive\r\n\r\n",
                method,
                path,
                base.getHost(),
                base.getPort(),
                apiKey,
                content.length == 0
                        ? ""
                        : "Content-Type: application/json\r\nContent-Length: " + content.length + "\r\n");
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[headBytes.length + content.length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(content, 0, all, headBytes.length, content.length);
        return all;
    }

    /** One keep-alive connection: writes a request, reads one response (Content-Length or chunked). */
    private static final class Connection implements AutoCloseable {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;

        Connection(URI base) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
            socket.setSoTimeout(120_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 16_384);
        }

        Response exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            String status = line();
            int code = Integer.parseInt(status.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    close = true;
                }
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            if (chunked) {
                for (long size = Long.parseLong(line().split(";")[0].trim(), 16);
                        size > 0;
                        size = Long.parseLong(line().split(";")[0].trim(), 16)) {
                    body.write(in.readNBytes((int) size));
                    line();
                }
                line();
            } else if (length >= 0) {
                body.write(in.readNBytes((int) length));
            }
            return new Response(code, body.toString(StandardCharsets.UTF_8), close);
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("the connection ended");
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }
}
