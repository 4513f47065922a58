package io.clearsky.core.warning;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * One version of the risk rules, as an agency writes them in a YAML file ({@code default-rules.yaml} is the
 * template and documents every field). Values are checked here, so a rule set that exists can be run.
 *
 * @param version increases with every change; each decision records the version that made it
 * @param name what the agency calls this set
 */
public record RuleSet(
        int version,
        String name,
        PayeeListed payeeListed,
        ContactThenNewPayee contactThenNewPayee,
        SpoofedCall spoofedCall,
        CallingBurst callingBurst,
        FastForward fastForward,
        ScamText scamText,
        Memory memory) {

    /** Rule 1: the payee is a listed account. */
    public record PayeeListed(boolean enabled, Outcome verified, Outcome suspected) {}

    /** Rule 2: a risky contact, then a payment to a new payee. Amounts in fen. */
    public record ContactThenNewPayee(
            boolean enabled,
            Duration window,
            long reviewAmountFen,
            long holdAmountFen,
            long highPriorityAmountFen,
            Set<String> riskyApps) {
        public ContactThenNewPayee {
            riskyApps = Set.copyOf(riskyApps);
        }
    }

    /** Rule 3: a long call presenting a domestic or official number over an international or VoIP route. */
    public record SpoofedCall(boolean enabled, int minDurationSeconds) {}

    /** Rule 4: a number calling many subscribers, mostly briefly, seldom called back. */
    public record CallingBurst(
            boolean enabled,
            Duration window,
            int minDistinctCallees,
            int shortCallSeconds,
            double minShortShare,
            double maxCallbackShare) {}

    /** Rule 5: an account receiving from several new payers and forwarding the money within minutes. */
    public record FastForward(
            boolean enabled, Duration window, int minNewPayers, int maxNewPayers, double minForwardedShare) {}

    /**
     * Rule 6: an SMS from a number nobody listed whose text reads as a scam (the scam-text classifier,
     * {@code io.clearsky.core.text}): warn the recipient, and count it as a risky contact for rule 2.
     *
     * @param minProbability the classifier's scam probability from which the text counts, 0.5 to 1
     */
    public record ScamText(boolean enabled, double minProbability) {}

    /** How long and how much the engine remembers of who paid whom. */
    public record Memory(int payeeDays, int payeesPerSubscriber) {}

    /** Rule ids, as decisions carry them. */
    public static final String PAYEE_LISTED = "payee-listed";

    public static final String CONTACT_THEN_NEW_PAYEE = "contact-then-new-payee";
    public static final String SPOOFED_CALL = "spoofed-call";
    public static final String CALLING_BURST = "calling-burst";
    public static final String FAST_FORWARD = "fast-forward";
    public static final String SCAM_TEXT = "scam-text";

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final String DEFAULTS_RESOURCE = "default-rules.yaml";
    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d{1,9})\\s*([smhd])");
    private static final Duration MAX_WINDOW = Duration.ofDays(1);

    /** The shipped file, read once: every agency's file is read over it. */
    private static final String DEFAULT_TEXT = readDefaultText();

    private static final JsonNode DEFAULT_TREE = YAML.readTree(DEFAULT_TEXT);

    /** The rules ClearSky ships. */
    public static RuleSet defaults() {
        return parse(DEFAULT_TEXT);
    }

    /** The text of the shipped rule file, the template an agency starts from. */
    public static String defaultText() {
        return DEFAULT_TEXT;
    }

    private static String readDefaultText() {
        try (InputStream in = RuleSet.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULTS_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a rule file. A field left out keeps its default; an unknown field is refused (it is most likely a
     * misspelling that would silently keep a default).
     *
     * @throws InvalidRulesException naming the field at fault
     */
    public static RuleSet parse(String yaml) {
        JsonNode given;
        try {
            given = YAML.readTree(yaml);
        } catch (JacksonException e) {
            throw new InvalidRulesException("file", "not readable YAML: " + e.getOriginalMessage());
        }
        ObjectNode merged = (ObjectNode) DEFAULT_TREE.deepCopy();
        if (given != null && !given.isNull() && !given.isMissingNode()) {
            if (!given.isObject()) {
                throw new InvalidRulesException("file", "a mapping of version, name, rules and memory");
            }
            merge(merged, (ObjectNode) given, "");
        }
        return read(merged);
    }

    private static void merge(ObjectNode into, ObjectNode from, String path) {
        for (Map.Entry<String, JsonNode> entry : from.properties()) {
            String field = path.isEmpty() ? entry.getKey() : path + "." + entry.getKey();
            JsonNode existing = into.get(entry.getKey());
            if (existing == null) {
                throw new InvalidRulesException(field, "unknown field");
            }
            if (existing.isObject() && entry.getValue().isObject()) {
                merge((ObjectNode) existing, (ObjectNode) entry.getValue(), field);
            } else {
                into.set(entry.getKey(), entry.getValue());
            }
        }
    }

    private static RuleSet read(ObjectNode root) {
        int version = integer(root, "version", "version", 1, Integer.MAX_VALUE);
        String name = text(root, "name", "name");
        if (name.length() > 200) {
            throw new InvalidRulesException("name", "at most 200 characters");
        }
        JsonNode rules = object(root, "rules", "rules");
        JsonNode r1 = object(rules, "payee-listed", "rules.payee-listed");
        JsonNode r2 = object(rules, "contact-then-new-payee", "rules.contact-then-new-payee");
        JsonNode r3 = object(rules, "spoofed-call", "rules.spoofed-call");
        JsonNode r4 = object(rules, "calling-burst", "rules.calling-burst");
        JsonNode r5 = object(rules, "fast-forward", "rules.fast-forward");
        JsonNode r6 = object(rules, "scam-text", "rules.scam-text");
        JsonNode memory = object(root, "memory", "memory");

        String p2 = "rules.contact-then-new-payee";
        long review = yuan(r2, "review-amount-yuan", p2);
        long hold = yuan(r2, "hold-amount-yuan", p2);
        long high = yuan(r2, "high-priority-amount-yuan", p2);
        if (hold < review) {
            throw new InvalidRulesException(p2 + ".hold-amount-yuan", "must not be below review-amount-yuan");
        }
        if (high < hold) {
            throw new InvalidRulesException(p2 + ".high-priority-amount-yuan", "must not be below hold-amount-yuan");
        }
        List<String> apps = new ArrayList<>();
        JsonNode appsNode = r2.get("risky-apps");
        if (appsNode == null || !appsNode.isArray()) {
            throw new InvalidRulesException(p2 + ".risky-apps", "a list of app package names");
        }
        for (JsonNode app : appsNode) {
            if (!app.isString() || app.asString().isBlank()) {
                throw new InvalidRulesException(p2 + ".risky-apps", "a list of app package names");
            }
            apps.add(app.asString().strip().toLowerCase(Locale.ROOT));
        }
        String p4 = "rules.calling-burst";
        String p5 = "rules.fast-forward";
        int minNew = integer(r5, "min-new-payers", p5 + ".min-new-payers", 1, 1000);
        int maxNew = integer(r5, "max-new-payers", p5 + ".max-new-payers", 1, 1000);
        if (maxNew < minNew) {
            throw new InvalidRulesException(p5 + ".max-new-payers", "must not be below min-new-payers");
        }
        return new RuleSet(
                version,
                name,
                new PayeeListed(
                        bool(r1, "enabled", "rules.payee-listed.enabled"),
                        transferOutcome(r1, "verified", "rules.payee-listed.verified"),
                        transferOutcome(r1, "suspected", "rules.payee-listed.suspected")),
                new ContactThenNewPayee(
                        bool(r2, "enabled", p2 + ".enabled"),
                        window(r2, "window", p2 + ".window"),
                        review,
                        hold,
                        high,
                        Set.copyOf(apps)),
                new SpoofedCall(
                        bool(r3, "enabled", "rules.spoofed-call.enabled"),
                        integer(r3, "min-duration-seconds", "rules.spoofed-call.min-duration-seconds", 1, 86_400)),
                new CallingBurst(
                        bool(r4, "enabled", p4 + ".enabled"),
                        window(r4, "window", p4 + ".window"),
                        integer(r4, "min-distinct-callees", p4 + ".min-distinct-callees", 2, 10_000),
                        integer(r4, "short-call-seconds", p4 + ".short-call-seconds", 1, 3_600),
                        share(r4, "min-short-share", p4 + ".min-short-share"),
                        share(r4, "max-callback-share", p4 + ".max-callback-share")),
                new FastForward(
                        bool(r5, "enabled", p5 + ".enabled"),
                        window(r5, "window", p5 + ".window"),
                        minNew,
                        maxNew,
                        share(r5, "min-forwarded-share", p5 + ".min-forwarded-share")),
                new ScamText(bool(r6, "enabled", "rules.scam-text.enabled"), minProbability(r6)),
                new Memory(
                        integer(memory, "payee-days", "memory.payee-days", 1, 3_650),
                        integer(memory, "payees-per-subscriber", "memory.payees-per-subscriber", 1, 1_000)));
    }

    /** The longest time any rule looks back: how long a contact or a call must be remembered. */
    public Duration longestWindow() {
        Duration longest = contactThenNewPayee.window;
        if (callingBurst.window.compareTo(longest) > 0) {
            longest = callingBurst.window;
        }
        if (fastForward.window.compareTo(longest) > 0) {
            longest = fastForward.window;
        }
        return longest;
    }

    private static JsonNode object(JsonNode parent, String name, String field) {
        JsonNode node = parent.get(name);
        if (node == null || !node.isObject()) {
            throw new InvalidRulesException(field, "a mapping");
        }
        return node;
    }

    private static String text(JsonNode parent, String name, String field) {
        JsonNode node = parent.get(name);
        if (node == null || !node.isValueNode() || node.asString().isBlank()) {
            throw new InvalidRulesException(field, "a non-empty text");
        }
        return node.asString().strip();
    }

    private static boolean bool(JsonNode parent, String name, String field) {
        JsonNode node = parent.get(name);
        if (node == null || !node.isBoolean()) {
            throw new InvalidRulesException(field, "true or false");
        }
        return node.booleanValue();
    }

    private static int integer(JsonNode parent, String name, String field, int min, int max) {
        JsonNode node = parent.get(name);
        if (node == null || !node.isIntegralNumber() || !node.canConvertToInt()) {
            throw new InvalidRulesException(field, "a whole number from " + min + " to " + max);
        }
        int value = node.intValue();
        if (value < min || value > max) {
            throw new InvalidRulesException(field, "a whole number from " + min + " to " + max + ", was " + value);
        }
        return value;
    }

    // The classifier reads a text as a scam from 0.5 on, so a lower threshold would not count more texts.
    private static double minProbability(JsonNode r6) {
        String field = "rules.scam-text.min-probability";
        double p = share(r6, "min-probability", field);
        if (p < 0.5) {
            throw new InvalidRulesException(field, "from 0.5 (where the classifier reads a text as a scam) to 1");
        }
        return p;
    }

    private static double share(JsonNode parent, String name, String field) {
        JsonNode node = parent.get(name);
        if (node == null || !node.isNumber() || node.doubleValue() < 0 || node.doubleValue() > 1) {
            throw new InvalidRulesException(field, "a share from 0 to 1");
        }
        return node.doubleValue();
    }

    private static long yuan(JsonNode parent, String name, String path) {
        String field = path + "." + name;
        JsonNode node = parent.get(name);
        if (node == null || !node.isNumber() || node.doubleValue() < 0 || node.doubleValue() > 1e12) {
            throw new InvalidRulesException(field, "an amount in yuan, not negative");
        }
        return Math.round(node.doubleValue() * 100);
    }

    private static Outcome transferOutcome(JsonNode parent, String name, String field) {
        String text = text(parent, name, field).toUpperCase(Locale.ROOT);
        for (Outcome outcome : List.of(Outcome.REVIEW, Outcome.HOLD, Outcome.BLOCK)) {
            if (outcome.name().equals(text)) {
                return outcome;
            }
        }
        throw new InvalidRulesException(field, "REVIEW, HOLD or BLOCK");
    }

    private static Duration window(JsonNode parent, String name, String field) {
        String text = text(parent, name, field);
        Duration duration;
        Matcher matcher = SHORT_DURATION.matcher(text.toLowerCase(Locale.ROOT));
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            duration = switch (matcher.group(2)) {
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        } else {
            try {
                duration = Duration.parse(text);
            } catch (DateTimeParseException e) {
                throw new InvalidRulesException(field, "a duration such as 30m, 1h or PT30M");
            }
        }
        if (duration.compareTo(Duration.ofSeconds(1)) < 0 || duration.compareTo(MAX_WINDOW) > 0) {
            throw new InvalidRulesException(field, "a duration from 1s to 1d");
        }
        return duration;
    }
}
