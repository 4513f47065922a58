package io.clearsky.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearsky.server.TestApi.Answer;
import io.clearsky.server.TestApi.Auth;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Rate limits and body size limits over real HTTP, with limits small enough to reach: per API key (the check fast
 * paths included), per user, per client address; 413 for a body over its limit, whether its length is declared or
 * it arrives in chunks, while an import bigger than the JSON limit still goes through.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "clearsky.demo.enabled=false",
            "clearsky.security.rate-limits.per-key-per-second=5",
            "clearsky.security.rate-limits.per-user-per-minute=40",
            "clearsky.security.rate-limits.per-address-per-minute=20",
            "clearsky.security.request-limits.max-body=64KB",
            "clearsky.security.request-limits.max-upload=256KB",
            "spring.servlet.multipart.max-file-size=128KB",
            "spring.servlet.multipart.max-request-size=256KB"
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RequestLimitsIntegrationTests {

    private static final Path DATA = TempDirs.create();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("clearsky.data-dir", DATA::toString);
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private TestApi api;
    private Auth admin;
    private long partnerId;
    private long centreId;
    private Auth spare;

    @BeforeAll
    void setUp() throws IOException {
        api = new TestApi(port);
        admin = api.firstAdmin(DATA);
        partnerId = api.agency(admin, "pay-co", "PARTNER", "支付公司", "PayCo", null);
        centreId = api.agency(admin, "xm-afc", "POLICE_CENTRE", "厦门市反诈骗中心", "Xiamen AFC", "350200");
        spare = api.issueKey(admin, partnerId);
    }

    @Test
    @Order(1)
    void aKeyOverItsLimitGets429WithRetryAfterOnTheFastPathsAndEverywhereElse() {
        Auth key = api.issueKey(admin, partnerId);
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            answers.add(api.get("/api/v1/check?value=%2B8613800138000", key));
        }
        assertThat(answers).extracting(Answer::status).contains(200, 429).containsOnly(200, 429);
        Answer limited =
                answers.stream().filter(a -> a.status() == 429).findFirst().orElseThrow();
        assertTooManyRequests(limited, "with this API key per second");

        Auth another = api.issueKey(admin, partnerId);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            statuses.add(api.post("/api/v1/transfer-checks", another, "{}").status());
        }
        assertThat(statuses).contains(429).doesNotContain(500);
    }

    @Test
    @Order(2)
    void anAddressWithoutAKeyOrLoginIsLimitedAndAnUnknownKeyCountsAgainstIt() {
        for (int i = 0; i < 20; i++) {
            assertThat(api.get("/actuator/health/liveness", Auth.none()).status())
                    .isEqualTo(200);
        }
        Answer unknownKey = api.get("/api/v1/check?value=%2B8613800138000", Auth.key("csk_nope_nope"));
        assertTooManyRequests(unknownKey, "from this address without an API key or login per minute");
        assertTooManyRequests(api.get("/actuator/health/liveness", Auth.none()), "per minute");
    }

    @Test
    @Order(3)
    void aBodyWithADeclaredLengthOverTheLimitGets413() throws Exception {
        Auth key = api.issueKey(admin, partnerId);
        String big = "{\"transfers\":[\"" + "x".repeat(70 * 1024) + "\"]}";
        Answer answer = api.post("/api/v1/funds/transfers", key, big);
        assertBodyTooLarge(answer);
        // before anything else: without a key too
        assertBodyTooLarge(api.post("/api/v1/reports", Auth.none(), big));
    }

    @Test
    @Order(4)
    void aChunkedBodyOverTheLimitGets413WhenReadOnTheFastPathAndInSpringMvc() throws Exception {
        Auth key = api.issueKey(admin, partnerId);
        byte[] big = ("{\"note\":\"" + "x".repeat(70 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        for (String path : List.of("/api/v1/transfer-checks", "/api/v1/funds/transfers", "/api/v1/events")) {
            HttpResponse<String> response = chunked(path, key, "application/json", big);
            assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(413);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/problem+json");
            assertThat(response.body()).contains("body-too-large");
        }
        // a small chunked body is read as usual
        HttpResponse<String> small =
                chunked("/api/v1/transfer-checks", key, "application/json", "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(small.statusCode()).as(small.body()).isEqualTo(400);
        assertThat(small.body()).contains("invalid-input");
    }

    @Test
    @Order(5)
    void anImportOverTheJsonLimitGoesThroughAndOneOverTheUploadLimitGets413() throws Exception {
        Auth police = api.issueKey(admin, centreId);
        StringBuilder csv = new StringBuilder("value,kind\n");
        for (int i = 0; csv.length() < 100 * 1024; i++) {
            csv.append("+86138").append(String.format("%08d", i)).append(",PHONE\n");
        }
        Answer accepted = api.postCsv("/api/v1/imports?mode=SKIP_BAD_ROWS", police, csv.toString(), "imp-1");
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(202);

        String tooBig = csv.toString().repeat(3);
        assertBodyTooLarge(api.postCsv("/api/v1/imports", police, tooBig, "imp-2"));
        HttpResponse<String> chunked = chunked(
                "/api/v1/imports?mode=SKIP_BAD_ROWS", police, "text/csv", tooBig.getBytes(StandardCharsets.UTF_8));
        assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(413);
        assertThat(chunked.body()).contains("body-too-large");

        // a multipart file over the multipart limit, under the upload limit: Spring's own check, answered the same
        String boundary = "b0undary";
        String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"l.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv.toString().repeat(2) + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> upload = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/imports"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header(police.header(), police.value())
                        .POST(HttpRequest.BodyPublishers.ofString(multipart))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(413);
        assertThat(upload.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }

    @Test
    @Order(6)
    void requestHeadersOverTheLimitAreRefusedAsProblemJsonWithoutReachingTheApplication() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/me"))
                        .header("X-Padding", "p".repeat(20 * 1024))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(response.body())
                .contains("\"status\":400")
                .doesNotContain("Exception")
                .doesNotContain("Tomcat");
    }

    @Test
    @Order(7)
    void aUserOverTheirLimitGets429AndKeysAreNotAffected() {
        Answer last = null;
        for (int i = 0; i < 80 && (last == null || last.status() != 429); i++) {
            last = api.get("/api/v1/me", admin);
        }
        assertTooManyRequests(last, "by this user per minute");
        assertThat(api.get("/api/v1/check?value=%2B8613800138000", spare).status())
                .isEqualTo(200);
    }

    private HttpResponse<String> chunked(String path, Auth auth, String type, byte[] body)
            throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Content-Type", type)
                        .header(auth.header(), auth.value())
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void assertTooManyRequests(Answer answer, String limit) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(429);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(answer.header("Retry-After"))).isPositive();
        assertThat(answer.json().get("type").asText()).endsWith("/too-many-requests");
        assertThat(answer.json().get("detail").asText()).contains(limit);
        assertThat(answer.json().get("retryAfterSeconds").asLong()).isPositive();
    }

    private static void assertBodyTooLarge(Answer answer) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("type").asText()).endsWith("/body-too-large");
    }
}
