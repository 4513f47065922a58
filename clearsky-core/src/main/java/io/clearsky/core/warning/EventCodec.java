package io.clearsky.core.warning;

import io.clearsky.core.IsoTimes;
import io.clearsky.core.identifier.InvalidIdentifierException;
import io.clearsky.core.identifier.PhoneNumbers;
import io.clearsky.core.identifier.Urls;
import io.clearsky.core.indicator.ScamType;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Events and decisions as JSON, version {@value RiskEvent#VERSION}: what partners send over HTTP or to Kafka, and
 * what the Flink job writes back. Reading checks every field and puts identifiers in canonical form; a problem
 * names its field.
 *
 * <pre>{@code
 * {"v":1,"type":"call","id":"op-1","at":"2026-11-29T08:00:00Z","caller":"+8617012345678",
 *  "presented":"+86110","callee":"+8613912345678","durationSeconds":184,"direction":"INCOMING","route":"VOIP"}
 * {"v":1,"type":"sms","id":"op-2","at":"…","sender":"…","recipient":"…","urls":["https://…"],"text":"…"}
 * {"v":1,"type":"link-visit","id":"app-3","at":"…","subscriber":"…","url":"https://…"}
 * {"v":1,"type":"app-install","id":"app-4","at":"…","subscriber":"…","app":"com.tencent.wemeet"}
 * {"v":1,"type":"transfer-attempt","id":"pay-5","at":"…","payer":"alipay:2088…","payerPhone":"…",
 *  "payee":"6222…","amount":"12000.00","channel":"MOBILE_APP","region":"350203"}
 * }</pre>
 */
public final class EventCodec {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern ID = Pattern.compile("[\\x21-\\x7E]{1,128}");
    private static final Pattern REGION = Pattern.compile("\\d{6}");
    private static final Pattern LINK_IN_TEXT =
            Pattern.compile("https?://[^\\s\"'<>，。！？、）)]+", Pattern.CASE_INSENSITIVE);
    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");
    private static final int MAX_TEXT = 2_000;
    private static final int MAX_URLS = 20;
    private static final int MAX_APP = 256;
    private static final int MAX_DURATION = 86_400;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

    private EventCodec() {}

    /** Reads one event from JSON text. */
    public static RiskEvent read(String json) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new InvalidEventException("event", "not readable JSON: " + e.getOriginalMessage());
        }
        return read(node, "");
    }

    /**
     * Reads one event from a JSON object.
     *
     * @param path the event's place in the request, e.g. {@code events[3]}, prefixed to the field of a problem
     */
    public static RiskEvent read(JsonNode node, String path) {
        Fields f = new Fields(node, path);
        if (!node.isObject()) {
            throw new InvalidEventException(f.name(null), "an event object");
        }
        JsonNode version = node.get("v");
        if (version != null
                && !(version.isIntegralNumber()
                        && version.canConvertToInt()
                        && version.intValue() == RiskEvent.VERSION)) {
            throw new InvalidEventException(f.name("v"), "event version " + RiskEvent.VERSION + " is the one read");
        }
        String type = f.text("type", 32);
        String id = f.text("id", 128);
        if (!ID.matcher(id).matches()) {
            throw new InvalidEventException(f.name("id"), "1 to 128 printable ASCII characters, no spaces");
        }
        Instant at = f.instant("at");
        return switch (type) {
            case "call" -> {
                String presented = f.phone("presented");
                String caller = node.hasNonNull("caller") ? f.phone("caller") : presented;
                yield new CallEvent(
                        id,
                        at,
                        caller,
                        presented,
                        f.phone("callee"),
                        f.integer("durationSeconds", 0, MAX_DURATION),
                        f.optionalEnum("direction", CallDirection.class, CallDirection.INCOMING),
                        f.requiredEnum("route", CallRoute.class));
            }
            case "sms" -> {
                String text = f.optionalText("text", MAX_TEXT);
                yield new SmsEvent(id, at, f.phone("sender"), f.phone("recipient"), f.urls(text), text);
            }
            case "link-visit" -> new LinkVisitEvent(id, at, f.phone("subscriber"), f.url("url"));
            case "app-install" -> new AppInstallEvent(id, at, f.phone("subscriber"), f.text("app", MAX_APP));
            case "transfer-attempt" -> {
                String payerPhone = node.hasNonNull("payerPhone") ? f.phone("payerPhone") : null;
                String region = f.optionalText("region", 6);
                if (region != null && !REGION.matcher(region).matches()) {
                    throw new InvalidEventException(f.name("region"), "a GB/T 2260 code of six digits, e.g. 350203");
                }
                yield new TransferAttempt(
                        id,
                        at,
                        f.account("payer"),
                        payerPhone,
                        f.account("payee"),
                        f.amountFen("amount"),
                        f.optionalEnum("channel", Channel.class, Channel.OTHER),
                        region);
            }
            default ->
                throw new InvalidEventException(
                        f.name("type"), "one of call, sms, link-visit, app-install, transfer-attempt");
        };
    }

    /**
     * The links in a message's text, canonical, in order of first appearance, at most {@value #MAX_URLS}: what a
     * {@code sms} event's {@code urls} get from its {@code text}. A link that does not parse is left out.
     */
    public static List<String> linksIn(String text) {
        Set<String> urls = new LinkedHashSet<>();
        addLinks(text, urls);
        return List.copyOf(urls);
    }

    private static void addLinks(String text, Set<String> urls) {
        Matcher matcher = LINK_IN_TEXT.matcher(text);
        while (matcher.find() && urls.size() < MAX_URLS) {
            try {
                urls.add(Urls.parse(matcher.group()).url());
            } catch (InvalidIdentifierException e) {
                // not a link we can check
            }
        }
    }

    /** An event as a JSON object, in canonical form. */
    public static ObjectNode toNode(RiskEvent event) {
        ObjectNode node = JSON.createObjectNode();
        node.put("v", RiskEvent.VERSION);
        node.put("type", event.type());
        node.put("id", event.id());
        node.put("at", event.at().toString());
        if (event instanceof CallEvent call) {
            node.put("caller", call.caller());
            node.put("presented", call.presented());
            node.put("callee", call.callee());
            node.put("durationSeconds", call.durationSeconds());
            node.put("direction", call.direction().name());
            node.put("route", call.route().name());
        } else if (event instanceof SmsEvent sms) {
            node.put("sender", sms.sender());
            node.put("recipient", sms.recipient());
            ArrayNode urls = node.putArray("urls");
            sms.urls().forEach(urls::add);
            if (sms.text() != null) {
                node.put("text", sms.text());
            }
        } else if (event instanceof LinkVisitEvent visit) {
            node.put("subscriber", visit.subscriber());
            node.put("url", visit.url());
        } else if (event instanceof AppInstallEvent install) {
            node.put("subscriber", install.subscriber());
            node.put("app", install.app());
        } else if (event instanceof TransferAttempt transfer) {
            node.put("payer", transfer.payer());
            if (transfer.payerPhone() != null) {
                node.put("payerPhone", transfer.payerPhone());
            }
            node.put("payee", transfer.payee());
            node.put("amount", Money.yuan(transfer.amountFen()));
            node.put("channel", transfer.channel().name());
            if (transfer.region() != null) {
                node.put("region", transfer.region());
            }
        }
        return node;
    }

    /** An event as one line of JSON. */
    public static String write(RiskEvent event) {
        return JSON.writeValueAsString(toNode(event));
    }

    /** A decision as a JSON object. */
    public static ObjectNode toNode(Decision decision) {
        ObjectNode node = JSON.createObjectNode();
        node.put("v", RiskEvent.VERSION);
        node.put("eventId", decision.eventId());
        node.put("at", decision.at().toString());
        node.put("ruleId", decision.ruleId());
        node.put("rulesVersion", decision.rulesVersion());
        node.put("subjectKind", decision.subjectKind().name());
        node.put("subject", decision.subject());
        node.put("outcome", decision.outcome().name());
        if (decision.dissuasion() != null) {
            node.put("dissuasion", decision.dissuasion().name());
        }
        if (decision.scamType() != null) {
            node.put("scamType", decision.scamType().name());
        }
        ArrayNode reasons = node.putArray("reasons");
        for (RuleReason reason : decision.reasons()) {
            reasons.addObject()
                    .put("code", reason.code())
                    .put("zh", reason.zh())
                    .put("en", reason.en());
        }
        ArrayNode evidence = node.putArray("evidence");
        decision.evidence().forEach(evidence::add);
        return node;
    }

    /** A decision as one line of JSON. */
    public static String write(Decision decision) {
        return JSON.writeValueAsString(toNode(decision));
    }

    /** The decision {@link #write(Decision)} wrote. */
    public static Decision readDecision(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            List<RuleReason> reasons = new ArrayList<>();
            for (JsonNode reason : node.get("reasons")) {
                reasons.add(new RuleReason(
                        reason.get("code").asString(),
                        reason.get("zh").asString(),
                        reason.get("en").asString()));
            }
            List<String> evidence = new ArrayList<>();
            node.get("evidence").forEach(id -> evidence.add(id.asString()));
            return new Decision(
                    node.get("eventId").asString(),
                    Instant.parse(node.get("at").asString()),
                    node.get("ruleId").asString(),
                    node.get("rulesVersion").intValue(),
                    SubjectKind.valueOf(node.get("subjectKind").asString()),
                    node.get("subject").asString(),
                    Outcome.valueOf(node.get("outcome").asString()),
                    node.hasNonNull("dissuasion")
                            ? Priority.valueOf(node.get("dissuasion").asString())
                            : null,
                    node.hasNonNull("scamType")
                            ? ScamType.valueOf(node.get("scamType").asString())
                            : null,
                    reasons,
                    evidence);
        } catch (JacksonException | NullPointerException | IllegalArgumentException | DateTimeException e) {
            throw new IllegalArgumentException("not a decision: " + e.getMessage(), e);
        }
    }

    /** Reads the fields of one event object, naming a field at fault by its path. */
    private record Fields(JsonNode node, String path) {

        String name(@Nullable String field) {
            if (field == null) {
                return path.isEmpty() ? "event" : path;
            }
            return path.isEmpty() ? field : path + "." + field;
        }

        String text(String field, int max) {
            String value = optionalText(field, max);
            if (value == null) {
                throw new InvalidEventException(name(field), "required");
            }
            return value;
        }

        @Nullable
        String optionalText(String field, int max) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isString()) {
                throw new InvalidEventException(name(field), "a text");
            }
            String text = value.asString().strip();
            if (text.isEmpty()) {
                throw new InvalidEventException(name(field), "must not be empty");
            }
            if (text.length() > max) {
                throw new InvalidEventException(name(field), "at most " + max + " characters");
            }
            return text;
        }

        Instant instant(String field) {
            String text = text(field, 64);
            try {
                Instant instant = IsoTimes.instant(text);
                if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
                    throw new InvalidEventException(name(field), "a time between 2000 and 2100");
                }
                return instant;
            } catch (DateTimeException e) {
                throw new InvalidEventException(name(field), "a time with its offset, e.g. 2026-11-29T08:00:00+08:00");
            }
        }

        String phone(String field) {
            String raw = text(field, 64);
            try {
                return PhoneNumbers.parse(raw).e164();
            } catch (InvalidIdentifierException e) {
                throw new InvalidEventException(name(field), e.reason());
            }
        }

        String url(String field) {
            String raw = text(field, 2_048);
            try {
                return Urls.parse(raw).url();
            } catch (InvalidIdentifierException e) {
                throw new InvalidEventException(name(field), e.reason());
            }
        }

        String account(String field) {
            String raw = text(field, 160);
            try {
                return Accounts.parse(raw);
            } catch (InvalidIdentifierException e) {
                throw new InvalidEventException(name(field), e.reason());
            }
        }

        List<String> urls(@Nullable String text) {
            Set<String> urls = new LinkedHashSet<>();
            JsonNode given = node.get("urls");
            if (given != null && !given.isNull()) {
                if (!given.isArray() || given.size() > MAX_URLS) {
                    throw new InvalidEventException(name("urls"), "a list of at most " + MAX_URLS + " links");
                }
                for (int i = 0; i < given.size(); i++) {
                    JsonNode url = given.get(i);
                    String field = "urls[" + i + "]";
                    if (!url.isString()) {
                        throw new InvalidEventException(name(field), "a link");
                    }
                    try {
                        urls.add(Urls.parse(url.asString()).url());
                    } catch (InvalidIdentifierException e) {
                        throw new InvalidEventException(name(field), e.reason());
                    }
                }
            }
            if (text != null) {
                // Links in the text count too; one that does not parse is left out rather than refusing the message.
                addLinks(text, urls);
            }
            return List.copyOf(urls);
        }

        int integer(String field, int min, int max) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                throw new InvalidEventException(name(field), "required");
            }
            if (!value.isIntegralNumber()
                    || !value.canConvertToInt()
                    || value.intValue() < min
                    || value.intValue() > max) {
                throw new InvalidEventException(name(field), "a whole number from " + min + " to " + max);
            }
            return value.intValue();
        }

        long amountFen(String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                throw new InvalidEventException(name(field), "required");
            }
            BigDecimal amount;
            try {
                amount = value.isNumber()
                        ? value.decimalValue()
                        : value.isString() ? new BigDecimal(value.asString().strip()) : null;
            } catch (NumberFormatException e) {
                amount = null;
            }
            if (amount == null
                    || amount.signum() <= 0
                    || amount.compareTo(MAX_AMOUNT) > 0
                    || amount.stripTrailingZeros().scale() > 2) {
                throw new InvalidEventException(
                        name(field), "an amount in yuan above 0 with at most two decimals, e.g. \"12000.00\"");
            }
            return amount.movePointRight(2).longValueExact();
        }

        <E extends Enum<E>> E requiredEnum(String field, Class<E> type) {
            E value = optionalEnum(field, type, null);
            if (value == null) {
                throw new InvalidEventException(name(field), "required: one of " + choices(type));
            }
            return value;
        }

        <E extends Enum<E>> @Nullable E optionalEnum(String field, Class<E> type, @Nullable E fallback) {
            String text = optionalText(field, 64);
            if (text == null) {
                return fallback;
            }
            try {
                return Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new InvalidEventException(name(field), "one of " + choices(type));
            }
        }

        private static String choices(Class<? extends Enum<?>> type) {
            List<String> names = new ArrayList<>();
            for (Enum<?> constant : type.getEnumConstants()) {
                names.add(constant.name());
            }
            return String.join(", ", names);
        }
    }
}
