package io.clearsky.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearsky.core.indicator.ScamType;
import io.clearsky.server.TestApi.Answer;
import io.clearsky.server.TestApi.Auth;
import io.clearsky.server.bulletins.BulletinManagement;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Bulletins over real HTTP against a real database: centres publish and withdraw within their regions (audited),
 * partners' apps get the active bulletins of the region a subscriber entered once per subscriber, a retried request
 * gets the same ones, reads are counted once, delivery markers go when a bulletin ends or is withdrawn; coordinates
 * are mapped with the shipped boundaries; tips are public and check answers link to them. Subclasses choose the
 * database.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"clearsky.bulletins.purge-every=PT1H"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BulletinsIntegrationTests {

    // Xiamen's city centre and the Huli district inside it; Fuzhou's city centre
    static final double XIAMEN_LAT = 24.4798;
    static final double XIAMEN_LON = 118.0894;

    @LocalServerPort
    int port;

    @Autowired
    BulletinManagement bulletins;

    @Autowired
    JdbcClient jdbc;

    TestApi api;
    Auth admin;
    Auth xiamen;
    Auth xiamenCaller;
    Auth fuzhou;
    Auth partner;
    Auth otherPartner;

    abstract Path dataDir();

    @BeforeAll
    void setUp() throws Exception {
        api = new TestApi(port);
        admin = api.firstAdmin(dataDir());
        long xiamenId = api.agency(admin, "bul-xiamen", "POLICE_CENTRE", "厦门市反诈骗中心", "Xiamen AFC", "350200");
        long fuzhouId = api.agency(admin, "bul-fuzhou", "POLICE_CENTRE", "福州市反诈骗中心", "Fuzhou AFC", "350100");
        long partnerId = api.agency(admin, "bul-app", "PARTNER", "安全手机卫士", "SafePhone", null);
        long otherId = api.agency(admin, "bul-app-2", "PARTNER", "另一个手机卫士", "OtherPhone", null);
        xiamen = api.issueKey(admin, xiamenId);
        fuzhou = api.issueKey(admin, fuzhouId);
        partner = api.issueKey(admin, partnerId);
        otherPartner = api.issueKey(admin, otherId);
        xiamenCaller = Auth.key(api.post(
                        "/api/v1/agencies/" + xiamenId + "/api-keys", admin, Map.of("name", "caller", "role", "CALLER"))
                .json()
                .get("key")
                .asText());
    }

    static String at(long secondsFromNow) {
        return OffsetDateTime.now(ZoneOffset.ofHours(8))
                .plusSeconds(secondsFromNow)
                .withNano(0)
                .toString();
    }

    static Map<String, Object> form(String region, String scamType, long startsIn, long endsIn) {
        Map<String, Object> form = new HashMap<>();
        form.put("regionCode", region);
        form.put("scamType", scamType);
        form.put("titleZh", "警惕刷单返利诈骗");
        form.put("titleEn", "Beware of part-time-job scams");
        form.put("bodyZh", "近期本地多发刷单返利诈骗，凡是要求先垫付的兼职都是诈骗。");
        form.put("bodyEn", "Part-time-job scams are rising here: any job that asks you to pay first is a scam.");
        form.put("startsAt", at(startsIn));
        form.put("endsAt", at(endsIn));
        return form;
    }

    long publish(Auth who, Map<String, Object> form) {
        Answer answer = api.post("/api/v1/bulletins", who, form);
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        return answer.json().get("id").asLong();
    }

    Answer enter(Auth who, Map<String, Object> body) {
        return api.post("/api/v1/bulletins/deliveries", who, body);
    }

    static List<Long> ids(Answer answer) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        answer.json().get("bulletins").forEach(b -> ids.add(b.get("id").asLong()));
        return ids;
    }

    static Map<String, Object> at(String subscriber, double latitude, double longitude) {
        return new HashMap<>(Map.of("subscriber", subscriber, "latitude", latitude, "longitude", longitude));
    }

    @Test
    void aCentrePublishesForItsOwnRegionOnlyAndBothChangesAreAudited() {
        long id = publish(xiamen, form("350206", "BRUSHING_REBATE", -60, 3600));
        JsonNode one = api.get("/api/v1/bulletins/" + id, xiamenCaller).json();
        assertThat(one.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(one.get("tip").asText()).isEqualTo("/api/v1/tips/BRUSHING_REBATE");
        assertThat(one.get("title").get("zh").asText()).isEqualTo("警惕刷单返利诈骗");

        Answer foreign = api.post("/api/v1/bulletins", xiamen, form("350100", "FAKE_LOAN", -60, 3600));
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(api.post("/api/v1/bulletins", xiamenCaller, form("350200", "FAKE_LOAN", -60, 3600))
                        .status())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/bulletins", partner, form("350200", "FAKE_LOAN", -60, 3600))
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/bulletins/" + id, fuzhou).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/bulletins/" + id + "/withdraw", fuzhou, Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/bulletins", partner).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/bulletins", fuzhou).json().get("total").asLong())
                .isZero();

        JsonNode withdrawn = api.post("/api/v1/bulletins/" + id + "/withdraw", xiamen, Map.of())
                .json();
        assertThat(withdrawn.get("status").asText()).isEqualTo("WITHDRAWN");
        await(() -> {
            String trail = api.get("/api/v1/audit?size=500", admin).text();
            return trail.contains("BULLETIN_PUBLISHED") && trail.contains("BULLETIN_WITHDRAWN");
        });
        String trail = api.get("/api/v1/audit?size=500", admin).text();
        assertThat(trail).contains("\"bulletin:" + id + "\"");
    }

    @Test
    void listsArePagedAndFilteredByRegionStatusAndScamType() {
        long active = publish(xiamen, form("350200", "FAKE_SHOPPING", -60, 3600));
        long scheduled = publish(xiamen, form("350203", "FAKE_SHOPPING", 3600, 7200));
        long other = publish(xiamen, form("350200", "ROMANCE", -60, 3600));
        List<Long> shopping = new ArrayList<>();
        api.get("/api/v1/bulletins?scamType=FAKE_SHOPPING&size=500", xiamen)
                .json()
                .get("items")
                .forEach(b -> shopping.add(b.get("id").asLong()));
        assertThat(shopping).contains(active, scheduled).doesNotContain(other);
        List<Long> scheduledOnly = new ArrayList<>();
        api.get("/api/v1/bulletins?status=scheduled&size=500", xiamen)
                .json()
                .get("items")
                .forEach(b -> scheduledOnly.add(b.get("id").asLong()));
        assertThat(scheduledOnly).contains(scheduled).doesNotContain(active, other);
        List<Long> inSiming = new ArrayList<>();
        api.get("/api/v1/bulletins?region=350203&size=500", xiamen)
                .json()
                .get("items")
                .forEach(b -> inSiming.add(b.get("id").asLong()));
        assertThat(inSiming).contains(active, scheduled, other);
        List<Long> inHuli = new ArrayList<>();
        api.get("/api/v1/bulletins?region=350206&size=500", xiamen)
                .json()
                .get("items")
                .forEach(b -> inHuli.add(b.get("id").asLong()));
        assertThat(inHuli).contains(active, other).doesNotContain(scheduled);
        JsonNode page = api.get("/api/v1/bulletins?size=1&page=0", xiamen).json();
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(api.get("/api/v1/bulletins?status=SOON", xiamen).text()).contains("status");
        assertThat(api.get("/api/v1/bulletins?region=99", xiamen).status()).isEqualTo(400);
    }

    @Test
    void aSubscriberGetsEachBulletinOnceAndARetryGetsTheSameBulletins() {
        long xiamenWide = publish(xiamen, form("350200", "FAKE_INVESTMENT", -60, 3600));
        long huliOnly = publish(xiamen, form("350206", "FAKE_LOAN", -60, 3600));
        long later = publish(xiamen, form("350200", "FAKE_LOAN", 3600, 7200));
        long fuzhouOnes = publish(fuzhou, form("350100", "FAKE_LOAN", -60, 3600));

        Map<String, Object> first = at("sub-once", XIAMEN_LAT, XIAMEN_LON);
        first.put("requestId", "req-1");
        Answer answer = enter(partner, first);
        assertThat(ids(answer)).contains(xiamenWide).doesNotContain(huliOnly, later, fuzhouOnes);
        assertThat(answer.json().get("regionCode").asText()).isEqualTo("350200");
        assertThat(answer.json().get("resolution").asText()).isEqualTo("CITY");
        assertThat(answer.json().get("bulletins").get(0).get("tip").asText()).startsWith("/api/v1/tips/");

        // the same request again (a retry): the same bulletins, not lost; counted once
        assertThat(ids(enter(partner, first))).contains(xiamenWide);
        // the header works the same way
        Map<String, Object> byHeader = at("sub-header", XIAMEN_LAT, XIAMEN_LON);
        List<Long> once =
                ids(api.post("/api/v1/bulletins/deliveries", partner, byHeader, Map.of("Idempotency-Key", "k1")));
        assertThat(once).contains(xiamenWide);
        assertThat(ids(api.post("/api/v1/bulletins/deliveries", partner, byHeader, Map.of("Idempotency-Key", "k1"))))
                .isEqualTo(once);
        assertThat(ids(api.post("/api/v1/bulletins/deliveries", partner, byHeader, Map.of("Idempotency-Key", "k2"))))
                .doesNotContain(xiamenWide);

        // a new request of the same subscriber: nothing it was shown
        Map<String, Object> again = at("sub-once", XIAMEN_LAT, XIAMEN_LON);
        again.put("requestId", "req-2");
        assertThat(ids(enter(partner, again))).doesNotContain(xiamenWide);

        // by region code, into Huli: the Huli bulletin, not the city's again
        assertThat(ids(enter(partner, Map.of("subscriber", "sub-once", "regionCode", "350206"))))
                .contains(huliOnly)
                .doesNotContain(xiamenWide);
        // another partner's subscriber of the same id is another person
        assertThat(ids(enter(otherPartner, at("sub-once", XIAMEN_LAT, XIAMEN_LON))))
                .contains(xiamenWide);

        JsonNode counted = api.get("/api/v1/bulletins/" + xiamenWide, xiamen).json();
        assertThat(counted.get("deliveries").asLong()).isEqualTo(3);
        assertThat(counted.get("reads").asLong()).isZero();
    }

    @Test
    void aReadIsCountedOncePerSubscriberAndOnlyForWhatWasShown() {
        long id = publish(xiamen, form("350200", "ROMANCE", -60, 3600));
        ids(enter(partner, at("sub-reader", XIAMEN_LAT, XIAMEN_LON)));
        Answer read = api.post("/api/v1/bulletins/" + id + "/reads", partner, Map.of("subscriber", "sub-reader"));
        assertThat(read.json().get("counted").asBoolean()).isTrue();
        assertThat(api.post("/api/v1/bulletins/" + id + "/reads", partner, Map.of("subscriber", "sub-reader"))
                        .json()
                        .get("counted")
                        .asBoolean())
                .isFalse();
        assertThat(api.post("/api/v1/bulletins/" + id + "/reads", partner, Map.of("subscriber", "never-shown"))
                        .status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/bulletins/" + id + "/reads", otherPartner, Map.of("subscriber", "sub-reader"))
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/bulletins/" + id, xiamen)
                        .json()
                        .get("reads")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void markersHoldNoLocationAndGoWhenTheBulletinEndsOrIsWithdrawn() throws Exception {
        long ending = publish(xiamen, form("350200", "FAKE_GAME_TRADE", -60, 6));
        long withdrawn = publish(xiamen, form("350200", "FAKE_CREDIT_REPAIR", -60, 3600));
        Map<String, Object> body = at("sub-private", XIAMEN_LAT, XIAMEN_LON);
        body.put("requestId", "private-1");
        assertThat(ids(enter(partner, body))).contains(ending, withdrawn);
        assertThat(bulletins.markers(ending)).isEqualTo(1);
        assertThat(bulletins.markers(withdrawn)).isEqualTo(1);
        // what a marker row holds: the bulletin and two hashes, nothing of the subscriber, place or time
        Map<String, Object> row = jdbc.sql("select * from bulletin_marker where bulletin_id = ?")
                .param(withdrawn)
                .query()
                .singleRow();
        assertThat(row.keySet().stream().map(k -> k.toLowerCase(java.util.Locale.ROOT)))
                .containsExactlyInAnyOrder("bulletin_id", "subscriber_key", "request_key", "was_read");
        assertThat(row.values().toString()).doesNotContain("sub-private", "private-1", "24.4", "118.0", "350200");

        api.post("/api/v1/bulletins/" + withdrawn + "/withdraw", xiamen, Map.of());
        assertThat(bulletins.markers(withdrawn)).isZero();

        Thread.sleep(6_500);
        bulletins.purgeEnded();
        assertThat(bulletins.markers(ending)).isZero();
        JsonNode ended = api.get("/api/v1/bulletins/" + ending, xiamen).json();
        assertThat(ended.get("status").asText()).isEqualTo("ENDED");
        assertThat(ended.get("deliveries").asLong()).isEqualTo(1);
        assertThat(api.post("/api/v1/bulletins/" + ending + "/reads", partner, Map.of("subscriber", "sub-private"))
                        .status())
                .isEqualTo(404);
        assertThat(ids(enter(partner, body))).doesNotContain(ending, withdrawn);
    }

    @Test
    void badPlacesAreRefusedNamingTheField() {
        assertProblem(enter(partner, at("s", 95.0, 118.0)), "latitude", "between -90 and 90");
        assertProblem(enter(partner, at("s", 24.0, 181.0)), "longitude", "between -180 and 180");
        assertProblem(enter(partner, at("s", 34.0, 124.0)), "latitude", "outside every boundary");
        assertProblem(
                enter(partner, Map.of("subscriber", "s", "regionCode", "990100")), "regionCode", "unknown region");
        assertProblem(
                enter(partner, Map.of("subscriber", "s", "regionCode", "359900")), "regionCode", "unknown region");
        assertProblem(enter(partner, Map.of("subscriber", "s", "latitude", 24.4)), "longitude", "required");
        assertProblem(
                enter(partner, Map.of("subscriber", "s", "regionCode", "350200", "latitude", 24.4, "longitude", 118.0)),
                "regionCode",
                "not both");
        assertProblem(enter(partner, Map.of("regionCode", "350200")), "subscriber", "1 to 128");
        assertProblem(
                api.post("/api/v1/bulletins", xiamen, form("350200", "NOT_A_TYPE", -60, 3600)), "scamType", "unknown");
        assertProblem(api.post("/api/v1/bulletins", xiamen, form("350200", "ROMANCE", 60, 30)), "endsAt", "after");
        Map<String, Object> untitled = form("350200", "ROMANCE", -60, 3600);
        untitled.put("titleEn", "");
        assertProblem(api.post("/api/v1/bulletins", xiamen, untitled), "titleEn", "characters");
    }

    @Test
    void coordinatesInTheMunicipalitiesMapToTheirDistricts() {
        Answer tiananmen = enter(partner, at("sub-beijing", 39.9087, 116.3975));
        assertThat(tiananmen.json().get("regionCode").asText()).isEqualTo("110101");
        assertThat(tiananmen.json().get("resolution").asText()).isEqualTo("DISTRICT");
        assertThat(enter(partner, at("sub-shenzhen", 22.5431, 114.0579))
                        .json()
                        .get("regionCode")
                        .asText())
                .isEqualTo("440300");
    }

    @Test
    void everyScamTypeHasATipInBothLanguagesForAnyone() {
        Answer all = api.get("/api/v1/tips", Auth.none());
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json()).hasSize(ScamType.values().length);
        all.json().forEach(tip -> {
            for (String part : List.of("script", "stop", "call")) {
                assertThat(tip.get(part).get("zh").asText()).isNotBlank();
                assertThat(tip.get(part).get("en").asText()).isNotBlank();
            }
            assertThat(tip.get("call").get("zh").asText()).contains("96110", "110");
            assertThat(tip.get("call").get("en").asText()).contains("96110", "110");
        });
        for (ScamType type : ScamType.values()) {
            Answer one = api.get("/api/v1/tips/" + type.name(), Auth.none());
            assertThat(one.status()).isEqualTo(200);
            assertThat(one.json().get("path").asText()).isEqualTo("/api/v1/tips/" + type.name());
            assertThat(one.json().get("nameZh").asText()).isEqualTo(type.nameZh());
        }
        Answer unknown = api.get("/api/v1/tips/NO_SUCH_SCAM", Auth.none());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aCheckAnswerLinksToTheTipForItsScamType() {
        Answer listed = api.post("/api/v1/indicators", xiamen, Map.of("value", "13100131777", "scamType", "ROMANCE"));
        assertThat(listed.status()).as(listed.text()).isIn(200, 201);
        // the index follows the registry within a second
        await(() -> api.get("/api/v1/check?value=13100131777", partner).json().hasNonNull("scamType"));
        JsonNode checked = api.get("/api/v1/check?value=13100131777", partner).json();
        assertThat(checked.get("scamType").get("code").asText()).isEqualTo("ROMANCE");
        assertThat(checked.get("scamType").get("tip").asText()).isEqualTo("/api/v1/tips/ROMANCE");
        JsonNode batch = api.post(
                        "/api/v1/check",
                        partner,
                        Map.of("items", List.of(Map.of("kind", "PHONE_NUMBER", "value", "13100131777"))))
                .json();
        assertThat(batch.toString()).contains("\"tip\":\"/api/v1/tips/ROMANCE\"");
    }

    private static void assertProblem(Answer answer, String field, String says) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        boolean named = false;
        for (JsonNode error : answer.json().get("errors")) {
            if (error.get("field").asText().equals(field)
                    && error.get("message").asText().contains(says)) {
                named = true;
            }
        }
        assertThat(named)
                .as("%s names %s saying '%s'", answer.text(), field, says)
                .isTrue();
    }

    private static void await(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 10 s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
