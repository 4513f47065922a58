package io.clearsky.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearsky.server.TestApi.Answer;
import io.clearsky.server.TestApi.Auth;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Who is who (docs/security.md) over real HTTP: the centre hierarchy read off the regions, roles and their
 * permissions, API keys narrowed to scopes, rotated with an overlap, and people locked out after failed logins.
 * Subclasses choose the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AccessModelIntegrationTests {

    private static final String PASSWORD = "a long passphrase nobody guesses";

    @LocalServerPort
    int port;

    TestApi api;
    Auth admin;
    long ministry;
    long fujian;
    long xiamen;
    long fuzhou;
    long payplat;

    abstract Path dataDir();

    @BeforeAll
    void setUp() throws IOException {
        api = new TestApi(port);
        admin = api.firstAdmin(dataDir());
        Answer national = api.post(
                "/api/v1/agencies",
                admin,
                Map.of(
                        "code",
                        "mps-afc",
                        "kind",
                        "POLICE_CENTRE",
                        "level",
                        "MINISTRY",
                        "nameZh",
                        "公安部反诈中心",
                        "nameEn",
                        "MPS Anti-Fraud Centre"));
        assertThat(national.status()).as(national.text()).isEqualTo(201);
        assertThat(national.json().get("level").asText()).isEqualTo("MINISTRY");
        ministry = national.json().get("id").asLong();
        fujian = api.agency(admin, "fujian-afc", "POLICE_CENTRE", "福建省反诈骗中心", "Fujian AFC", "350000");
        xiamen = api.agency(admin, "xiamen-afc", "POLICE_CENTRE", "厦门市反诈骗中心", "Xiamen AFC", "350200");
        fuzhou = api.agency(admin, "fuzhou-afc", "POLICE_CENTRE", "福州市反诈骗中心", "Fuzhou AFC", "350100");
        payplat = api.agency(admin, "payplat", "PARTNER", "某支付平台", "A payment platform", null);
    }

    @Test
    void aCentreSeesItselfAndTheCentresUnderItsRegion() {
        assertThat(agencies(api.issueKey(admin, fujian))).containsExactlyInAnyOrder(fujian, xiamen, fuzhou);
        assertThat(agencies(api.issueKey(admin, xiamen))).containsExactly(xiamen);
        assertThat(agencies(api.issueKey(admin, ministry))).contains(ministry, fujian, xiamen, fuzhou);
        assertThat(agencies(api.issueKey(admin, ministry))).doesNotContain(payplat);
        assertThat(agencies(api.issueKey(admin, payplat))).containsExactly(payplat);

        Answer city = api.get("/api/v1/agencies/" + xiamen, admin);
        assertThat(city.json().get("level").asText()).isEqualTo("CITY");
        assertThat(api.get("/api/v1/agencies/" + fujian, admin)
                        .json()
                        .get("level")
                        .asText())
                .isEqualTo("PROVINCE");
        assertThat(api.get("/api/v1/agencies/" + payplat, admin)
                        .json()
                        .get("partnerKind")
                        .asText())
                .isEqualTo("PAYMENT");
    }

    @Test
    void registrationNamesWhatIsWrongWithALevelOrAKind() {
        assertThat(fields(register(Map.of("code", "no-region", "kind", "POLICE_CENTRE"))))
                .contains("regionCode");
        assertThat(fields(register(Map.of(
                        "code",
                        "two-ministries",
                        "kind",
                        "POLICE_CENTRE",
                        "level",
                        "MINISTRY",
                        "regionCode",
                        "350000"))))
                .contains("regionCode");
        assertThat(fields(register(Map.of(
                        "code", "wrong-level", "kind", "POLICE_CENTRE", "level", "COUNTY", "regionCode", "350200"))))
                .contains("level");
        assertThat(fields(register(Map.of("code", "kindless", "kind", "PARTNER"))))
                .contains("partnerKind");
        assertThat(fields(register(Map.of(
                        "code",
                        "centre-kind",
                        "kind",
                        "POLICE_CENTRE",
                        "regionCode",
                        "350200",
                        "partnerKind",
                        "BANK"))))
                .contains("partnerKind");
        Answer twin = register(Map.of("code", "xiamen-twin", "kind", "POLICE_CENTRE", "regionCode", "350200"));
        assertThat(twin.status()).as(twin.text()).isEqualTo(409);
        Answer secondMinistry = register(Map.of("code", "mps-two", "kind", "POLICE_CENTRE", "level", "MINISTRY"));
        assertThat(secondMinistry.status()).isEqualTo(409);
        Answer unknownKind = register(Map.of("code", "odd", "kind", "PARTNER", "partnerKind", "CASINO"));
        assertThat(unknownKind.status()).isEqualTo(400);
        assertThat(unknownKind.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aKeyNarrowedToChecksChecksAndDoesNothingElse() {
        Answer issued = api.post(
                "/api/v1/agencies/" + payplat + "/api-keys",
                admin,
                Map.of("name", "app backend", "scopes", List.of("check"), "expiresInDays", 30));
        assertThat(issued.status()).as(issued.text()).isEqualTo(201);
        assertThat(issued.json().get("summary").get("scopes").get(0).asText()).isEqualTo("CHECK");
        assertThat(issued.json().get("summary").get("role").asText()).isEqualTo("PARTNER");
        Auth checksOnly = Auth.key(issued.json().get("key").asText());

        assertThat(api.get("/api/v1/check?value=13800138000", checksOnly).status())
                .isEqualTo(200);
        Answer events = api.post("/api/v1/events", checksOnly, Map.of("events", List.of()));
        assertThat(events.status()).isEqualTo(403);
        assertThat(events.json().get("detail").asText()).contains("EVENTS_SEND");
        Answer me = api.get("/api/v1/me", checksOnly);
        assertThat(me.json().get("permissions")).hasSize(1);

        // a centre's key acts as its supervisor, except that people are managed by people
        Auth centreKey = api.issueKey(admin, xiamen);
        List<String> permissions = new ArrayList<>();
        api.get("/api/v1/me", centreKey).json().get("permissions").forEach(p -> permissions.add(p.asText()));
        assertThat(permissions).contains("CASES_WRITE", "DISSUASION_WORK").doesNotContain("USERS_MANAGE");
        assertThat(api.post(
                                "/api/v1/users",
                                centreKey,
                                Map.of("username", "made-by-a-key", "role", "ANALYST", "agencyId", xiamen))
                        .status())
                .isEqualTo(403);

        Answer notTheRoles = api.post(
                "/api/v1/agencies/" + payplat + "/api-keys",
                admin,
                Map.of("name", "too much", "scopes", List.of("CHECK", "CASES_WRITE", "NONSENSE")));
        assertThat(notTheRoles.status()).isEqualTo(400);
        assertThat(fields(notTheRoles)).containsOnly("scopes");
        assertThat(notTheRoles.text()).contains("CASES_WRITE", "NONSENSE");
        Answer centreRoleForAPartner =
                api.post("/api/v1/agencies/" + payplat + "/api-keys", admin, Map.of("name", "x", "role", "ANALYST"));
        assertThat(fields(centreRoleForAPartner)).containsOnly("role");
        Answer forever = api.post(
                "/api/v1/agencies/" + payplat + "/api-keys", admin, Map.of("name", "x", "expiresInDays", 5000));
        assertThat(fields(forever)).containsOnly("expiresInDays");
    }

    @Test
    void aRotatedKeyWorksForItsOverlapAndItsReplacementAfter() {
        Answer issued =
                api.post("/api/v1/agencies/" + payplat + "/api-keys", admin, Map.of("name", "rotating backend"));
        Auth old = Auth.key(issued.json().get("key").asText());
        long oldId = issued.json().get("summary").get("id").asLong();
        assertThat(api.get("/api/v1/check?value=13800138000", old).status()).isEqualTo(200);

        Answer withOverlap = api.post(
                "/api/v1/agencies/" + payplat + "/api-keys/" + oldId + "/rotate", admin, Map.of("overlapHours", 48));
        assertThat(withOverlap.status()).as(withOverlap.text()).isEqualTo(201);
        Auth replacement = Auth.key(withOverlap.json().get("key").asText());
        long replacementId = withOverlap.json().get("summary").get("id").asLong();
        assertThat(withOverlap.json().get("summary").get("name").asText()).isEqualTo("rotating backend");
        assertThat(api.get("/api/v1/check?value=13800138000", old).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/check?value=13800138000", replacement).status())
                .isEqualTo(200);
        assertThat(api.post("/api/v1/agencies/" + payplat + "/api-keys/" + oldId + "/rotate", admin, Map.of())
                        .status())
                .isEqualTo(409);

        // a rotation without overlap stops the old key at once
        Answer immediate = api.post(
                "/api/v1/agencies/" + payplat + "/api-keys/" + replacementId + "/rotate",
                admin,
                Map.of("overlapHours", 0));
        assertThat(immediate.status()).isEqualTo(201);
        Answer stopped = api.get("/api/v1/check?value=13800138000", replacement);
        assertThat(stopped.status()).isEqualTo(401);
        assertThat(stopped.json().get("type").asText()).endsWith("/invalid-api-key");
        assertThat(api.get(
                                "/api/v1/check?value=13800138000",
                                Auth.key(immediate.json().get("key").asText()))
                        .status())
                .isEqualTo(200);
        JsonNode keys =
                api.get("/api/v1/agencies/" + payplat + "/api-keys", admin).json();
        JsonNode rotated = find(keys, replacementId);
        assertThat(rotated.get("rotatedTo").asLong())
                .isEqualTo(immediate.json().get("summary").get("id").asLong());
        assertThat(fields(api.post(
                        "/api/v1/agencies/" + payplat + "/api-keys/"
                                + immediate.json().get("summary").get("id") + "/rotate",
                        admin,
                        Map.of("overlapHours", 1000))))
                .containsOnly("overlapHours");
    }

    @Test
    void aPartnersWebhookChangesAreOnTheAuditTrail() {
        Auth partner = api.issueKey(admin, payplat);
        assertThat(api.send("PUT", "/api/v1/funds/webhook", partner, Map.of("url", "https://hooks.example/clearsky"))
                        .status())
                .isBetween(200, 201);
        long deadline = System.nanoTime() + 10_000_000_000L;
        String trail = api.get("/api/v1/audit?action=WEBHOOK_SET", admin).text();
        while (!trail.contains("hooks.example") && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(50_000_000L);
            trail = api.get("/api/v1/audit?action=WEBHOOK_SET", admin).text();
        }
        assertThat(trail).contains("https://hooks.example/clearsky").doesNotContain("whsec_");
    }

    @Test
    void eachRoleDoesItsOwnWork() {
        Auth analyst = person("xm-analyst", "ANALYST", xiamen, admin);
        Auth caller = person("xm-caller", "CALLER", xiamen, admin);
        Auth auditor = person("xm-auditor", "AUDITOR", xiamen, admin);

        assertThat(api.get("/api/v1/cases", analyst).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/audit", analyst).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/dissuasion-tasks", caller).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/cases", caller).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/reports", caller).status()).isEqualTo(403);
        Answer trail = api.get("/api/v1/audit?size=500", auditor);
        assertThat(trail.status()).isEqualTo(200);
        // a centre's auditor reads what its people and systems did, not the platform admin's records
        List<String> actors = new ArrayList<>();
        trail.json().forEach(r -> actors.add(r.get("actor").asText()));
        assertThat(actors).contains("xm-analyst").doesNotContain("admin");
        assertThat(api.get("/api/v1/audit/verify", auditor).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/reports", auditor).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/check?value=13800138000", auditor).status()).isEqualTo(403);
        // only an admin publishes rules, registers agencies and issues keys
        assertThat(api.get("/api/v1/warning/rules", analyst).status()).isEqualTo(200);
        assertThat(api.sendText("PUT", "/api/v1/warning/rules", analyst, "application/yaml", "version: 99")
                        .status())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/agencies/" + xiamen + "/api-keys", analyst, Map.of("name", "mine"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void theTrailIsFilteredByTheKindOfItsSubject() {
        Auth auditor = person("xm-kind-auditor", "AUDITOR", xiamen, admin);
        Answer users = api.get("/api/v1/audit?kind=user&size=500", admin);
        assertThat(users.status()).isEqualTo(200);
        List<String> subjects = new ArrayList<>();
        users.json().forEach(r -> subjects.add(r.get("subject").asText()));
        assertThat(subjects).isNotEmpty().allMatch(s -> s.startsWith("user:")).contains("user:xm-kind-auditor");
        Answer agencies = api.get("/api/v1/audit?kind=agency&size=500", admin);
        agencies.json().forEach(r -> assertThat(r.get("subject").asText()).startsWith("agency:"));
        assertThat(agencies.json().size()).isPositive();
        // a kind is letters and hyphens: no LIKE wildcard gets through
        assertThat(api.get("/api/v1/audit?kind=us%25", auditor).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/audit?kind=user", person("xm-kind-caller", "CALLER", xiamen, admin))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aSupervisorManagesThePeopleOfTheCentresUnderIt() {
        Auth province = person("fj-lead", "SUPERVISOR", fujian, admin);
        Auth city = person("xm-lead", "SUPERVISOR", xiamen, admin);

        assertThat(api.post(
                                "/api/v1/users",
                                province,
                                Map.of("username", "xm-new-analyst", "role", "ANALYST", "agencyId", xiamen))
                        .status())
                .isEqualTo(201);
        assertThat(api.post(
                                "/api/v1/users",
                                city,
                                Map.of("username", "fz-analyst", "role", "ANALYST", "agencyId", fuzhou))
                        .status())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/users", province, Map.of("username", "fj-admin", "role", "ADMIN"))
                        .status())
                .isEqualTo(403);
        assertThat(api.post(
                                "/api/v1/users",
                                province,
                                Map.of("username", "fj-auditor", "role", "AUDITOR", "agencyId", fujian))
                        .status())
                .isEqualTo(403);
        assertThat(fields(api.post(
                        "/api/v1/users",
                        admin,
                        Map.of("username", "pp-analyst", "role", "ANALYST", "agencyId", payplat))))
                .containsOnly("role");

        List<String> seenByCity = new ArrayList<>();
        api.get("/api/v1/users", city)
                .json()
                .forEach(u -> seenByCity.add(u.get("username").asText()));
        assertThat(seenByCity).contains("xm-lead", "xm-new-analyst").doesNotContain("fj-lead");
    }

    @Test
    void fiveWrongPasswordsLockAnAccountUntilItIsUnlocked() {
        Auth analyst = person("xm-locked", "ANALYST", xiamen, admin);
        assertThat(api.get("/api/v1/me", analyst).status()).isEqualTo(200);
        Auth wrong = Auth.basic("xm-locked", "not the passphrase at all");
        for (int attempt = 1; attempt <= 5; attempt++) {
            Answer refused = api.get("/api/v1/me", wrong);
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.json().get("type").asText()).endsWith("/unauthenticated");
        }
        Answer locked = api.get("/api/v1/me", analyst);
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.json().get("type").asText()).endsWith("/account-locked");
        JsonNode listed = null;
        for (JsonNode user : api.get("/api/v1/users", admin).json()) {
            if (user.get("username").asText().equals("xm-locked")) {
                listed = user;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.get("lockedUntil")).isNotNull();

        Auth supervisor = person("xm-unlocker", "SUPERVISOR", xiamen, admin);
        assertThat(api.post("/api/v1/users/xm-locked/unlock", supervisor, Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/me", analyst).status()).isEqualTo(200);
        // the audit trail records both (after the commit: wait for it)
        long deadline = System.nanoTime() + 10_000_000_000L;
        String trail = api.get("/api/v1/audit?size=500", admin).text();
        while (!(trail.contains("USER_LOCKED") && trail.contains("USER_UNLOCKED")) && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(50_000_000L);
            trail = api.get("/api/v1/audit?size=500", admin).text();
        }
        assertThat(trail).contains("USER_LOCKED", "USER_UNLOCKED");
    }

    @Test
    void parallelGuessesShareTheSameFiveAttempts() throws Exception {
        Auth analyst = person("xm-parallel", "ANALYST", xiamen, admin);
        Auth wrong = Auth.basic("xm-parallel", "a parallel wrong guess");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Answer>> guesses = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                guesses.add(pool.submit(() -> api.get("/api/v1/me", wrong)));
            }
            int checked = 0;
            for (java.util.concurrent.Future<Answer> guess : guesses) {
                Answer answer = guess.get();
                assertThat(answer.status()).isEqualTo(401);
                if (answer.json().get("type").asText().endsWith("/unauthenticated")) {
                    checked++;
                }
            }
            // only five guesses had their password checked; the rest found the account locked or its attempts taken
            assertThat(checked).isLessThanOrEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
        assertThat(api.get("/api/v1/me", analyst).json().get("type").asText()).endsWith("/account-locked");
    }

    @Test
    void aNewPasswordMustBeLongAndNotAGuess() {
        String oneTime = api.post(
                        "/api/v1/users", admin, Map.of("username", "xm-newbie", "role", "CALLER", "agencyId", xiamen))
                .json()
                .get("oneTimePassword")
                .asText();
        Auth first = Auth.basic("xm-newbie", oneTime);
        for (String bad :
                List.of("short one", "abcabcabcabcabc", "xm-newbie is my name", "password1234", "aabbaabbaabb")) {
            Answer refused =
                    api.post("/api/v1/me/password", first, Map.of("currentPassword", oneTime, "newPassword", bad));
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(fields(refused)).as(bad).containsOnly("newPassword");
        }
        assertThat(api.post("/api/v1/me/password", first, Map.of("currentPassword", oneTime, "newPassword", PASSWORD))
                        .status())
                .isEqualTo(204);
    }

    /** Creates a person with a one-time password, replaces it, and returns their login. */
    private Auth person(String username, String role, long agencyId, Auth creator) {
        Answer created =
                api.post("/api/v1/users", creator, Map.of("username", username, "role", role, "agencyId", agencyId));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String oneTime = created.json().get("oneTimePassword").asText();
        Answer changed = api.post(
                "/api/v1/me/password",
                Auth.basic(username, oneTime),
                Map.of("currentPassword", oneTime, "newPassword", PASSWORD));
        assertThat(changed.status()).as(changed.text()).isEqualTo(204);
        return Auth.basic(username, PASSWORD);
    }

    private Answer register(Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(Map.of("nameZh", "测试", "nameEn", "Test"));
        body.putAll(fields);
        return api.post("/api/v1/agencies", admin, body);
    }

    private List<Long> agencies(Auth key) {
        Answer me = api.get("/api/v1/me", key);
        assertThat(me.status()).as(me.text()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        me.json().get("agencies").forEach(id -> ids.add(id.asLong()));
        return ids;
    }

    private static List<String> fields(Answer answer) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        answer.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    private static JsonNode find(JsonNode keys, long id) {
        for (JsonNode key : keys) {
            if (key.get("id").asLong() == id) {
                return key;
            }
        }
        throw new AssertionError("no key " + id + " in " + keys);
    }
}
