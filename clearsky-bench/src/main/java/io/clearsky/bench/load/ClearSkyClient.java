package io.clearsky.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The few ClearSky API calls the driver makes itself: bootstrap the admin, agencies and keys; import; check. */
final class ClearSkyClient {

    static final ObjectMapper JSON = JsonMapper.builder().build();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    ClearSkyClient(URI base) {
        this.base = base;
    }

    /** The API keys of the centre that lists and of the partner that checks. */
    record Keys(String police, String partner) {}

    /** How an import ended and how long it took from upload to its final status. */
    record ImportOutcome(String status, long totalRows, long acceptedRows, long rejectedRows, Duration elapsed) {

        double rowsPerSecond() {
            return totalRows / Math.max(1e-9, elapsed.toNanos() / 1e9);
        }
    }

    /**
     * Replaces the admin's one-time password, registers a police centre and a partner and issues a key to each.
     */
    Keys bootstrap(Path dataDir) throws IOException {
        String oneTime =
                Files.readString(dataDir.resolve("initial-admin-password")).strip();
        String password = randomPassword();
        expect(
                204,
                send(post(
                        "/api/v1/me/password",
                        basic(oneTime),
                        Map.of("currentPassword", oneTime, "newPassword", password))));
        String admin = basic(password);
        long police = json(expect(
                        201,
                        send(post(
                                "/api/v1/agencies",
                                admin,
                                Map.of(
                                        "code", "bench-police",
                                        "kind", "POLICE_CENTRE",
                                        "nameZh", "基准测试反诈中心",
                                        "nameEn", "Benchmark Anti-Fraud Centre",
                                        "regionCode", "350200")))))
                .get("id")
                .asLong();
        long partner = json(expect(
                        201,
                        send(post(
                                "/api/v1/agencies",
                                admin,
                                Map.of(
                                        "code", "bench-partner",
                                        "kind", "PARTNER",
                                        "partnerKind", "PAYMENT",
                                        "nameZh", "基准测试合作企业",
                                        "nameEn", "Benchmark Partner")))))
                .get("id")
                .asLong();
        return new Keys(issueKey(admin, police), issueKey(admin, partner));
    }

    /** Uploads a CSV police list and polls the job every 100 ms until it is COMPLETED or FAILED. */
    ImportOutcome importCsv(String policeKey, String csv, String mode, Duration timeout) {
        long started = System.nanoTime();
        HttpRequest upload = HttpRequest.newBuilder(base.resolve("/api/v1/imports?mode=" + mode))
                .timeout(timeout)
                .header("X-API-Key", policeKey)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8))
                .build();
        long id = json(expect(202, send(upload))).get("id").asLong();
        long deadline = started + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode job = json(expect(200, send(get("/api/v1/imports/" + id, policeKey))));
            String status = job.get("status").asString();
            if (status.equals("COMPLETED") || status.equals("FAILED")) {
                return new ImportOutcome(
                        status,
                        job.path("totalRows").asLong(),
                        job.path("acceptedRows").asLong(),
                        job.path("rejectedRows").asLong(),
                        Duration.ofNanos(System.nanoTime() - started));
            }
            ServerProcess.sleep(100);
        }
        throw new IllegalStateException("import " + id + " did not finish within " + timeout.toSeconds() + " s");
    }

    /** The verdict for one raw identifier, as the partner sees it. */
    String verdict(String partnerKey, String raw) {
        return json(expect(200, send(get(checkPath(raw, "bench-probe"), partnerKey))))
                .get("verdict")
                .asString();
    }

    /** Waits until a raw identifier gets the expected verdict (the lookup index follows the database). */
    Duration awaitVerdict(String partnerKey, String raw, String expected, Duration timeout) {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            last = verdict(partnerKey, raw);
            if (last.equals(expected)) {
                return Duration.ofNanos(System.nanoTime() - started);
            }
            ServerProcess.sleep(20);
        }
        throw new IllegalStateException(
                raw + " still answered " + last + " after " + timeout.toSeconds() + " s, expected " + expected);
    }

    /** The GET path that checks one raw identifier, URL-encoded. */
    static String checkPath(String raw, String subscriber) {
        return "/api/v1/check?value=" + encode(raw) + "&subscriber=" + encode(subscriber);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private String issueKey(String admin, long agencyId) {
        return json(expect(
                        201, send(post("/api/v1/agencies/" + agencyId + "/api-keys", admin, Map.of("name", "load")))))
                .get("key")
                .asString();
    }

    private HttpRequest get(String path, String apiKey) {
        return HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("X-API-Key", apiKey)
                .GET()
                .build();
    }

    private HttpRequest post(String path, String authorization, Object body) {
        return HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> answer) {
        if (answer.statusCode() != status) {
            throw new IllegalStateException(
                    answer.request().method() + " " + answer.request().uri().getPath() + " answered "
                            + answer.statusCode() + ", expected " + status + ": " + answer.body());
        }
        return answer;
    }

    private static JsonNode json(HttpResponse<String> answer) {
        return JSON.readTree(answer.body());
    }

    private static String basic(String password) {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
