package io.clearsky.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.clearsky.server.TestApi.Answer;
import io.clearsky.server.TestApi.Auth;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A restart between a risky call and the payment after it: the engine starts with the stored events of its longest
 * window replayed, so the payment is still held.
 */
class WarningRestartIntegrationTests {

    private static final Path DATA = TempDirs.create();

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(ClearSkyApplication.class)
                .run("--server.port=0", "--clearsky.data-dir=" + DATA);
    }

    private static String minutesAgo(int minutes) {
        return Instant.now()
                .truncatedTo(ChronoUnit.MILLIS)
                .minusSeconds(minutes * 60L)
                .atOffset(ZoneOffset.ofHours(8))
                .toString();
    }

    @Test
    void aCallBeforeARestartStillCountsForAPaymentAfterIt() throws Exception {
        Auth payplat;
        try (ConfigurableApplicationContext first = start()) {
            TestApi api = new TestApi(Integer.parseInt(first.getEnvironment().getProperty("local.server.port")));
            Auth admin = api.firstAdmin(DATA);
            Auth xiamen = api.issueKey(
                    admin, api.agency(admin, "xiamen-afc", "POLICE_CENTRE", "厦门市反诈骗中心", "Xiamen AFC", "350200"));
            Auth telecom = api.issueKey(admin, api.agency(admin, "telecom", "PARTNER", "电信", "Telecom", null));
            payplat = api.issueKey(admin, api.agency(admin, "payplat", "PARTNER", "支付", "Pay", null));
            assertThat(api.post("/api/v1/indicators", xiamen, Map.of("kind", "PHONE_NUMBER", "value", "+8617012345678"))
                            .status())
                    .isIn(200, 201);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> api.get("/api/v1/check?value=%2B8617012345678", telecom)
                            .json()
                            .get("verdict")
                            .asText()
                            .equals("FRAUD"));
            Map<String, Object> call = new LinkedHashMap<>();
            call.put("type", "call");
            call.put("id", "op-1");
            call.put("at", minutesAgo(20));
            call.put("presented", "+8617012345678");
            call.put("callee", "+8613912345678");
            call.put("durationSeconds", 600);
            call.put("route", "DOMESTIC");
            Answer sent = api.post("/api/v1/events", telecom, Map.of("events", List.of(call)));
            assertThat(sent.status()).as(sent.text()).isEqualTo(200);
        }

        try (ConfigurableApplicationContext second = start()) {
            TestApi api = new TestApi(Integer.parseInt(second.getEnvironment().getProperty("local.server.port")));
            Map<String, Object> attempt = new LinkedHashMap<>();
            attempt.put("id", "pay-1");
            attempt.put("at", minutesAgo(1));
            attempt.put("payer", "alipay:2088000000000001");
            attempt.put("payerPhone", "+8613912345678");
            attempt.put("payee", "alipay:2088999900000001");
            attempt.put("amount", "20000");
            attempt.put("region", "350203");
            Answer checked = api.post("/api/v1/transfer-checks", payplat, attempt);
            assertThat(checked.status()).as(checked.text()).isEqualTo(200);
            assertThat(checked.json().get("outcome").asText()).isEqualTo("HOLD");
        }
    }
}
