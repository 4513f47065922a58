package io.clearsky.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearsky.server.TestApi.Auth;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Throws malformed input at every operation of the app's own OpenAPI document, as an admin, a police centre's key
 * and a partner's key: bodies that are not JSON or not the JSON the operation takes, each field with a value of the
 * wrong type, huge and odd strings (NUL, a right-to-left override, emoji, four-byte characters), negative and huge
 * numbers, impossible dates, bad path variables and query parameters, the wrong content type.
 *
 * <p>Never a 5xx; every 4xx is problem+json; and a request that breaks the operation's schema (a value of the wrong
 * type, an unknown enum constant, an impossible date, a body that is not JSON) is never accepted. Values that fit
 * the schema but may still be nonsense (a huge or odd string, a negative amount) may be accepted where the operation
 * has no rule against them; those acceptances are written to {@code target/<test class>-accepted.txt} for review.
 * The generator is seeded ({@code -Dclearsky.fuzz.seed=...}, default 7), so a failure reproduces. Subclasses choose
 * the database: text PostgreSQL refuses (a NUL character) is stored by H2 without complaint.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "clearsky.demo.enabled=false",
            "clearsky.security.rate-limits.per-user-per-minute=1000000",
            "clearsky.reports.per-address-per-hour=1000000",
            "clearsky.reports.per-reporter-per-day=1000000",
            "clearsky.reports.lookups-per-address-per-hour=1000000"
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MalformedInputIntegrationTests {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final long SEED = Long.getLong("clearsky.fuzz.seed", 7);

    /** Strings that fit a string field yet are odd: each must be refused or stored, never a 5xx. */
    private static final List<String> ODD_STRINGS = List.of(
            "",
            "   ",
            "nul\u0000in the middle",
            "\u202Egnp.exe", // right-to-left override
            "😀🙃💸",
            "𠜎𠜱𠝹𠱓", // four-byte CJK
            "e\u0301\u0301\u0301", // stacked combining marks
            "\uFEFFbom",
            "line\r\nbreak",
            "'; DROP TABLE indicators; --",
            "<script>alert(1)</script>",
            "%00%0d%0a",
            "${jndi:ldap://x}",
            "１２３４５６", // full-width digits
            "\uD800"); // a lone surrogate

    /** bcrypt at its lowest cost: the admin's thousands of requests each check a password. */
    @TestConfiguration(proxyBeanMethods = false)
    static class CheapPasswords {

        @Bean
        @Primary
        PasswordEncoder cheapPasswords() {
            return new BCryptPasswordEncoder(4);
        }
    }

    /** The data directory of this test class's server. */
    abstract Path dataDir();

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Random random = new Random(SEED);
    private final List<String> failures = new ArrayList<>();
    private final List<String> acceptedOdd = new ArrayList<>();
    private Map<String, Auth> callers;
    private JsonNode openApi;
    private int sent;

    @BeforeAll
    void setUp() throws IOException {
        TestApi api = new TestApi(port);
        Auth admin = api.firstAdmin(dataDir());
        long centre = api.agency(admin, "xm-afc", "POLICE_CENTRE", "厦门市反诈骗中心", "Xiamen AFC", "350200");
        long partner = api.agency(admin, "pay-co", "PARTNER", "支付公司", "PayCo", null);
        // key 1 is a spare: an operation given path id 1 (revoke, rotate) may end it without ending the test's keys
        api.issueKey(admin, partner);
        callers = new LinkedHashMap<>();
        callers.put("police", api.issueKey(admin, centre));
        callers.put("partner", api.issueKey(admin, partner));
        callers.put("admin", admin); // last: an admin's garbage may reach further than a key's
        openApi = JSON.readTree(api.get("/v3/api-docs", Auth.none()).text());
    }

    @Test
    void noOperationAnswersMalformedInputWithA5xxOrAcceptsInputThatBreaksItsSchema() throws IOException {
        List<Operation> operations = operations();
        assertThat(operations).as("operations in /v3/api-docs").hasSizeGreaterThan(50);
        List<String> timings = new ArrayList<>();
        for (Map.Entry<String, Auth> caller : callers.entrySet()) {
            for (Operation operation : operations) {
                long start = System.nanoTime();
                List<Case> cases = cases(operation);
                for (Case c : cases) {
                    send(caller.getKey(), caller.getValue(), operation, c);
                }
                timings.add(caller.getKey() + " " + operation + ": " + cases.size() + " cases, "
                        + (System.nanoTime() - start) / 1_000_000 + " ms");
            }
        }
        String name = getClass().getSimpleName();
        Path report = Path.of("target", name + "-accepted.txt");
        Files.createDirectories(report.getParent());
        Files.write(report, String.join("\n", acceptedOdd).getBytes(StandardCharsets.UTF_8));
        Files.write(
                Path.of("target", name + "-failures.txt"),
                String.join("\n", failures).getBytes(StandardCharsets.UTF_8));
        Files.write(
                Path.of("target", name + "-timings.txt"),
                String.join("\n", timings).getBytes(StandardCharsets.UTF_8));
        System.out.println("malformed input: seed " + SEED + ", " + operations.size() + " operations, " + sent
                + " requests, " + acceptedOdd.size() + " odd but schema-valid inputs accepted (" + report + ")");
        assertThat(failures).as("seed " + SEED).isEmpty();
    }

    /** One operation of the OpenAPI document. */
    record Operation(String method, String path, JsonNode spec) {

        List<JsonNode> parameters(String in) {
            List<JsonNode> found = new ArrayList<>();
            spec.path("parameters").forEach(p -> {
                if (in.equals(p.path("in").asText())) {
                    found.add(p);
                }
            });
            return found;
        }

        String bodyType() {
            JsonNode content = spec.path("requestBody").path("content");
            return content.isObject() && !content.isEmpty()
                    ? content.propertyNames().iterator().next()
                    : null;
        }

        JsonNode bodySchema() {
            JsonNode content = spec.path("requestBody").path("content");
            return bodyType() == null ? null : content.path(bodyType()).path("schema");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /**
     * A malformed request: path variables, query parameters, a body and its content type.
     *
     * @param breaksSchema whether the request breaks the operation's schema, so must not be accepted
     */
    record Case(
            String what,
            Map<String, String> pathValues,
            Map<String, String> query,
            String contentType,
            byte[] body,
            boolean breaksSchema) {}

    private List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        openApi.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(method -> {
                    if (List.of("get", "post", "put", "delete", "patch").contains(method.getKey())) {
                        operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), method.getValue()));
                    }
                }));
        return operations;
    }

    private List<Case> cases(Operation operation) {
        List<Case> cases = new ArrayList<>();
        Map<String, String> goodPath = new LinkedHashMap<>();
        for (JsonNode p : operation.parameters("path")) {
            goodPath.put(p.path("name").asText(), plausibleText(p.path("name").asText(), schema(p.path("schema"))));
        }
        Map<String, String> noQuery = Map.of();
        String bodyType = operation.bodyType();
        JsonNode bodySchema = schema(operation.bodySchema());
        byte[] goodBody = bodySchema == null ? null : bytes(skeleton(bodySchema, "", 0));

        // path variables
        for (JsonNode p : operation.parameters("path")) {
            String name = p.path("name").asText();
            JsonNode schema = schema(p.path("schema"));
            boolean typed = isTyped(schema);
            for (String bad : badScalars(schema)) {
                Map<String, String> values = new LinkedHashMap<>(goodPath);
                values.put(name, bad);
                cases.add(new Case("path " + name + "=" + abbreviate(bad), values, noQuery, bodyType, goodBody, typed));
            }
            for (String odd : ODD_STRINGS) {
                if (odd.isEmpty()) {
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>(goodPath);
                values.put(name, odd);
                // digits of another script (full-width １２３) are digits to Java, and read as the number they are
                boolean digits = odd.codePoints().allMatch(Character::isDigit);
                cases.add(new Case("path " + name + " odd", values, noQuery, bodyType, goodBody, typed && !digits));
            }
        }
        // query parameters, one at a time
        for (JsonNode p : operation.parameters("query")) {
            String name = p.path("name").asText();
            JsonNode schema = schema(p.path("schema"));
            boolean typed = isTyped(schema);
            for (String bad : badScalars(schema)) {
                cases.add(new Case(
                        "query " + name + "=" + abbreviate(bad),
                        goodPath,
                        Map.of(name, bad),
                        bodyType,
                        goodBody,
                        typed));
            }
            for (String odd : ODD_STRINGS) {
                cases.add(new Case("query " + name + " odd", goodPath, Map.of(name, odd), bodyType, goodBody, false));
            }
        }
        if (bodyType == null) {
            // no body declared: one is sent anyway, and must be ignored or refused, never a 5xx
            cases.add(new Case("unexpected body", goodPath, noQuery, "application/json", bytes("{\"x\":1}"), false));
            return cases;
        }
        boolean json = bodyType.contains("json");
        // bodies that are not JSON, or not the JSON the operation takes
        if (json) {
            for (String notJson : List.of("not json", "{", "{\"a\":}", "<xml/>", "[1,2", "{\"a\":1}}", "\u0000")) {
                cases.add(new Case("body " + abbreviate(notJson), goodPath, noQuery, bodyType, bytes(notJson), true));
            }
            cases.add(new Case(
                    "body not UTF-8",
                    goodPath,
                    noQuery,
                    bodyType,
                    new byte[] {(byte) 0xFF, (byte) 0xFE, '{', '}'},
                    true));
            String schemaType = bodySchema.path("type").asText();
            if (schemaType.equals("object")) {
                for (String wrong : List.of("[]", "\"text\"", "42", "true")) {
                    cases.add(new Case("body " + wrong, goodPath, noQuery, bodyType, bytes(wrong), true));
                }
            }
            cases.add(new Case("body empty", goodPath, noQuery, bodyType, new byte[0], false));
            cases.add(new Case("body null", goodPath, noQuery, bodyType, bytes("null"), false));
            cases.add(new Case("body {}", goodPath, noQuery, bodyType, bytes("{}"), false));
            cases.add(new Case("body plausible", goodPath, noQuery, bodyType, goodBody, false));
            cases.add(new Case("body as text/plain", goodPath, noQuery, "text/plain", goodBody, true));
            cases.add(new Case("body without a content type", goodPath, noQuery, null, goodBody, true));
            fieldCases(bodySchema, goodPath, bodyType, cases);
        } else {
            // uploads (CSV, multipart): garbage bytes, an empty body, a JSON body
            cases.add(new Case("upload empty", goodPath, noQuery, bodyType, new byte[0], false));
            cases.add(new Case("upload garbage", goodPath, noQuery, bodyType, randomBytes(2048), false));
            cases.add(new Case("upload JSON", goodPath, noQuery, "application/json", bytes("{\"a\":1}"), false));
        }
        return cases;
    }

    /** For each field of the body (and of the first item of a list of objects), the field with wrong values. */
    private void fieldCases(JsonNode bodySchema, Map<String, String> path, String type, List<Case> cases) {
        ObjectNode skeleton = skeleton(bodySchema, "", 0) instanceof ObjectNode o ? o : null;
        if (skeleton == null) {
            return;
        }
        forEachField(bodySchema, skeleton, "", 0, (where, setter, schema) -> {
            for (JsonNode wrong : wrongTypes(schema)) {
                setter.set(wrong);
                cases.add(new Case(
                        "field " + where + "=" + abbreviate(wrong.toString()),
                        path,
                        Map.of(),
                        type,
                        bytes(skeleton),
                        true));
            }
            for (JsonNode odd : oddValues(schema, where)) {
                setter.set(odd);
                cases.add(new Case(
                        "field " + where + "=" + abbreviate(odd.toString()),
                        path,
                        Map.of(),
                        type,
                        bytes(skeleton),
                        false));
            }
            setter.set(null);
            cases.add(new Case("field " + where + " missing", path, Map.of(), type, bytes(skeleton), false));
            setter.restore();
        });
    }

    interface FieldVisitor {
        void visit(String where, Setter setter, JsonNode schema);
    }

    /** Sets one field of a skeleton body to a value (null: removes it), and puts the original back. */
    static final class Setter {
        private final ObjectNode owner;
        private final String name;
        private final JsonNode original;

        Setter(ObjectNode owner, String name) {
            this.owner = owner;
            this.name = name;
            this.original = owner.get(name);
        }

        void set(JsonNode value) {
            if (value == null) {
                owner.remove(name);
            } else {
                owner.set(name, value);
            }
        }

        void restore() {
            set(original);
        }
    }

    private void forEachField(JsonNode schema, ObjectNode node, String prefix, int depth, FieldVisitor visitor) {
        if (depth > 2) {
            return;
        }
        schema.path("properties").properties().forEach(property -> {
            String name = property.getKey();
            JsonNode fieldSchema = schema(property.getValue());
            String where = prefix + name;
            visitor.visit(where, new Setter(node, name), fieldSchema);
            JsonNode value = node.get(name);
            if (value instanceof ObjectNode child
                    && "object".equals(fieldSchema.path("type").asText())) {
                forEachField(fieldSchema, child, where + ".", depth + 1, visitor);
            } else if (value instanceof ArrayNode list && !list.isEmpty() && list.get(0) instanceof ObjectNode item) {
                forEachField(schema(fieldSchema.path("items")), item, where + "[0].", depth + 1, visitor);
            }
        });
    }

    private void send(String callerName, Auth auth, Operation operation, Case c) {
        String path = operation.path();
        for (Map.Entry<String, String> value : c.pathValues().entrySet()) {
            path = path.replace("{" + value.getKey() + "}", encode(value.getValue()));
        }
        StringBuilder query = new StringBuilder();
        c.query()
                .forEach((name, value) -> query.append(query.isEmpty() ? "?" : "&")
                        .append(encode(name))
                        .append('=')
                        .append(encode(value)));
        String where = callerName + " " + operation + " [" + c.what() + "]";
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path + query))
                    .timeout(Duration.ofSeconds(60))
                    .header(auth.header(), auth.value());
        } catch (IllegalArgumentException e) {
            return; // a URI the client itself refuses to send
        }
        if (c.contentType() != null) {
            request.header("Content-Type", c.contentType());
        }
        request.method(
                operation.method(),
                c.body() == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(c.body()));
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            failures.add(where + ": no answer (" + e + ")");
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        sent++;
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse("");
        String body = abbreviate(response.body());
        if (status >= 500) {
            failures.add(where + ": " + status + " " + body);
        } else if (status >= 400 && !type.startsWith("application/problem+json")) {
            failures.add(where + ": " + status + " not problem+json (" + type + ") " + body);
        } else if (status >= 400 && (body.contains("Exception") || body.contains("\tat "))) {
            failures.add(where + ": " + status + " leaks an exception: " + body);
        } else if (status < 300 && c.breaksSchema()) {
            failures.add(where + ": accepted (" + status + ") " + body);
        } else if (status < 300 && !c.what().equals("body plausible")) {
            acceptedOdd.add(where + ": " + status);
        }
    }

    // ---- values

    private JsonNode schema(JsonNode schema) {
        if (schema == null) {
            return null;
        }
        String ref = schema.path("$ref").asText("");
        if (ref.startsWith("#/components/schemas/")) {
            return openApi.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
        }
        if (schema.has("allOf") && schema.path("allOf").size() == 1) {
            return schema(schema.path("allOf").get(0));
        }
        return schema;
    }

    private static boolean isTyped(JsonNode schema) {
        String type = schema.path("type").asText();
        String format = schema.path("format").asText();
        return type.equals("integer")
                || type.equals("number")
                || type.equals("boolean")
                || schema.has("enum")
                || format.equals("date-time")
                || format.equals("date");
    }

    /** Texts that do not fit a scalar parameter of this schema (none for a plain string). */
    private List<String> badScalars(JsonNode schema) {
        String type = schema.path("type").asText();
        String format = schema.path("format").asText();
        if (type.equals("integer") || type.equals("number")) {
            // not "0x10": Spring's conversion reads it as the hexadecimal 16, a number all the same
            return List.of("abc", "1.5e", "99999999999999999999999", "--1", "NaN", "1,2");
        }
        if (type.equals("boolean")) {
            return List.of("maybe", "2");
        }
        if (schema.has("enum")) {
            return List.of("NOT_A_VALUE"); // not "": an empty optional parameter is an absent one
        }
        if (format.equals("date-time")) {
            return List.of("yesterday", "2025-02-30T00:00:00Z", "2025-01-31T25:61:00Z", "99999-01-01T00:00:00Z");
        }
        if (format.equals("date")) {
            return List.of("2025-13-01", "31/01/2025");
        }
        return List.of();
    }

    /** JSON values of the wrong type for a field of this schema: each must be refused. */
    private List<JsonNode> wrongTypes(JsonNode schema) {
        String type = schema.path("type").asText();
        String format = schema.path("format").asText();
        ObjectNode object = NODES.objectNode().put("nested", 1);
        ArrayNode array = NODES.arrayNode().add(1).add("two");
        List<JsonNode> wrong = new ArrayList<>();
        switch (type) {
            case "integer", "number" -> {
                wrong.add(NODES.textNode("abc"));
                wrong.add(object);
                wrong.add(array);
                if (type.equals("integer")) {
                    wrong.add(NODES.numberNode(new java.math.BigInteger("99999999999999999999999999")));
                }
            }
            case "boolean" -> {
                wrong.add(NODES.textNode("maybe"));
                wrong.add(object);
            }
            case "array" -> {
                wrong.add(object);
                wrong.add(NODES.textNode("not a list"));
            }
            case "object" -> {
                if (schema.has("properties")) {
                    wrong.add(array);
                    wrong.add(NODES.textNode("not an object"));
                }
            }
            case "string" -> {
                wrong.add(object);
                wrong.add(array);
                if (schema.has("enum")) {
                    wrong.add(NODES.textNode("NOT_A_VALUE"));
                }
                if (format.equals("date-time")) {
                    wrong.add(NODES.textNode("yesterday"));
                    wrong.add(NODES.textNode("2025-02-30T10:00:00Z"));
                }
                if (format.equals("date")) {
                    wrong.add(NODES.textNode("2025-13-01"));
                }
            }
            default -> {}
        }
        return wrong;
    }

    /** Values that fit the field's type but are odd: each must be refused or accepted, never a 5xx. */
    private List<JsonNode> oddValues(JsonNode schema, String where) {
        String type = schema.path("type").asText();
        List<JsonNode> odd = new ArrayList<>();
        odd.add(NODES.nullNode());
        switch (type) {
            case "integer", "number" -> {
                odd.add(NODES.numberNode(-1));
                odd.add(NODES.numberNode(0));
                odd.add(NODES.numberNode(Long.MAX_VALUE));
                odd.add(NODES.numberNode(Long.MIN_VALUE));
                odd.add(NODES.numberNode(Integer.MAX_VALUE + 1L));
                if (type.equals("number")) {
                    odd.add(NODES.numberNode(1e308));
                    odd.add(NODES.numberNode(-0.000001));
                }
            }
            case "string" -> {
                if (!schema.has("enum")) {
                    odd.add(NODES.textNode("x".repeat(100_000)));
                    odd.add(NODES.textNode(ODD_STRINGS.get(random.nextInt(ODD_STRINGS.size()))));
                    odd.add(NODES.textNode("\u0000"));
                    odd.add(NODES.textNode(randomUnicode(40)));
                }
            }
            case "array" -> {
                odd.add(NODES.arrayNode());
                ArrayNode many = NODES.arrayNode();
                JsonNode item = skeleton(schema(schema.path("items")), where, 1);
                for (int i = 0; i < 1_001; i++) {
                    many.add(item);
                }
                odd.add(many);
            }
            default -> {}
        }
        return odd;
    }

    /** A plausible value for a schema, so that a case's one wrong field is what the operation meets. */
    private JsonNode skeleton(JsonNode schema, String name, int depth) {
        if (schema == null || depth > 4) {
            return NODES.nullNode();
        }
        if (schema.has("example") && !schema.path("example").isNull()) {
            return schema.path("example");
        }
        if (schema.has("enum")) {
            return schema.path("enum").get(0);
        }
        String type = schema.path("type").asText();
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                schema.path("properties")
                        .properties()
                        .forEach(p -> object.set(p.getKey(), skeleton(schema(p.getValue()), p.getKey(), depth + 1)));
                return object;
            }
            case "array" -> {
                return NODES.arrayNode().add(skeleton(schema(schema.path("items")), name, depth + 1));
            }
            case "integer" -> {
                return NODES.numberNode(1);
            }
            case "number" -> {
                return NODES.numberNode(100.5);
            }
            case "boolean" -> {
                return NODES.booleanNode(true);
            }
            case "string" -> {
                return NODES.textNode(plausibleText(name, schema));
            }
            default -> {
                return NODES.objectNode();
            }
        }
    }

    private static String plausibleText(String name, JsonNode schema) {
        String format = schema == null ? "" : schema.path("format").asText();
        String lower = name.toLowerCase();
        if (format.equals("date-time")) {
            return "2025-01-31T08:00:00Z";
        }
        if (format.equals("date")) {
            return "2025-01-31";
        }
        if (schema != null && schema.path("type").asText().equals("integer")) {
            return "1";
        }
        if (lower.contains("phone") || lower.contains("caller") || lower.contains("number")) {
            return "+8613800138000";
        }
        if (lower.contains("region") || lower.contains("area")) {
            return "350200";
        }
        if (lower.contains("url") || lower.contains("link")) {
            return "https://example.com/pay";
        }
        if (lower.contains("account")) {
            return "6222020200112233445";
        }
        if (lower.contains("institution")) {
            return "ICBC";
        }
        if (lower.contains("currency")) {
            return "CNY";
        }
        return "x";
    }

    private String randomUnicode(int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            int codePoint = random.nextInt(0x10FFFF + 1);
            if (codePoint < 0xD800 || codePoint > 0xDFFF) {
                text.appendCodePoint(codePoint);
            }
        }
        return text.toString();
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] bytes(Object body) {
        return (body instanceof String s ? s : JSON.writeValueAsString(body)).getBytes(StandardCharsets.UTF_8);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String text) {
        String flat = text.replace('\n', ' ').replace('\r', ' ');
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }
}
