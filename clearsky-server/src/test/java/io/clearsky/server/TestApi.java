package io.clearsky.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A tiny HTTP client for integration tests: talks to the running server as a partner would. */
public final class TestApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public TestApi(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** An answer: status, content type and the body as JSON (or as text when it is not JSON). */
    public record Answer(int status, String contentType, String text, Map<String, java.util.List<String>> headers) {
        public JsonNode json() {
            return JSON.readTree(text);
        }

        public Map<?, ?> map() {
            return JSON.readValue(text, Map.class);
        }

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    /** Credentials: an API key or a user and password. */
    public record Auth(String header, String value) {
        public static Auth key(String key) {
            return new Auth("X-API-Key", key);
        }

        public static Auth basic(String user, String password) {
            return new Auth(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }

        public static Auth none() {
            return new Auth("X-None", "none");
        }
    }

    /** Replaces the admin's one-time password (read from the server's data directory) and logs in with the new one. */
    public Auth firstAdmin(java.nio.file.Path dataDir) throws IOException {
        String oneTime = java.nio.file.Files.readString(dataDir.resolve("initial-admin-password"))
                .strip();
        expect(
                204,
                post(
                        "/api/v1/me/password",
                        Auth.basic("admin", oneTime),
                        Map.of("currentPassword", oneTime, "newPassword", "correct horse battery staple")));
        return Auth.basic("admin", "correct horse battery staple");
    }

    /** Registers an agency (a centre with its region, or none for the ministry's; a partner as a payment platform). */
    public long agency(Auth admin, String code, String kind, String zh, String en, String region) {
        Map<String, Object> body =
                new java.util.HashMap<>(Map.of("code", code, "kind", kind, "nameZh", zh, "nameEn", en));
        if (region != null) {
            body.put("regionCode", region);
        }
        if (kind.equals("PARTNER")) {
            body.put("partnerKind", "PAYMENT");
        }
        return expect(201, post("/api/v1/agencies", admin, body))
                .json()
                .get("id")
                .asLong();
    }

    /** Issues an API key to an agency and returns it. */
    public Auth issueKey(Auth admin, long agencyId) {
        return Auth.key(expect(201, post("/api/v1/agencies/" + agencyId + "/api-keys", admin, Map.of("name", "test")))
                .json()
                .get("key")
                .asText());
    }

    private static Answer expect(int status, Answer answer) {
        if (answer.status() != status) {
            throw new IllegalStateException("expected " + status + ", got " + answer.status() + ": " + answer.text());
        }
        return answer;
    }

    public Answer get(String path, Auth auth) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), auth);
    }

    public Answer post(String path, Auth auth, Object body) {
        return send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                body instanceof String s ? s : JSON.writeValueAsString(body))),
                auth);
    }

    public Answer post(String path, Auth auth, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        body instanceof String s ? s : JSON.writeValueAsString(body)));
        headers.forEach(request::header);
        return send(request, auth);
    }

    /** Any method with a JSON body (PUT, PATCH, DELETE). */
    public Answer send(String method, String path, Auth auth, Object body) {
        return send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/json")
                        .method(
                                method,
                                HttpRequest.BodyPublishers.ofString(
                                        body instanceof String s ? s : JSON.writeValueAsString(body))),
                auth);
    }

    /** Any method with a text body of the given content type (e.g. a YAML rule file). */
    public Answer sendText(String method, String path, Auth auth, String contentType, String body) {
        return send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", contentType)
                        .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)),
                auth);
    }

    public Answer postCsv(String path, Auth auth, String csv, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request, auth);
    }

    private Answer send(HttpRequest.Builder request, Auth auth) {
        try {
            HttpResponse<String> response = http.send(
                    request.header(auth.header(), auth.value()).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body(),
                    response.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
