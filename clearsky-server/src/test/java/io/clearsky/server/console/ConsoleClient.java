package io.clearsky.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.clearsky.server.TestApi;
import io.clearsky.server.TestApi.Answer;
import io.clearsky.server.TestApi.Auth;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person's console session over plain HTTP (its cookies kept, redirects not followed), for the console tests that
 * need no browser, and the people those tests log in as.
 *
 * <pre>{@code
 * ConsoleClient.person(api, admin, centre, "chen.caller", "CALLER");
 * ConsoleClient caller = ConsoleClient.loggedIn(base, "chen.caller");
 * HttpResponse<String> queue = caller.get("/console/dissuasion");
 * caller.post("/console/dissuasion/7/take", "_csrf=" + ConsoleClient.enc(ConsoleClient.csrf(queue.body())));
 * }</pre>
 */
public final class ConsoleClient {

    /** The password every test person chooses after their one-time password. */
    public static final String PASSWORD = "a long passphrase for the console";

    private final String base;
    private final HttpClient http =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    /** A session not logged in yet, against the server at {@code base} ({@code http://127.0.0.1:port}). */
    public ConsoleClient(String base) {
        this.base = base;
    }

    /** A session of this person, logged in with {@link #PASSWORD}. */
    public static ConsoleClient loggedIn(String base, String user) {
        ConsoleClient client = new ConsoleClient(base);
        HttpResponse<String> answer = client.logIn(user, PASSWORD);
        assertThat(answer.statusCode()).as("logging in " + user).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElse(""))
                .as("logging in " + user)
                .doesNotContain("/console/login");
        return client;
    }

    /** Posts the login form with the login page's CSRF token; the answer is the redirect. */
    public HttpResponse<String> logIn(String user, String password) {
        return post(
                "/console/login",
                "username=" + enc(user) + "&password=" + enc(password) + "&_csrf="
                        + enc(csrf(get("/console/login").body())));
    }

    /** GETs a path of the server, or a whole URL (a redirect's {@code Location}). */
    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
                .build());
    }

    /** GETs a page as a browser does, asking for HTML ({@code Accept: text/html}). */
    public HttpResponse<String> page(String path) {
        return send(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .build());
    }

    /** POSTs a form ({@code a=1&b=2}, already encoded) as it is: add {@code _csrf} yourself, or leave it out. */
    public HttpResponse<String> post(String path, String form) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    /** POSTs a form as it is, as a browser does, asking for HTML back ({@code Accept: text/html}). */
    public HttpResponse<String> postPage(String path, String form) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    /** POSTs a form with the CSRF token of the page at {@code formPage} (GET first), as a browser would. */
    public HttpResponse<String> submit(String formPage, String path, String form) {
        String token = "_csrf=" + enc(csrf(get(formPage).body()));
        return post(path, form.isEmpty() ? token : form + "&" + token);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The CSRF token of the first form in the page. */
    public static String csrf(String html) {
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(csrf.find()).as("a form with its CSRF token").isTrue();
        return csrf.group(1);
    }

    /** URL-encodes a form value. */
    public static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Creates a person of the centre with this role, who then chooses {@link #PASSWORD} over the API. */
    public static void person(TestApi api, Auth admin, long centre, String user, String role) {
        Answer created = api.post("/api/v1/users", admin, Map.of("username", user, "role", role, "agencyId", centre));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String oneTime = created.json().get("oneTimePassword").asText();
        Answer changed = api.post(
                "/api/v1/me/password",
                Auth.basic(user, oneTime),
                Map.of("currentPassword", oneTime, "newPassword", PASSWORD));
        assertThat(changed.status()).as(changed.text()).isEqualTo(204);
    }

    /**
     * Logs in on the login page the browser shows, by the fields' labels in its language ({@code 用户名}/{@code 密码} or
     * {@code User name}/{@code Password}), and waits for the console.
     */
    public static void logIn(Page page, String user, String userLabel, String passwordLabel) {
        page.getByLabel(userLabel).fill(user);
        page.getByLabel(passwordLabel).fill(PASSWORD);
        page.locator("button[type=submit].primary").click();
        // straight to the dashboard, or back to the page asked for (Spring Security marks it with "?continue")
        page.waitForURL(url -> !url.contains("/console/login"));
    }
}
