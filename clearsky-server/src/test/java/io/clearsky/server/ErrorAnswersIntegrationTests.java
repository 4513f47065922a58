package io.clearsky.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.clearsky.server.TestApi.Answer;
import io.clearsky.server.TestApi.Auth;
import jakarta.servlet.Filter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Every way a request can fail answers problem+json without a stack trace, an exception's class name or SQL; every
 * answer carries the security headers; the console's session login needs a CSRF token while the API ignores
 * sessions. A test controller and filter supply the failures no real endpoint should have.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"clearsky.demo.enabled=false"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorAnswersIntegrationTests {

    private static final Path DATA = TempDirs.create();
    private static final String SECRET = "SELECT password_hash FROM users WHERE username = 'admin'";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("clearsky.data-dir", DATA::toString);
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private TestApi api;
    private Auth admin;
    private Auth partner;
    private Auth police;
    private long partnerId;

    @BeforeAll
    void setUp() throws IOException {
        api = new TestApi(port);
        admin = api.firstAdmin(DATA);
        partnerId = api.agency(admin, "safe-phone", "PARTNER", "安全手机卫士", "SafePhone", null);
        partner = api.issueKey(admin, partnerId);
        police = api.issueKey(admin, api.agency(admin, "xm-afc", "POLICE_CENTRE", "厦门市反诈骗中心", "Xiamen AFC", "350200"));
    }

    @Test
    void anExceptionInAControllerIsA500WithoutItsMessage() {
        assertProblem(api.get("/test/boom", admin), 500, "internal-error");
    }

    @Test
    void anExceptionInAFilterIsA500WithoutItsMessage() {
        assertProblem(api.get("/test/filter-boom", admin), 500, "internal-error");
    }

    @Test
    void anExceptionOnAnAsyncDispatchIsA500WithoutItsMessage() {
        assertProblem(api.get("/test/callable-boom", admin), 500, "internal-error");
        assertProblem(api.get("/test/future-boom", admin), 500, "internal-error");
        assertProblem(api.get("/test/stream-boom", admin), 500, "internal-error");
    }

    @Test
    void malformedJsonIsA400() {
        assertProblem(api.post("/api/v1/agencies", admin, "{\"code\": "), 400, "unreadable-body");
        assertProblem(api.post("/api/v1/agencies", admin, ""), 400, "unreadable-body");
    }

    @Test
    void aValueOfTheWrongTypeIsA400NamingTheField() {
        Answer answer = api.post(
                "/api/v1/agencies", admin, Map.of("code", "x", "kind", "NOT_A_KIND", "nameZh", "甲", "nameEn", "A"));
        assertProblem(answer, 400, "invalid-input");
        assertThat(answer.json().get("errors").get(0).get("field").asText()).isEqualTo("kind");
        assertThat(answer.json().get("errors").get(0).get("message").asText()).contains("POLICE_CENTRE");

        Answer list = api.post("/api/v1/funds/transfers", partner, "{\"transfers\":[{\"amount\":{\"x\":1}}]}");
        assertProblem(list, 400, "invalid-input");
        assertThat(list.json().get("errors").get(0).get("field").asText()).startsWith("transfers[0]");
    }

    @Test
    void aNulCharacterInABodyOrAQueryIsA400NamingTheField() {
        // regression: PostgreSQL refuses NUL in text, so these were 500s there
        Answer body = api.post(
                "/api/v1/agencies/" + partnerId + "/api-keys", admin, Map.of("name", "nul\u0000in the middle"));
        assertProblem(body, 400, "invalid-input");
        assertThat(body.json().get("errors").get(0).get("field").asText()).isEqualTo("name");
        Answer query = api.get("/api/v1/indicators?q=%00", police);
        assertProblem(query, 400, "invalid-input");
        assertThat(query.json().get("errors").get(0).get("field").asText()).isEqualTo("q");
    }

    @Test
    void aBadAreaCodeIsA400NamingItAndARowErrorInAnImport() {
        // regression: the area code's IllegalArgumentException was a 500, and failed a whole import
        Answer single = api.post(
                "/api/v1/indicators", police, Map.of("value", "5551234", "areaCode", "350200", "scamType", "OTHER"));
        assertProblem(single, 400, "invalid-input");
        assertThat(single.json().get("errors").get(0).get("field").asText()).isEqualTo("areaCode");
        Answer batch = api.post(
                "/api/v1/check",
                partner,
                Map.of("items", List.of(Map.of("value", "13800138000"), Map.of("value", "5551234", "areaCode", "x"))));
        assertProblem(batch, 400, "invalid-input");
        assertThat(batch.json().get("errors").get(0).get("field").asText()).isEqualTo("items[1].areaCode");

        Answer started = api.postCsv(
                "/api/v1/imports?mode=SKIP_BAD_ROWS",
                police,
                "value,area_code\n5551234,0592\n5551235,350200\n",
                "area-codes");
        assertThat(started.status()).as(started.text()).isEqualTo(202);
        long id = started.json().get("id").asLong();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/api/v1/imports/" + id, police)
                        .json()
                        .get("status")
                        .asText()
                        .equals("COMPLETED"));
        Answer errors = api.get("/api/v1/imports/" + id + "/errors", police);
        assertThat(errors.json().get(0).get("field").asText()).isEqualTo("area_code");
        assertThat(errors.json().get(0).get("line").asInt()).isEqualTo(3);
    }

    @Test
    void aMultipartBodyThatCannotBeParsedIsA400() {
        assertProblem(
                api.sendText("POST", "/api/v1/imports", police, "multipart/form-data", "not multipart"),
                400,
                "unreadable-body");
    }

    @Test
    void aWrongContentTypeIsA415() {
        assertProblem(api.sendText("POST", "/api/v1/agencies", admin, "text/plain", "code=x"), 415, null);
    }

    @Test
    void aWrongMethodIsA405() {
        assertProblem(api.send("DELETE", "/api/v1/agencies", admin, "{}"), 405, null);
    }

    @Test
    void anUnknownPathIsA404AndAskingForHtmlChangesNothing() throws Exception {
        assertProblem(api.get("/api/v1/no-such-thing", admin), 404, null);
        HttpResponse<String> html = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/no-such-thing"))
                        .header("Accept", "text/html")
                        .header(admin.header(), admin.value())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(html.statusCode()).isEqualTo(404);
        assertThat(html.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }

    @Test
    void aPathVariableOfTheWrongTypeIsA400NamingIt() {
        Answer answer = api.get("/api/v1/agencies/not-a-number", admin);
        assertProblem(answer, 400, "invalid-input");
        assertThat(answer.json().get("errors").get(0).get("field").asText()).isEqualTo("id");
    }

    @Test
    void aMissingQueryParameterIsA400() {
        assertProblem(api.get("/api/v1/check", partner), 400, null);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (Answer answer : new Answer[] {
            api.get("/api/v1/me", admin), // Spring MVC
            api.get("/api/v1/check?value=%2B8613800138000", partner), // the check fast path
            api.post("/api/v1/transfer-checks", partner, "{}"), // the transfer-check fast path, an error
            api.get("/api/v1/me", Auth.none()), // the security chain's 401
            api.get("/test/filter-boom", admin), // the error dispatch
            api.get("/swagger-ui/index.html", Auth.none())
        }) {
            assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(answer.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(answer.header("Content-Security-Policy"))
                    .contains("default-src 'self'")
                    .contains("frame-ancestors 'none'");
            assertThat(answer.header("Cache-Control")).contains("no-store");
            assertThat(answer.header("Strict-Transport-Security")).isNull(); // plain HTTP
        }
    }

    @Test
    void hstsIsSentWhenTheRequestCameOverHttps() {
        Answer answer = api.post("/api/v1/me/password", admin, "{}", Map.of("X-Forwarded-Proto", "https"));
        assertThat(answer.header("Strict-Transport-Security")).contains("max-age=");
    }

    @Test
    void swaggerUiStillLoadsUnderTheContentSecurityPolicy() {
        Answer page = api.get("/swagger-ui/index.html", Auth.none());
        assertThat(page.status()).isEqualTo(200);
        // no inline script: everything it runs comes from this server, which script-src 'self' allows
        assertThat(page.text()).doesNotContainPattern("<script>(?!\\s*</script>)");
        assertThat(api.get("/v3/api-docs", Auth.none()).status()).isEqualTo(200);
    }

    @Test
    void aConsoleRequestWithoutItsCsrfTokenIsRefused() throws Exception {
        // a console form without its token is refused with the problem
        HttpResponse<String> refused = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/console/dissuasion/1/take"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", "XSRF-TOKEN=the-token")
                        .POST(HttpRequest.BodyPublishers.ofString(""))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("/problems/csrf");

        // the login form too, and nobody is logged in; a person gets the login page again, saying it had expired
        for (String token : java.util.Arrays.asList(null, masked("another-token"))) {
            HttpResponse<String> login = consoleLogin(token);
            assertThat(login.statusCode()).isEqualTo(302);
            assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/console/login?expired");
            assertThat(login.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID="));
        }
    }

    @Test
    void aConsoleLoginWithItsCsrfTokenStartsASessionTheApiIgnores() throws Exception {
        HttpResponse<String> loggedIn = consoleLogin(masked("the-token"));
        assertThat(loggedIn.statusCode()).as(loggedIn.body()).isEqualTo(302);
        assertThat(loggedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        String session = loggedIn.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst()
                .orElseThrow();
        HttpResponse<String> api = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/me"))
                        .header("Cookie", session)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(401); // a cookie is no login for the API, so CSRF cannot reach it
    }

    private HttpResponse<String> consoleLogin(String maskedToken) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/console/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "XSRF-TOKEN=the-token")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=correct+horse+battery+staple"));
        if (maskedToken != null) {
            request.header("X-XSRF-TOKEN", maskedToken);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The token as a page of the console sends it back: XOR-masked with random bytes (BREACH protection). */
    private static String masked(String token) {
        byte[] raw = token.getBytes(StandardCharsets.UTF_8);
        byte[] random = new byte[raw.length];
        new SecureRandom().nextBytes(random);
        byte[] combined = new byte[raw.length * 2];
        System.arraycopy(random, 0, combined, 0, raw.length);
        for (int i = 0; i < raw.length; i++) {
            combined[raw.length + i] = (byte) (raw[i] ^ random[i]);
        }
        return Base64.getUrlEncoder().encodeToString(combined);
    }

    private static void assertProblem(Answer answer, int status, String type) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("status").asInt()).isEqualTo(status);
        if (type != null) {
            assertThat(answer.json().get("type").asText()).endsWith("/" + type);
        }
        assertThat(answer.text())
                .doesNotContain("SELECT")
                .doesNotContain("Exception")
                .doesNotContain("io.clearsky")
                .doesNotContain("java.")
                .doesNotContain("\tat ")
                .doesNotContain("trace");
    }

    /** Failures no real endpoint should have, to see how each is answered. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Failures {

        @Bean
        FailingController failingController() {
            return new FailingController();
        }

        @Bean
        FilterRegistrationBean<Filter> failingFilter() {
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
                throw new IllegalStateException(SECRET);
            });
            registration.addUrlPatterns("/test/filter-boom");
            return registration;
        }
    }

    @RestController
    static class FailingController {

        @GetMapping("/test/boom")
        String boom() {
            throw new IllegalStateException(SECRET);
        }

        @GetMapping("/test/callable-boom")
        Callable<String> callableBoom() {
            return () -> {
                throw new IllegalStateException(SECRET);
            };
        }

        @GetMapping("/test/future-boom")
        CompletableFuture<String> futureBoom() {
            return CompletableFuture.supplyAsync(() -> {
                throw new IllegalStateException(SECRET);
            });
        }

        @GetMapping("/test/stream-boom")
        StreamingResponseBody streamBoom() {
            return out -> {
                throw new IllegalStateException(SECRET);
            };
        }
    }
}
