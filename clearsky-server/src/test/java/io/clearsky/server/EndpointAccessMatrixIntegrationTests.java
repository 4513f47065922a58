package io.clearsky.server;

import static io.clearsky.server.agencies.Permission.AUDIT_READ;
import static io.clearsky.server.agencies.Permission.BULLETINS_DELIVER;
import static io.clearsky.server.agencies.Permission.BULLETINS_PUBLISH;
import static io.clearsky.server.agencies.Permission.BULLETINS_READ;
import static io.clearsky.server.agencies.Permission.CASES_READ;
import static io.clearsky.server.agencies.Permission.CASES_WRITE;
import static io.clearsky.server.agencies.Permission.CHECK;
import static io.clearsky.server.agencies.Permission.DISSUASION_READ;
import static io.clearsky.server.agencies.Permission.DISSUASION_WORK;
import static io.clearsky.server.agencies.Permission.EVENTS_SEND;
import static io.clearsky.server.agencies.Permission.INDICATORS_READ;
import static io.clearsky.server.agencies.Permission.INDICATORS_REPORT;
import static io.clearsky.server.agencies.Permission.INDICATORS_WRITE;
import static io.clearsky.server.agencies.Permission.ORDERS_EXECUTE;
import static io.clearsky.server.agencies.Permission.ORDERS_ISSUE;
import static io.clearsky.server.agencies.Permission.ORDERS_READ;
import static io.clearsky.server.agencies.Permission.PII_REVEAL;
import static io.clearsky.server.agencies.Permission.PLATFORM_ADMIN;
import static io.clearsky.server.agencies.Permission.REPORTS_FILE;
import static io.clearsky.server.agencies.Permission.REPORTS_READ;
import static io.clearsky.server.agencies.Permission.RULES_READ;
import static io.clearsky.server.agencies.Permission.RULES_WRITE;
import static io.clearsky.server.agencies.Permission.TRACE;
import static io.clearsky.server.agencies.Permission.TRANSFERS_SEND;
import static io.clearsky.server.agencies.Permission.USERS_MANAGE;
import static io.clearsky.server.agencies.Permission.WARNINGS_READ;
import static io.clearsky.server.agencies.Permission.WEBHOOKS;
import static org.assertj.core.api.Assertions.assertThat;

import io.clearsky.server.TestApi.Answer;
import io.clearsky.server.TestApi.Auth;
import io.clearsky.server.agencies.Permission;
import io.clearsky.server.agencies.Role;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The endpoint access matrix (docs/security.md, "How it is tested"): every operation of the OpenAPI document is
 * called by anonymous, by each caller whose role lacks its permission, by a caller with the permission of the wrong
 * agency, and by the right caller, and only the right one passes. The world is the demo's Xiamen with its partners,
 * and beside it Fuzhou's centre, which does not oversee Xiamen, and a partner nothing is addressed to. A list answers
 * the wrong agency, but with none of the right one's items. Every failure of the whole matrix is reported at once.
 * Subclasses choose the database.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"clearsky.demo.enabled=true", "clearsky.demo.subscribers=1000"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EndpointAccessMatrixIntegrationTests {

    private static final String PASSWORD = "a long passphrase nobody guesses";
    private static final List<Role> CENTRE_ROLES = List.of(Role.ANALYST, Role.CALLER, Role.SUPERVISOR, Role.AUDITOR);

    @LocalServerPort
    int port;

    TestApi api;

    // the callers
    Who anonymous;
    Who admin;
    Who alipay;
    Who alipayChecksOnly;
    Who otherPartner;
    Who passwordChanger;
    final Map<Role, Who> xiamenPeople = new EnumMap<>(Role.class);
    final Map<Role, Who> fuzhouPeople = new EnumMap<>(Role.class);

    // the world: agencies, and what Xiamen owns or addressed to Alipay
    long xiamen;
    long fuzhou;
    long putian;
    long caseA;
    long caseB;
    long caseC;
    long referralToAccept;
    long referralToDecline;
    long reportOfNewCase;
    long reportId;
    String receiptNo;
    String reporterPhone;
    String exclusionKey;
    long stopToAcknowledge;
    long stopToRelease;
    long freeze;
    long assistanceToAnswer;
    long assistanceToWithdraw;
    String tracedPartner;
    String tracedTransferId;
    String accountInstitution;
    String accountNumber;
    long taskId;
    long decisionId;
    long importId;
    long indicatorId;
    long indicatorToVerify;
    long indicatorToReject;
    int rulesVersion;
    String rulesText;
    long keyToRotate;
    long keyToRevoke;
    String lockableUser;
    long bulletinToRead;
    long bulletinToWithdraw;

    abstract Path dataDir();

    /** A caller of the matrix: how it authenticates, its role and agency, and what it may do. */
    record Who(
            String name,
            Auth auth,
            @Nullable Role role,
            @Nullable String agency,
            Set<Permission> permissions) {
        boolean may(Set<Permission> needs) {
            return permissions.containsAll(needs);
        }

        @Override
        public String toString() {
            return role == null ? name : role + " of " + agency + " (" + name + ")";
        }
    }

    @BeforeAll
    void buildTheWorld() throws Exception {
        api = new TestApi(port);
        anonymous = new Who("anonymous", Auth.none(), null, null, Set.of());
        Auth adminAuth = api.firstAdmin(dataDir());
        admin = new Who("admin", adminAuth, Role.ADMIN, "the platform", EnumSet.allOf(Permission.class));
        awaitTheDemo(adminAuth);

        Map<String, Long> agencies = new LinkedHashMap<>();
        api.get("/api/v1/agencies", adminAuth)
                .json()
                .forEach(a -> agencies.put(a.get("code").asText(), a.get("id").asLong()));
        xiamen = agencies.get("centre-350200");
        long alipayId = agencies.get("alipay");
        fuzhou = api.agency(adminAuth, "fuzhou-afc", "POLICE_CENTRE", "福州市反诈骗中心", "Fuzhou AFC", "350100");
        putian = api.agency(adminAuth, "putian-afc", "POLICE_CENTRE", "莆田市反诈骗中心", "Putian AFC", "350300");
        long otherPartnerId =
                api.agency(adminAuth, "matrix-pay", "PARTNER", "另一支付平台", "Another payment platform", null);

        for (Role role : CENTRE_ROLES) {
            String name = role.name().toLowerCase(java.util.Locale.ROOT);
            xiamenPeople.put(role, person("xm-" + name, role, xiamen, "Xiamen"));
            fuzhouPeople.put(role, person("fz-" + name, role, fuzhou, "Fuzhou"));
        }
        passwordChanger = person("xm-password", Role.CALLER, xiamen, "Xiamen");
        lockableUser = "xm-lockable";
        person(lockableUser, Role.CALLER, xiamen, "Xiamen");
        alipay = new Who(
                "alipay key", api.issueKey(adminAuth, alipayId), Role.PARTNER, "alipay", Role.PARTNER.permissions());
        alipayChecksOnly = new Who(
                "alipay key narrowed to CHECK",
                Auth.key(created(api.post(
                                "/api/v1/agencies/" + alipayId + "/api-keys",
                                adminAuth,
                                Map.of("name", "checks only", "scopes", List.of("CHECK"))))
                        .get("key")
                        .asText()),
                Role.PARTNER,
                "alipay",
                Set.of(CHECK));
        otherPartner = new Who(
                "matrix-pay key",
                api.issueKey(adminAuth, otherPartnerId),
                Role.PARTNER,
                "matrix-pay",
                Role.PARTNER.permissions());
        keyToRotate = created(
                        api.post("/api/v1/agencies/" + xiamen + "/api-keys", adminAuth, Map.of("name", "to rotate")))
                .get("summary")
                .get("id")
                .asLong();
        keyToRevoke = created(
                        api.post("/api/v1/agencies/" + xiamen + "/api-keys", adminAuth, Map.of("name", "to revoke")))
                .get("summary")
                .get("id")
                .asLong();

        // Xiamen's own reports, each alone in its cluster: three cases, one cluster left to open, one to read
        Auth analyst = xiamenPeople.get(Role.ANALYST).auth();
        long first = report("13800000101");
        long second = report("13800000102");
        long third = report("13800000103");
        reportOfNewCase = report("13800000104");
        reporterPhone = "13800000105";
        reportId = report(reporterPhone);
        receiptNo = api.get("/api/v1/reports/" + reportId, adminAuth)
                .json()
                .get("receiptNo")
                .asText();
        exclusionKey = api.get("/api/v1/clusters/" + reportId, adminAuth)
                .json()
                .get("identifiers")
                .get(0)
                .get("key")
                .asText();
        caseA = created(api.post("/api/v1/cases", analyst, Map.of("reportId", first, "title", "matrix case A")))
                .get("id")
                .asLong();
        caseB = created(api.post("/api/v1/cases", analyst, Map.of("reportId", second, "title", "matrix case B")))
                .get("id")
                .asLong();
        caseC = created(api.post("/api/v1/cases", analyst, Map.of("reportId", third, "title", "matrix case C")))
                .get("id")
                .asLong();
        referralToAccept = created(api.post(
                        "/api/v1/cases/" + caseB + "/referrals",
                        analyst,
                        Map.of("toAgencyId", fuzhou, "reason", "the suspects live in Fuzhou")))
                .get("id")
                .asLong();
        referralToDecline = created(api.post(
                        "/api/v1/cases/" + caseC + "/referrals",
                        analyst,
                        Map.of("toAgencyId", fuzhou, "reason", "the suspects may live in Fuzhou")))
                .get("id")
                .asLong();

        // money: Xiamen's orders and requests addressed to Alipay, one freeze executed
        stopToAcknowledge = order(analyst, "STOP_PAYMENT", "MX-ACK-1", null);
        stopToRelease = order(analyst, "STOP_PAYMENT", "MX-REL-1", null);
        long stopFrozen = order(analyst, "STOP_PAYMENT", "MX-FRZ-1", null);
        acknowledge(stopFrozen);
        freeze = order(analyst, "FREEZE", "MX-FRZ-1", stopFrozen);
        acknowledge(freeze);
        assistanceToAnswer = assistance(analyst, "MX-ACK-1");
        assistanceToWithdraw = assistance(analyst, "MX-REL-1");
        JsonNode transfer = api.get("/api/v1/funds/transfers?size=1", alipay.auth())
                .json()
                .get("items")
                .get(0);
        tracedPartner = transfer.get("partner").asText();
        tracedTransferId = transfer.get("transferId").asText();
        accountInstitution = transfer.get("payee").get("institution").asText();
        accountNumber = transfer.get("payee").get("account").asText();

        // the demo's warning, task and import; an indicator, and one reported to verify
        taskId = api.get("/api/v1/dissuasion-tasks?priority=HIGH", adminAuth)
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asLong();
        decisionId = api.get("/api/v1/warnings", alipay.auth())
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asLong();
        importId = api.get("/api/v1/imports", analyst).json().get(0).get("id").asLong();
        indicatorId = api.get("/api/v1/indicators?size=1", analyst)
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asLong();
        indicatorToVerify = created(api.post(
                        "/api/v1/indicators/reports",
                        alipay.auth(),
                        Map.of("kind", "PHONE_NUMBER", "value", "+8617000001234", "reporter", "matrix-user-1")))
                .get("indicator")
                .get("id")
                .asLong();
        indicatorToReject = created(api.post(
                        "/api/v1/indicators/reports",
                        alipay.auth(),
                        Map.of("kind", "PHONE_NUMBER", "value", "+8617000004321", "reporter", "matrix-user-3")))
                .get("indicator")
                .get("id")
                .asLong();
        JsonNode rules = api.get("/api/v1/warning/rules", adminAuth).json();
        rulesVersion = rules.get("version").asInt();
        rulesText = rules.get("text").asText();
        bulletinToRead = created(api.post("/api/v1/bulletins", analyst, bulletin("350200")))
                .get("id")
                .asLong();
        bulletinToWithdraw = created(api.post("/api/v1/bulletins", analyst, bulletin("350206")))
                .get("id")
                .asLong();
    }

    @Test
    void theTableNamesEveryOperationOfTheApiAndNoOther() {
        Answer docs = api.get("/v3/api-docs", Auth.none());
        assertThat(docs.status()).as(docs.text()).isEqualTo(200);
        Set<String> documented = new TreeSet<>();
        docs.json()
                .get("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    if (List.of("get", "put", "post", "delete", "patch", "head", "options", "trace")
                            .contains(operation.getKey())) {
                        documented.add(operation.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
                    }
                }));
        List<String> tabled = table().stream().map(Row::operation).toList();
        assertThat(tabled).as("operations named twice in the table").doesNotHaveDuplicates();
        assertThat(new TreeSet<>(tabled))
                .as("the table must name exactly the API's operations: a new endpoint needs a row, a removed one"
                        + " loses its row")
                .containsExactlyElementsOf(documented);
    }

    @Test
    void onlyTheRightCallerPassesEachOperation() {
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (Row row : table()) {
            calls += walk(row, failures);
        }
        System.out.println("endpoint access matrix: " + table().size() + " operations, " + calls + " calls, "
                + failures.size() + " failure(s)");
        assertThat(failures).as("the access matrix (%d calls)", calls).isEmpty();
    }

    /** Sends one row's calls in order: anonymous, each wrong role, the wrong agency, the right callers last. */
    private int walk(Row row, List<String> failures) {
        int calls = 0;
        Call call = row.call.get();
        if (row.access != Access.PUBLIC) {
            calls++;
            Answer answer = send(call, anonymous);
            if (answer.status() != 401) {
                failures.add(failure(row, anonymous, "401", answer));
            }
        }
        List<Who> rights = rights(row);
        Who right = rights.get(0);
        if (row.access == Access.PERMISSION) {
            for (Who wrong : wrongRoles(row, right)) {
                calls++;
                Answer answer = send(call, wrong);
                if (answer.status() != 403) {
                    failures.add(failure(row, wrong, "403", answer));
                }
            }
        }
        Map<Who, Answer> listedForTheWrongAgency = new LinkedHashMap<>();
        for (Who wrong : wrongAgencies(row, rights)) {
            calls++;
            Answer answer = send(call, wrong);
            if (row.list) {
                if (answer.status() != 200) {
                    failures.add(failure(row, wrong, "200 with none of the right agency's items", answer));
                } else {
                    listedForTheWrongAgency.put(wrong, answer);
                }
            } else if (answer.status() != 403
                    && answer.status() != 404
                    && !row.wrongAgencyMay.contains(answer.status())) {
                failures.add(failure(row, wrong, "403 or 404" + also(row.wrongAgencyMay), answer));
            }
        }
        Set<String> theirs = new HashSet<>();
        boolean listed = false;
        for (Who who : rights) {
            calls++;
            Answer answer = send(call, who);
            if (answer.status() / 100 != 2) {
                failures.add(failure(row, who, "2xx", answer));
            }
            if (row.list && answer.status() == 200) {
                theirs.addAll(keys(answer.json()));
                listed = true;
            }
        }
        if (listed) {
            if (theirs.isEmpty()) {
                failures.add(row.operation + " as " + right + ": an empty list, so the wrong agency's check proves"
                        + " nothing");
            }
            theirs.removeAll(row.shared.get());
            listedForTheWrongAgency.forEach((wrong, answer) -> {
                Set<String> leaked = keys(answer.json());
                leaked.retainAll(theirs);
                if (!leaked.isEmpty()) {
                    failures.add(row.operation + " as " + wrong + ": lists " + leaked + " of " + right);
                }
            });
        }
        return calls;
    }

    private static String failure(Row row, Who who, String expected, Answer answer) {
        String body = answer.text().length() > 300 ? answer.text().substring(0, 300) + "…" : answer.text();
        return row.operation + " as " + who + ": expected " + expected + ", got " + answer.status() + " " + body;
    }

    private static String also(Set<Integer> statuses) {
        return statuses.isEmpty() ? "" : " or " + statuses;
    }

    /**
     * The right callers: of the owning centre, the first of analyst, caller, supervisor and auditor with the
     * permissions (an admin for the platform's); Alipay for what is addressed to it, and as well for what has both.
     */
    private List<Who> rights(Row row) {
        if (row.access == Access.PUBLIC) {
            return List.of(anonymous);
        }
        if (row.by != null) {
            return List.of(row.by.get());
        }
        Map<Role, Who> people = row.owner == Owner.FUZHOU ? fuzhouPeople : xiamenPeople;
        if (row.access == Access.AUTHENTICATED) {
            return List.of(people.get(Role.AUDITOR));
        }
        if (row.owner == Owner.ALIPAY) {
            return List.of(alipay);
        }
        List<Who> rights = new ArrayList<>();
        CENTRE_ROLES.stream()
                .map(people::get)
                .filter(who -> who.may(row.needs))
                .findFirst()
                .ifPresent(rights::add);
        if (row.owner == Owner.XIAMEN_AND_ALIPAY && alipay.may(row.needs)) {
            rights.add(alipay);
        }
        if (rights.isEmpty()) {
            rights.add(alipay.may(row.needs) ? alipay : admin);
        }
        return rights;
    }

    /** Every caller of the owning side (and every partner key) whose permissions lack one the row needs. */
    private List<Who> wrongRoles(Row row, Who right) {
        List<Who> candidates = new ArrayList<>((row.owner == Owner.FUZHOU ? fuzhouPeople : xiamenPeople).values());
        candidates.add(alipay);
        candidates.add(alipayChecksOnly);
        return candidates.stream()
                .filter(who -> who != right && !who.may(row.needs))
                .toList();
    }

    /** The right callers' counterparts: the same role of the other centre, another partner. */
    private List<Who> wrongAgencies(Row row, List<Who> rights) {
        if (row.owner == Owner.NONE) {
            return List.of();
        }
        List<Who> wrong = new ArrayList<>();
        for (Who right : rights) {
            if (right == alipay) {
                wrong.add(otherPartner);
            } else if (right.role() != null && right.role() != Role.ADMIN) {
                wrong.add(("Xiamen".equals(right.agency()) ? fuzhouPeople : xiamenPeople).get(right.role()));
            }
        }
        return wrong;
    }

    /** The ids (or user names) of a list's items: an array, or a page's {@code items}. */
    private static Set<String> keys(JsonNode json) {
        JsonNode items = json.isArray() ? json : json.get("items");
        Set<String> keys = new HashSet<>();
        if (items != null) {
            items.forEach(item -> {
                JsonNode key = item.has("id") ? item.get("id") : item.get("username");
                if (key != null) {
                    keys.add(key.asText());
                }
            });
        }
        return keys;
    }

    private Answer send(Call call, Who who) {
        if (call.method.equals("GET")) {
            return api.get(call.path, who.auth());
        }
        if (!call.contentType.equals("application/json")) {
            return api.sendText(call.method, call.path, who.auth(), call.contentType, (String) call.body);
        }
        Object body = call.body == null ? Map.of() : call.body;
        if (call.method.equals("POST")) {
            Map<String, String> headers = call.idempotent
                    ? Map.of("Idempotency-Key", UUID.randomUUID().toString())
                    : Map.of();
            return api.post(call.path, who.auth(), body, headers);
        }
        return api.send(call.method, call.path, who.auth(), body);
    }

    // --- the table ----------------------------------------------------------------------------------------------

    /**
     * Every operation of the API, in the order it is walked: reads before the writes that change what they read,
     * and each write on a resource of its own. An operation's permission is the one its service requires; its owner
     * is whose resource its path (or body) names.
     */
    List<Row> table() {
        String now = OffsetDateTime.now(ZoneOffset.ofHours(8)).withNano(0).toString();
        String anHourAgo = OffsetDateTime.now(ZoneOffset.ofHours(8))
                .minusHours(1)
                .withNano(0)
                .toString();
        return List.of(
                // the public: the citizens' intake (the docs and health are not API operations)
                op("POST /api/v1/reports")
                        .open()
                        .call(() -> post("/api/v1/reports", reportForm("13800000199"))
                                .withIdempotencyKey()),
                op("POST /api/v1/reports/status")
                        .open()
                        .call(() ->
                                post("/api/v1/reports/status", Map.of("receiptNo", receiptNo, "phone", reporterPhone))),

                // who is who
                op("GET /api/v1/me").anyCaller().call(() -> get("/api/v1/me")),
                op("GET /api/v1/agencies").anyCaller().call(() -> get("/api/v1/agencies")),
                op("GET /api/v1/agencies/{id}").anyCaller().call(() -> get("/api/v1/agencies/" + xiamen)),
                op("GET /api/v1/agencies/{id}/api-keys")
                        .needs(USERS_MANAGE)
                        .of(Owner.XIAMEN)
                        .call(() -> get("/api/v1/agencies/" + xiamen + "/api-keys")),
                op("POST /api/v1/agencies")
                        .needs(PLATFORM_ADMIN)
                        .call(() -> post(
                                "/api/v1/agencies",
                                Map.of(
                                        "code",
                                        "matrix-bank",
                                        "kind",
                                        "PARTNER",
                                        "partnerKind",
                                        "BANK",
                                        "nameZh",
                                        "某银行",
                                        "nameEn",
                                        "A bank"))),
                op("POST /api/v1/agencies/{id}/api-keys")
                        .needs(PLATFORM_ADMIN)
                        .call(() -> post("/api/v1/agencies/" + xiamen + "/api-keys", Map.of("name", "matrix"))),
                op("POST /api/v1/agencies/{id}/api-keys/{keyId}/rotate")
                        .needs(PLATFORM_ADMIN)
                        .call(() -> post(
                                "/api/v1/agencies/" + xiamen + "/api-keys/" + keyToRotate + "/rotate",
                                Map.of("overlapHours", 1))),
                op("POST /api/v1/agencies/{id}/api-keys/{keyId}/revoke")
                        .needs(PLATFORM_ADMIN)
                        .call(() -> post("/api/v1/agencies/" + xiamen + "/api-keys/" + keyToRevoke + "/revoke", null)),
                op("GET /api/v1/users")
                        .needs(USERS_MANAGE)
                        .of(Owner.XIAMEN)
                        .list()
                        .call(() -> get("/api/v1/users")),
                op("POST /api/v1/users")
                        .needs(USERS_MANAGE)
                        .of(Owner.XIAMEN)
                        .call(() -> post(
                                "/api/v1/users",
                                Map.of("username", "xm-new-caller", "role", "CALLER", "agencyId", xiamen))),
                op("POST /api/v1/users/{username}/unlock")
                        .needs(USERS_MANAGE)
                        .of(Owner.XIAMEN)
                        .call(() -> post("/api/v1/users/" + lockableUser + "/unlock", null)),
                op("POST /api/v1/me/password")
                        .anyCaller()
                        .by(() -> passwordChanger)
                        .call(() -> post(
                                "/api/v1/me/password",
                                Map.of(
                                        "currentPassword",
                                        PASSWORD,
                                        "newPassword",
                                        "another long passphrase, changed"))),

                // the registry, checks and imports: indicators are national, imports a centre's
                op("GET /api/v1/check").needs(CHECK).call(() -> get("/api/v1/check?value=13800138000")),
                op("POST /api/v1/check")
                        .needs(CHECK)
                        .call(() -> post(
                                "/api/v1/check",
                                Map.of("items", List.of(Map.of("kind", "PHONE_NUMBER", "value", "13800138000"))))),
                op("POST /api/v1/check/sms")
                        .needs(CHECK)
                        .call(() -> post("/api/v1/check/sms", Map.of("sender", "13800138000", "text", "您的快递已到"))),
                op("POST /api/v1/check/text")
                        .needs(CHECK)
                        .call(() -> post("/api/v1/check/text", Map.of("text", "您的快递已到驿站"))),
                op("GET /api/v1/activity")
                        .needs(INDICATORS_READ)
                        .of(Owner.XIAMEN)
                        .call(() -> get("/api/v1/activity?agencyId=" + xiamen)),
                op("GET /api/v1/indicators").needs(INDICATORS_READ).call(() -> get("/api/v1/indicators")),
                op("GET /api/v1/indicators/{id}")
                        .needs(INDICATORS_READ)
                        .call(() -> get("/api/v1/indicators/" + indicatorId)),
                op("GET /api/v1/indicators/export")
                        .needs(INDICATORS_READ)
                        .call(() -> get("/api/v1/indicators/export?format=csv&status=VERIFIED")),
                op("POST /api/v1/indicators")
                        .needs(INDICATORS_WRITE)
                        .call(() -> post(
                                "/api/v1/indicators",
                                Map.of(
                                        "kind",
                                        "PHONE_NUMBER",
                                        "value",
                                        "+8617000005678",
                                        "scamType",
                                        "IMPERSONATING_OFFICIALS"))),
                op("POST /api/v1/indicators/{id}/verify")
                        .needs(INDICATORS_WRITE)
                        .call(() -> post("/api/v1/indicators/" + indicatorToVerify + "/verify", null)),
                op("POST /api/v1/indicators/{id}/reject")
                        .needs(INDICATORS_WRITE)
                        .call(() -> post("/api/v1/indicators/" + indicatorToReject + "/reject", null)),
                op("POST /api/v1/indicators/reports")
                        .needs(INDICATORS_REPORT)
                        .call(() -> post(
                                "/api/v1/indicators/reports",
                                Map.of(
                                        "kind",
                                        "PHONE_NUMBER",
                                        "value",
                                        "+8617000009012",
                                        "reporter",
                                        "matrix-user-2"))),
                op("GET /api/v1/allowlist").needs(INDICATORS_READ).call(() -> get("/api/v1/allowlist")),
                op("POST /api/v1/allowlist")
                        .needs(PLATFORM_ADMIN)
                        .call(() -> post(
                                "/api/v1/allowlist",
                                Map.of("kind", "PHONE_NUMBER", "value", "95599", "note", "a bank's service line"))),
                op("GET /api/v1/imports")
                        .needs(INDICATORS_READ)
                        .of(Owner.XIAMEN)
                        .list()
                        .call(() -> get("/api/v1/imports")),
                op("GET /api/v1/imports/{id}")
                        .needs(INDICATORS_READ)
                        .of(Owner.XIAMEN)
                        .call(() -> get("/api/v1/imports/" + importId)),
                op("GET /api/v1/imports/{id}/errors")
                        .needs(INDICATORS_READ)
                        .of(Owner.XIAMEN)
                        .call(() -> get("/api/v1/imports/" + importId + "/errors")),
                op("POST /api/v1/imports")
                        .needs(INDICATORS_WRITE)
                        .call(() -> text(
                                "POST",
                                "/api/v1/imports?mode=SKIP_BAD_ROWS&fileName=matrix.csv",
                                "text/csv",
                                "value,kind\n+8617000003456,PHONE_NUMBER\n")),

                // reports and clusters: a centre sees its region's
                op("GET /api/v1/reports")
                        .needs(REPORTS_READ)
                        .of(Owner.XIAMEN)
                        .list()
                        .call(() -> get("/api/v1/reports?size=500")),
                op("GET /api/v1/reports/{id}")
                        .needs(REPORTS_READ)
                        .of(Owner.XIAMEN)
                        .call(() -> get("/api/v1/reports/" + reportId)),
                op("GET /api/v1/reports/receipts/{receiptNo}")
                        .needs(REPORTS_READ)
                        .of(Owner.XIAMEN)
                        .call(() -> get("/api/v1/reports/receipts/" + receiptNo)),
                op("GET /api/v1/reports/statistics").needs(REPORTS_READ).call(() -> get("/api/v1/reports/statistics")),
                op("POST /api/v1/reports/{id}/reporter")
                        .needs(REPORTS_READ, PII_REVEAL)
                        .of(Owner.XIAMEN)
                        .call(() -> post(
                                "/api/v1/reports/" + reportId + "/reporter",
                                Map.of("reason", "to call the victim back"))),
                op("POST /api/v1/reports/{id}/reveal")
                        .needs(REPORTS_READ, PII_REVEAL)
                        .of(Owner.XIAMEN)
                        .call(() -> post(
                                "/api/v1/reports/" + reportId + "/reveal",
                                Map.of("reason", "to read the victim's account of it in full"))),
                op("POST /api/v1/reports/batch")
                        .needs(REPORTS_FILE)
                        .call(() -> post("/api/v1/reports/batch", Map.of("reports", List.of(batchReport())))),
                op("GET /api/v1/clusters")
                        .needs(REPORTS_READ)
                        .of(Owner.XIAMEN)
                        .list()
                        .call(() -> get("/api/v1/clusters?limit=500")),
                op("GET /api/v1/clusters/{reportId}")
                        .needs(REPORTS_READ)
                        .of(Owner.XIAMEN)
                        .call(() -> get("/api/v1/clusters/" + reportId)),
                op("GET /api/v1/linkage/hubs").needs(REPORTS_READ).call(() -> get("/api/v1/linkage/hubs")),
                op("GET /api/v1/linkage/exclusions").needs(REPORTS_READ).call(() -> get("/api/v1/linkage/exclusions")),
                op("POST /api/v1/linkage/exclusions")
                        .needs(CASES_WRITE)
                        .call(() -> post(
                                "/api/v1/linkage/exclusions",
                                Map.of("key", exclusionKey, "reason", "a test identifier, links nothing"))),

                // cases and referrals: a centre's, and those referred to it
                op("GET /api/v1/cases")
                        .needs(CASES_READ)
                        .of(Owner.XIAMEN)
                        .list()
                        .sharing(() -> Set.of(String.valueOf(caseB), String.valueOf(caseC)))
                        .call(() -> get("/api/v1/cases?size=200")),
                op("GET /api/v1/cases/{id}")
                        .needs(CASES_READ)
                        .of(Owner.XIAMEN)
                        .call(() -> get("/api/v1/cases/" + caseA)),
                op("POST /api/v1/cases/{id}/reveal")
                        .needs(CASES_READ, PII_REVEAL)
                        .of(Owner.XIAMEN)
                        .call(() ->
                                post("/api/v1/cases/" + caseA + "/reveal", Map.of("reason", "to prepare the file"))),
                op("GET /api/v1/cases/{id}/timeline")
                        .needs(CASES_READ)
                        .of(Owner.XIAMEN)
                        .call(() -> get("/api/v1/cases/" + caseA + "/timeline")),
                op("GET /api/v1/referrals")
                        .needs(CASES_READ)
                        .of(Owner.XIAMEN)
                        .list()
                        .call(() -> get("/api/v1/referrals?incoming=false")),
                op("POST /api/v1/cases")
                        .needs(CASES_WRITE)
                        .of(Owner.XIAMEN)
                        .call(() ->
                                post("/api/v1/cases", Map.of("reportId", reportOfNewCase, "title", "matrix case D"))),
                op("POST /api/v1/cases/{id}/notes")
                        .needs(CASES_WRITE)
                        .of(Owner.XIAMEN)
                        .call(() -> post("/api/v1/cases/" + caseA + "/notes", Map.of("text", "called the bank"))),
                op("POST /api/v1/cases/{id}/status")
                        .needs(CASES_WRITE)
                        .of(Owner.XIAMEN)
                        .call(() -> post(
                                "/api/v1/cases/" + caseA + "/status",
                                Map.of("status", "INVESTIGATING", "note", "on it"))),
                op("POST /api/v1/referrals/{id}/accept")
                        .needs(CASES_WRITE)
                        .of(Owner.FUZHOU)
                        .call(() -> post("/api/v1/referrals/" + referralToAccept + "/accept", Map.of("note", "ours"))),
                op("POST /api/v1/referrals/{id}/decline")
                        .needs(CASES_WRITE)
                        .of(Owner.FUZHOU)
                        .call(() -> post(
                                "/api/v1/referrals/" + referralToDecline + "/decline",
                                Map.of("note", "not in our region"))),
                op("POST /api/v1/cases/{id}/referrals")
                        .needs(CASES_WRITE)
                        .of(Owner.XIAMEN)
                        .call(() -> post(
                                "/api/v1/cases/" + caseA + "/referrals",
                                Map.of("toAgencyId", putian, "reason", "the mule accounts were opened in Putian"))),

                // follow the money: transfers and traces are national, orders and requests have two sides
                op("GET /api/v1/funds/transfers")
                        .needs(TRANSFERS_SEND)
                        .of(Owner.ALIPAY)
                        .list()
                        .call(() -> get("/api/v1/funds/transfers?size=500")),
                op("POST /api/v1/funds/transfers")
                        .needs(TRANSFERS_SEND)
                        .call(() -> post(
                                "/api/v1/funds/transfers",
                                Map.of(
                                        "transfers",
                                        List.of(Map.of(
                                                "transferId",
                                                "MX-T-1",
                                                "time",
                                                anHourAgo,
                                                "payerAccount",
                                                "MX-PAYER-1",
                                                "payeeAccount",
                                                "MX-PAYEE-1",
                                                "amount",
                                                "10.00",
                                                "channel",
                                                "BALANCE"))))),
                op("POST /api/v1/funds/balances")
                        .needs(TRANSFERS_SEND)
                        .call(() -> post(
                                "/api/v1/funds/balances",
                                Map.of(
                                        "balances",
                                        List.of(Map.of("account", "MX-PAYEE-1", "asOf", now, "balance", "10.00"))))),
                op("GET /api/v1/funds/accounts/{institution}/{account}/transfers")
                        .needs(TRACE)
                        .call(() -> get("/api/v1/funds/accounts/" + encode(accountInstitution) + "/"
                                + encode(accountNumber) + "/transfers")),
                op("GET /api/v1/funds/accounts/{institution}/{account}/funders")
                        .needs(TRACE)
                        .call(() -> get("/api/v1/funds/accounts/" + encode(accountInstitution) + "/"
                                + encode(accountNumber) + "/funders")),
                op("POST /api/v1/funds/traces")
                        .needs(TRACE)
                        .call(() -> post(
                                "/api/v1/funds/traces",
                                Map.of("partner", tracedPartner, "transferId", tracedTransferId))),
                op("GET /api/v1/funds/mules").needs(TRACE).call(() -> get("/api/v1/funds/mules")),
                op("GET /api/v1/funds/statistics").needs(TRACE).call(() -> get("/api/v1/funds/statistics")),
                op("GET /api/v1/funds/orders")
                        .needs(ORDERS_READ)
                        .of(Owner.XIAMEN_AND_ALIPAY)
                        .list()
                        .call(() -> get("/api/v1/funds/orders?size=200")),
                op("GET /api/v1/funds/orders/{id}")
                        .needs(ORDERS_READ)
                        .of(Owner.XIAMEN_AND_ALIPAY)
                        .call(() -> get("/api/v1/funds/orders/" + stopToAcknowledge)),
                op("POST /api/v1/funds/orders")
                        .needs(ORDERS_ISSUE)
                        .of(Owner.XIAMEN)
                        .wrongAgencyMay(400)
                        .call(() -> post("/api/v1/funds/orders", orderForm("STOP_PAYMENT", "MX-NEW-1", null))
                                .withIdempotencyKey()),
                op("POST /api/v1/funds/orders/{id}/acknowledge")
                        .needs(ORDERS_EXECUTE)
                        .of(Owner.ALIPAY)
                        .call(() -> post(
                                "/api/v1/funds/orders/" + stopToAcknowledge + "/acknowledge",
                                Map.of("executed", "100.00"))),
                op("POST /api/v1/funds/orders/{id}/extend")
                        .needs(ORDERS_ISSUE)
                        .of(Owner.XIAMEN)
                        .call(() -> post(
                                "/api/v1/funds/orders/" + freeze + "/extend",
                                Map.of(
                                        "until",
                                        OffsetDateTime.now(ZoneOffset.UTC)
                                                .plusDays(400)
                                                .withNano(0)
                                                .toString(),
                                        "legalDocument",
                                        "厦公（反诈）延冻字〔2026〕1号"))),
                op("POST /api/v1/funds/orders/{id}/release")
                        .needs(ORDERS_ISSUE)
                        .of(Owner.XIAMEN)
                        .call(() -> post(
                                "/api/v1/funds/orders/" + stopToRelease + "/release",
                                Map.of("reason", "the money was the victim's own"))),
                op("GET /api/v1/funds/assistance")
                        .needs(ORDERS_READ)
                        .of(Owner.XIAMEN_AND_ALIPAY)
                        .list()
                        .call(() -> get("/api/v1/funds/assistance?size=200")),
                op("GET /api/v1/funds/assistance/{id}")
                        .needs(ORDERS_READ)
                        .of(Owner.XIAMEN_AND_ALIPAY)
                        .call(() -> get("/api/v1/funds/assistance/" + assistanceToAnswer)),
                op("POST /api/v1/funds/assistance")
                        .needs(ORDERS_ISSUE)
                        .of(Owner.XIAMEN)
                        .wrongAgencyMay(400)
                        .call(() -> post("/api/v1/funds/assistance", assistanceForm("MX-NEW-1"))
                                .withIdempotencyKey()),
                op("POST /api/v1/funds/assistance/{id}/answer")
                        .needs(ORDERS_EXECUTE)
                        .of(Owner.ALIPAY)
                        .call(() -> post(
                                "/api/v1/funds/assistance/" + assistanceToAnswer + "/answer",
                                Map.of(
                                        "holder",
                                        Map.of("name", "王五", "idNumber", "35020319900101123X", "phone", "13912345678"),
                                        "files",
                                        List.of(Map.of(
                                                "name",
                                                "流水.pdf",
                                                "contentType",
                                                "application/pdf",
                                                "content",
                                                Base64.getEncoder()
                                                        .encodeToString("%PDF-1.4 matrix"
                                                                .getBytes(StandardCharsets.UTF_8))))))),
                op("GET /api/v1/funds/assistance/{id}/files/{position}")
                        .needs(ORDERS_READ)
                        .of(Owner.XIAMEN_AND_ALIPAY)
                        .call(() -> get("/api/v1/funds/assistance/" + assistanceToAnswer + "/files/0")),
                op("POST /api/v1/funds/assistance/{id}/withdraw")
                        .needs(ORDERS_ISSUE)
                        .of(Owner.XIAMEN)
                        .call(() -> post("/api/v1/funds/assistance/" + assistanceToWithdraw + "/withdraw", null)),
                op("GET /api/v1/funds/cases/{caseId}")
                        .needs(CASES_READ)
                        .of(Owner.XIAMEN)
                        .call(() -> get("/api/v1/funds/cases/" + caseA)),
                op("POST /api/v1/funds/recoveries")
                        .needs(ORDERS_ISSUE)
                        .of(Owner.XIAMEN)
                        .call(() -> post("/api/v1/funds/recoveries", Map.of("caseId", caseA, "amount", "50.00"))
                                .withIdempotencyKey()),
                op("PUT /api/v1/funds/webhook")
                        .needs(WEBHOOKS)
                        .call(() ->
                                put("/api/v1/funds/webhook", Map.of("url", "https://hooks.alipay.example/clearsky"))),
                op("GET /api/v1/funds/webhook").needs(WEBHOOKS).call(() -> get("/api/v1/funds/webhook")),
                op("DELETE /api/v1/funds/webhook").needs(WEBHOOKS).call(() -> delete("/api/v1/funds/webhook")),

                // warnings and dissuasion: a partner's decisions, a centre's tasks
                op("POST /api/v1/events")
                        .needs(EVENTS_SEND)
                        .call(() -> post(
                                "/api/v1/events",
                                Map.of(
                                        "events",
                                        List.of(Map.of(
                                                "type",
                                                "call",
                                                "id",
                                                "mx-call-1",
                                                "at",
                                                anHourAgo,
                                                "caller",
                                                "+8617100000777",
                                                "presented",
                                                "+8617100000777",
                                                "callee",
                                                "+8613900000777",
                                                "durationSeconds",
                                                30,
                                                "direction",
                                                "INCOMING",
                                                "route",
                                                "DOMESTIC"))))),
                op("POST /api/v1/transfer-checks")
                        .needs(EVENTS_SEND)
                        .call(() -> post(
                                "/api/v1/transfer-checks",
                                Map.of(
                                        "id",
                                        "mx-pay-1",
                                        "at",
                                        anHourAgo,
                                        "payer",
                                        "alipay:13900000777",
                                        "payerPhone",
                                        "+8613900000777",
                                        "payee",
                                        "alipay:MX-PAYEE-9",
                                        "amount",
                                        "20.00",
                                        "channel",
                                        "MOBILE_APP"))),
                op("GET /api/v1/warnings")
                        .needs(WARNINGS_READ)
                        .of(Owner.ALIPAY)
                        .list()
                        .call(() -> get("/api/v1/warnings?size=500")),
                op("GET /api/v1/warnings/{id}")
                        .needs(WARNINGS_READ)
                        .of(Owner.ALIPAY)
                        .call(() -> get("/api/v1/warnings/" + decisionId)),
                op("GET /api/v1/dissuasion-tasks")
                        .needs(DISSUASION_READ)
                        .of(Owner.XIAMEN)
                        .list()
                        .call(() -> get("/api/v1/dissuasion-tasks?size=500")),
                op("GET /api/v1/dissuasion-tasks/figures")
                        .needs(DISSUASION_READ)
                        .call(() -> get("/api/v1/dissuasion-tasks/figures")),
                op("GET /api/v1/dissuasion-tasks/{id}")
                        .needs(DISSUASION_READ)
                        .of(Owner.XIAMEN)
                        .call(() -> get("/api/v1/dissuasion-tasks/" + taskId)),
                op("POST /api/v1/dissuasion-tasks/{id}/reveal")
                        .needs(DISSUASION_READ, PII_REVEAL)
                        .of(Owner.XIAMEN)
                        .call(() -> post(
                                "/api/v1/dissuasion-tasks/" + taskId + "/reveal",
                                Map.of("reason", "to call the subscriber back"))),
                op("POST /api/v1/dissuasion-tasks/{id}/take")
                        .needs(DISSUASION_WORK)
                        .of(Owner.XIAMEN)
                        .call(() -> post("/api/v1/dissuasion-tasks/" + taskId + "/take", null)),
                op("POST /api/v1/dissuasion-tasks/{id}/outcome")
                        .needs(DISSUASION_WORK)
                        .of(Owner.XIAMEN)
                        .call(() -> post(
                                "/api/v1/dissuasion-tasks/" + taskId + "/outcome",
                                Map.of("outcome", "DISSUADED", "note", "the subscriber did not pay"))),

                // the rules: read by centres, written by admins
                op("GET /api/v1/warning/rules").needs(RULES_READ).call(() -> get("/api/v1/warning/rules")),
                op("GET /api/v1/warning/rules/{version}")
                        .needs(RULES_READ)
                        .call(() -> get("/api/v1/warning/rules/" + rulesVersion)),
                op("POST /api/v1/warning/backtests")
                        .needs(RULES_READ)
                        .call(() -> text(
                                "POST",
                                "/api/v1/warning/backtests?from=" + encode(anHourAgo) + "&to=" + encode(now),
                                "application/yaml",
                                rulesText)),
                op("PUT /api/v1/warning/rules")
                        .needs(RULES_WRITE)
                        .call(() -> text(
                                "PUT",
                                "/api/v1/warning/rules",
                                "application/yaml",
                                rulesText.replaceFirst("(?m)^version:\\s*\\d+", "version: " + (rulesVersion + 1)))),

                // bulletins: published and read by a centre, delivered to a partner's app; tips for anyone
                op("POST /api/v1/bulletins")
                        .needs(BULLETINS_PUBLISH)
                        .of(Owner.XIAMEN)
                        .call(() -> post("/api/v1/bulletins", bulletin("350200"))),
                op("GET /api/v1/bulletins")
                        .needs(BULLETINS_READ)
                        .of(Owner.XIAMEN)
                        .list()
                        .call(() -> get("/api/v1/bulletins?size=500")),
                op("GET /api/v1/bulletins/{id}")
                        .needs(BULLETINS_READ)
                        .of(Owner.XIAMEN)
                        .call(() -> get("/api/v1/bulletins/" + bulletinToRead)),
                op("POST /api/v1/bulletins/{id}/withdraw")
                        .needs(BULLETINS_PUBLISH)
                        .of(Owner.XIAMEN)
                        .call(() -> post("/api/v1/bulletins/" + bulletinToWithdraw + "/withdraw", null)),
                op("POST /api/v1/bulletins/deliveries")
                        .needs(BULLETINS_DELIVER)
                        .call(() -> post(
                                        "/api/v1/bulletins/deliveries",
                                        Map.of("subscriber", "matrix-subscriber", "regionCode", "350203"))
                                .withIdempotencyKey()),
                op("POST /api/v1/bulletins/{id}/reads")
                        .needs(BULLETINS_DELIVER)
                        .call(() -> post(
                                "/api/v1/bulletins/" + bulletinToRead + "/reads",
                                Map.of("subscriber", "matrix-subscriber"))),
                op("GET /api/v1/tips").open().call(() -> get("/api/v1/tips")),
                op("GET /api/v1/tips/{scamType}").open().call(() -> get("/api/v1/tips/FAKE_INVESTMENT")),

                // the audit trail
                op("GET /api/v1/audit").needs(AUDIT_READ).call(() -> get("/api/v1/audit")),
                op("GET /api/v1/audit/verify").needs(AUDIT_READ).call(() -> get("/api/v1/audit/verify")));
    }

    /** Who may call an operation: anyone, any authenticated caller, or a caller with permissions. */
    enum Access {
        PUBLIC,
        AUTHENTICATED,
        PERMISSION
    }

    /** Whose resource an operation's path or body names; NONE for national data and one's own settings. */
    enum Owner {
        NONE,
        XIAMEN,
        FUZHOU,
        ALIPAY,
        XIAMEN_AND_ALIPAY
    }

    /** One operation of the table and how to call it. */
    static final class Row {
        final String operation;
        Access access = Access.PERMISSION;
        Set<Permission> needs = Set.of();
        Owner owner = Owner.NONE;
        boolean list;
        Supplier<Set<String>> shared = Set::of;
        Set<Integer> wrongAgencyMay = Set.of();

        @Nullable
        Supplier<Who> by;

        Supplier<Call> call = () -> {
            throw new IllegalStateException("no call");
        };

        Row(String operation) {
            this.operation = operation;
        }

        String operation() {
            return operation;
        }

        Row open() {
            access = Access.PUBLIC;
            return this;
        }

        Row anyCaller() {
            access = Access.AUTHENTICATED;
            return this;
        }

        Row needs(Permission... permissions) {
            access = Access.PERMISSION;
            needs = Set.of(permissions);
            return this;
        }

        Row of(Owner whose) {
            owner = whose;
            return this;
        }

        /** The wrong agency gets the list too, but none of the right one's items. */
        Row list() {
            list = true;
            return this;
        }

        /** Items both sides may list (a case referred to the other centre). */
        Row sharing(Supplier<Set<String>> ids) {
            shared = ids;
            return this;
        }

        Row by(Supplier<Who> who) {
            by = who;
            return this;
        }

        /** A status the wrong agency may get besides 403 and 404: a 400 naming the other centre's case. */
        Row wrongAgencyMay(Integer... statuses) {
            wrongAgencyMay = Set.of(statuses);
            return this;
        }

        Row call(Supplier<Call> how) {
            call = how;
            return this;
        }
    }

    /** A request: method, path with its query, body and its content type. */
    record Call(String method, String path, @Nullable Object body, String contentType, boolean idempotent) {
        Call withIdempotencyKey() {
            return new Call(method, path, body, contentType, true);
        }
    }

    private static Row op(String operation) {
        return new Row(operation);
    }

    private static Call get(String path) {
        return new Call("GET", path, null, "application/json", false);
    }

    private static Call post(String path, @Nullable Object body) {
        return new Call("POST", path, body, "application/json", false);
    }

    private static Call put(String path, Object body) {
        return new Call("PUT", path, body, "application/json", false);
    }

    private static Call delete(String path) {
        return new Call("DELETE", path, null, "application/json", false);
    }

    private static Call text(String method, String path, String contentType, String body) {
        return new Call(method, path, body, contentType, false);
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
    }

    // --- building the world -------------------------------------------------------------------------------------

    /** Waits for the demo world: its keys, then its last story, a payment held and Xiamen's task to call. */
    private void awaitTheDemo(Auth adminAuth) throws InterruptedException {
        Path credentials = dataDir().resolve("demo-credentials.txt");
        await(() -> Files.exists(credentials));
        await(() -> api.get("/api/v1/dissuasion-tasks?priority=HIGH", adminAuth)
                        .json()
                        .get("total")
                        .asLong()
                > 0);
        await(() -> api.get("/api/v1/funds/assistance", adminAuth)
                        .json()
                        .get("total")
                        .asLong()
                > 0);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the demo world did not load within 4 minutes");
            }
            Thread.sleep(250);
        }
    }

    /** Creates a person with a one-time password, replaces it, and returns their login. */
    private Who person(String username, Role role, long agencyId, String agency) {
        String oneTime = created(api.post(
                        "/api/v1/users",
                        admin.auth(),
                        Map.of("username", username, "role", role, "agencyId", agencyId)))
                .get("oneTimePassword")
                .asText();
        Answer changed = api.post(
                "/api/v1/me/password",
                Auth.basic(username, oneTime),
                Map.of("currentPassword", oneTime, "newPassword", PASSWORD));
        assertThat(changed.status()).as(changed.text()).isEqualTo(204);
        return new Who(username, Auth.basic(username, PASSWORD), role, agency, role.permissions());
    }

    private static Map<String, Object> bulletin(String region) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8)).withNano(0);
        return Map.of(
                "regionCode",
                region,
                "scamType",
                "BRUSHING_REBATE",
                "titleZh",
                "警惕刷单返利诈骗",
                "titleEn",
                "Beware of part-time-job scams",
                "bodyZh",
                "凡是要求先垫付的兼职都是诈骗。",
                "bodyEn",
                "Any job that asks you to pay first is a scam.",
                "startsAt",
                now.minusMinutes(1).toString(),
                "endsAt",
                now.plusDays(1).toString());
    }

    private static JsonNode created(Answer answer) {
        assertThat(answer.status()).as(answer.text()).isIn(200, 201);
        return answer.json();
    }

    /** Files a report of a Xiamen victim that links to nothing, and waits until it is in its own cluster. */
    private long report(String phone) throws InterruptedException {
        long id = created(api.post(
                        "/api/v1/reports",
                        Auth.none(),
                        reportForm(phone),
                        Map.of("Idempotency-Key", UUID.randomUUID().toString())))
                .get("reportId")
                .asLong();
        await(() -> api.get("/api/v1/clusters/" + id, admin.auth()).status() == 200);
        return id;
    }

    private static Map<String, Object> reportForm(String phone) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("occurredAt", "2026-11-20T14:30:00+08:00");
        report.put("scamType", "FAKE_CUSTOMER_SERVICE");
        report.put("loss", Map.of("amount", "800.00", "currency", "CNY"));
        report.put("paymentMethod", "BANK_TRANSFER");
        report.put(
                "identifiers",
                List.of(Map.of("kind", "URL", "value", "https://mx-" + UUID.randomUUID() + ".cn/refund")));
        report.put("region", "350203");
        report.put("narrative", "对方自称客服，说要退款，让我转账。");
        report.put("reporter", Map.of("name", "张三", "phone", phone));
        return report;
    }

    private static Map<String, Object> batchReport() {
        Map<String, Object> report = reportForm("13800000198");
        report.put("idempotencyKey", "mx-batch-1");
        return report;
    }

    private Map<String, Object> orderForm(String kind, String account, @Nullable Long follows) {
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("kind", kind);
        order.put("legalDocument", "厦公（反诈）" + (kind.equals("FREEZE") ? "冻结" : "止付") + "字〔2026〕" + account);
        order.put("account", account);
        order.put("institution", "alipay");
        order.put("amount", "100.00");
        order.put("caseId", caseA);
        if (follows != null) {
            order.put("followsOrderId", follows);
        }
        return order;
    }

    private long order(Auth centre, String kind, String account, @Nullable Long follows) {
        return created(api.post(
                        "/api/v1/funds/orders",
                        centre,
                        orderForm(kind, account, follows),
                        Map.of("Idempotency-Key", UUID.randomUUID().toString())))
                .get("id")
                .asLong();
    }

    private void acknowledge(long order) {
        created(api.post(
                "/api/v1/funds/orders/" + order + "/acknowledge", alipay.auth(), Map.of("executed", "100.00")));
    }

    private Map<String, Object> assistanceForm(String account) {
        return Map.of(
                "partner",
                "alipay",
                "subjectKind",
                "ACCOUNT",
                "subject",
                account,
                "asks",
                List.of("HOLDER"),
                "caseId",
                caseA);
    }

    private long assistance(Auth centre, String account) {
        return created(api.post(
                        "/api/v1/funds/assistance",
                        centre,
                        assistanceForm(account),
                        Map.of("Idempotency-Key", UUID.randomUUID().toString())))
                .get("id")
                .asLong();
    }
}
