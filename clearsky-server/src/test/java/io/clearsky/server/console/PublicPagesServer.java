package io.clearsky.server.console;

import io.clearsky.server.TempDirs;
import io.clearsky.server.TestApi;
import io.clearsky.server.TestApi.Auth;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One server on H2 for the public pages' tests, shared by the HTTP and the browser tests (same configuration, so
 * one Spring context): a centre for Xiamen with its own warning, and a number it listed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PublicPagesServer {

    /** A number the Xiamen centre listed as a fake customer service's. */
    static final String LISTED = "+8617012345678";

    static final String WARNING_ZH = "厦门市反诈骗中心提醒：此号码为诈骗电话！";

    static final String WARNING_EN = "Xiamen Anti-Fraud Centre: this number is a fraud call!";

    private static final Path DATA = TempDirs.create();

    private static Auth admin;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("clearsky.data-dir", DATA::toString);
        // every test here comes from 127.0.0.1: room for the browser's page loads and the form posts
        registry.add("clearsky.security.rate-limits.per-address-per-minute", () -> "100000");
    }

    @BeforeAll
    void centreAndListedNumber() throws IOException {
        synchronized (PublicPagesServer.class) {
            if (admin != null) {
                return;
            }
            TestApi api = new TestApi(port);
            Auth first = api.firstAdmin(DATA);
            Map<String, Object> centre = Map.of(
                    "code", "xiamen-afc",
                    "kind", "POLICE_CENTRE",
                    "nameZh", "厦门市反诈骗中心",
                    "nameEn", "Xiamen Anti-Fraud Centre",
                    "regionCode", "350200",
                    "warningZh", "{agency}提醒：此号码为诈骗电话！",
                    "warningEn", "{agency}: this number is a fraud call!");
            TestApi.Answer created = api.post("/api/v1/agencies", first, centre);
            if (created.status() != 201) {
                throw new IllegalStateException(created.text());
            }
            Auth police = api.issueKey(first, created.json().get("id").asLong());
            TestApi.Answer listed = api.post(
                    "/api/v1/indicators",
                    police,
                    Map.of("kind", "PHONE_NUMBER", "value", LISTED, "scamType", "FAKE_CUSTOMER_SERVICE"));
            if (listed.status() / 100 != 2) {
                throw new IllegalStateException(listed.text());
            }
            admin = first;
        }
    }

    /** The admin, logged in. */
    static Auth admin() {
        return admin;
    }

    String base() {
        return "http://localhost:" + port;
    }
}
