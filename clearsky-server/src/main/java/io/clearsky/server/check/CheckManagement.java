package io.clearsky.server.check;

import io.clearsky.core.identifier.Identifier;
import io.clearsky.core.identifier.IndicatorKind;
import io.clearsky.core.indicator.Assessment;
import io.clearsky.core.indicator.Reason;
import io.clearsky.core.indicator.ReasonCode;
import io.clearsky.core.indicator.Route;
import io.clearsky.core.indicator.ScamType;
import io.clearsky.core.indicator.Verdict;
import io.clearsky.server.Identifiers;
import io.clearsky.server.InvalidInputException;
import io.clearsky.server.InvalidInputException.FieldProblem;
import io.clearsky.server.ScamTextView;
import io.clearsky.server.agencies.Agency;
import io.clearsky.server.agencies.AgencyManagement;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.bulletins.Tips;
import io.clearsky.server.check.CheckResult.AgencyRef;
import io.clearsky.server.check.CheckResult.Named;
import io.clearsky.server.check.CheckResult.ReasonText;
import io.clearsky.server.check.CheckResult.Text;
import io.clearsky.server.check.internal.ActivityReports;
import io.clearsky.server.check.internal.SightingRecorder;
import io.clearsky.server.registry.IndicatorLookup;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Answers checks from the in-memory index and records every hit as a sighting without waiting on the database.
 */
@Service
public class CheckManagement {

    /** The most identifiers one batch may carry. */
    public static final int MAX_BATCH = 1000;

    /** The longest text message {@link #checkSms} reads: a long SMS is sent in parts of 67 characters. */
    public static final int MAX_SMS_TEXT = 2000;

    /** The longest sender {@link #checkSms} takes: a number, a 106 bulk-SMS port or a sender's name. */
    public static final int MAX_SENDER = 64;

    /** The longest text {@link #readText} reads: a report's narrative is at most this long too. */
    public static final int MAX_TEXT = 10_000;

    private static final ReasonText NOT_LISTED = new ReasonText("NOT_LISTED", "未收录", "Not in the registry");
    private static final Text SPOOF_WARNING = new Text(
            "此来电显示为官方号码，但来自境外线路，极可能是改号诈骗，请勿轻信、勿转账！",
            "This shows an official number but comes from abroad: very likely a spoofed fraud call. Do not trust it or pay!");
    private static final Text REPORTED_WARNING = new Text(
            "此号码被多名用户举报为涉诈号码，请谨慎接听，切勿转账！", "Several people reported this number for fraud. Be careful and do not pay!");

    // made once, with the link to the type's tip: an answer allocates nothing for its scam type
    private static final Named[] SCAM_TYPES = Arrays.stream(ScamType.values())
            .map(t -> new Named(t.name(), t.nameZh(), t.nameEn(), Tips.path(t)))
            .toArray(Named[]::new);

    private final IndicatorLookup lookup;
    private final AgencyManagement agencies;
    private final SightingRecorder sightings;
    private final ActivityReports reports;
    private final Clock clock;
    private final Map<Verdict, Counter> verdicts = new EnumMap<>(Verdict.class);
    private final Map<String, Counter> smsDecided = new HashMap<>();

    CheckManagement(
            IndicatorLookup lookup,
            AgencyManagement agencies,
            SightingRecorder sightings,
            ActivityReports reports,
            Clock clock,
            MeterRegistry meters) {
        this.lookup = lookup;
        this.agencies = agencies;
        this.sightings = sightings;
        this.reports = reports;
        this.clock = clock;
        for (Verdict verdict : Verdict.values()) {
            verdicts.put(
                    verdict,
                    Counter.builder("clearsky.checks")
                            .description("identifiers checked, by verdict")
                            .tag("verdict", verdict.name())
                            .register(meters));
        }
        for (String decidedBy : List.of("SENDER", "TEXT", "NONE")) {
            smsDecided.put(
                    decidedBy,
                    Counter.builder("clearsky.checks.sms")
                            .description("text messages checked, by what decided the answer")
                            .tag("decidedBy", decidedBy)
                            .register(meters));
        }
    }

    /** One identifier to check. */
    @JsonDeserialize(using = ItemReader.class)
    public record Item(
            @Nullable String kind,
            @Nullable String value,
            @Nullable String areaCode) {}

    /**
     * Reads an {@link Item} field by field. Jackson 3 creates records through {@code MethodHandle.invokeWithArguments},
     * which profiling showed at an eighth of a batch check's CPU time; a batch reads a thousand of them.
     */
    static final class ItemReader extends ValueDeserializer<Item> {

        @Override
        public Item deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                return (Item) context.handleUnexpectedToken(Item.class, parser);
            }
            String kind = null;
            String value = null;
            String areaCode = null;
            for (String name = parser.nextName(); name != null; name = parser.nextName()) {
                JsonToken token = parser.nextToken();
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    return (Item) context.reportInputMismatch(Item.class, "'" + name + "' must be a string");
                }
                String text = token == JsonToken.VALUE_NULL ? null : parser.getString();
                switch (name) {
                    case "kind" -> kind = text;
                    case "value" -> value = text;
                    case "areaCode" -> areaCode = text;
                    default -> {}
                }
            }
            return new Item(kind, value, areaCode);
        }
    }

    /** Checks one identifier. */
    public CheckResult check(Item item, @Nullable String subscriber, @Nullable String route) {
        Route parsedRoute = route(route);
        IndicatorKind kind = Identifiers.kind("kind", item.kind());
        Identifier identifier = Identifiers.parse("value", kind, item.value(), item.areaCode());
        return answer(item.value(), identifier, lookup.assess(identifier, parsedRoute), subscriber, true);
    }

    /**
     * Looks one identifier up for a person on the public pages: answers as {@link #check(Item, String, String)}
     * does but records no sighting, so looking a number up neither counts as it reaching someone nor brings a lapsed
     * listing back.
     */
    public CheckResult lookUp(Item item) {
        IndicatorKind kind = Identifiers.kind("kind", item.kind());
        Identifier identifier = Identifiers.parse("value", kind, item.value(), item.areaCode());
        return answer(item.value(), identifier, lookup.assess(identifier, Route.UNKNOWN), null, false);
    }

    /** Checks up to {@value #MAX_BATCH} identifiers; a bad one fails the batch with every bad item named. */
    public List<CheckResult> check(List<Item> items, @Nullable String subscriber, @Nullable String route) {
        if (items == null || items.isEmpty()) {
            throw new InvalidInputException("items", "at least one identifier");
        }
        if (items.size() > MAX_BATCH) {
            throw new InvalidInputException(
                    "items", "at most " + MAX_BATCH + " identifiers in one batch, got " + items.size());
        }
        Route parsedRoute = route(route);
        List<Identifier> identifiers = new ArrayList<>(items.size());
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            try {
                IndicatorKind kind = Identifiers.kind("kind", item == null ? null : item.kind());
                identifiers.add(Identifiers.parse(
                        "value", kind, item == null ? null : item.value(), item == null ? null : item.areaCode()));
            } catch (InvalidInputException e) {
                // field names are built only for bad items: building "items[i].value" for every item cost more
                // than parsing it
                for (FieldProblem problem : e.problems()) {
                    problems.add(new FieldProblem("items[" + i + "]." + problem.field(), problem.message()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Assessment[] assessments = lookup.assessAll(identifiers, parsedRoute);
        List<CheckResult> results = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            results.add(answer(items.get(i).value(), identifiers.get(i), assessments[i], subscriber, true));
        }
        return results;
    }

    /**
     * Checks a text message: its sender against the registry, as {@link #check(Item, String, String)} does, and its
     * text with the scam-text classifier. A listed sender decides, and so does an allowlisted one (a bank's 955xx is
     * not second-guessed by its text); for a sender nobody listed, a text that reads as a scam makes the message
     * SUSPICIOUS, with the text's scam type and a warning that says so.
     */
    public SmsCheckResult checkSms(@Nullable SmsCheck request) {
        if (request == null) {
            throw new InvalidInputException("body", "a text message: sender and text");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String text = request.text();
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem("text", "the message's text"));
        } else if (text.length() > MAX_SMS_TEXT) {
            problems.add(new FieldProblem("text", "at most " + MAX_SMS_TEXT + " characters, got " + text.length()));
        }
        String raw = request.sender();
        if (raw == null || raw.isBlank()) {
            problems.add(new FieldProblem("sender", "the sender as the phone shows it"));
        } else if (raw.length() > MAX_SENDER) {
            problems.add(new FieldProblem("sender", "at most " + MAX_SENDER + " characters"));
        }
        try {
            // a bad area code is the caller's mistake, not a sender to leave unchecked
            Identifiers.checkAreaCode(request.areaCode());
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        // a sender that is no phone number (a 106 bulk port too long for one, a name) is not in the registry: the
        // text alone speaks for it
        CheckResult checked = null;
        try {
            Identifier sender = Identifiers.parse("sender", IndicatorKind.PHONE_NUMBER, raw, request.areaCode());
            checked = answer(raw, sender, lookup.assess(sender, Route.UNKNOWN), request.subscriber(), true);
        } catch (InvalidInputException notANumber) {
            // left unchecked
        }
        ScamTextView read = ScamTextView.read(text);
        if (checked != null && checked.verdict() != Verdict.UNKNOWN) {
            smsDecided.get("SENDER").increment();
            return new SmsCheckResult(
                    checked.verdict(), checked.scamType(), checked.warning(), "SENDER", checked, read);
        }
        if (!read.scam() || read.scamType() == null) {
            smsDecided.get("NONE").increment();
            return new SmsCheckResult(Verdict.UNKNOWN, null, null, "NONE", checked, read);
        }
        smsDecided.get("TEXT").increment();
        ScamTextView.TypeName type = read.scamType();
        return new SmsCheckResult(
                Verdict.SUSPICIOUS,
                SCAM_TYPES[ScamType.valueOf(type.code()).ordinal()],
                new Text(
                        "此短信内容疑似" + type.zh() + "诈骗：请勿点击其中链接、回拨号码或转账，如有疑问请拨打96110。",
                        "This message reads like " + type.en().toLowerCase(Locale.ROOT)
                                + " fraud: do not open its links, call back or pay. In doubt, call 96110."),
                "TEXT",
                checked,
                read);
    }

    /** What the scam-text classifier makes of any text: an SMS, a chat message, a report's narrative. */
    public ScamTextView readText(@Nullable TextToRead request) {
        String text = request == null ? null : request.text();
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", "the text to read");
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException("text", "at most " + MAX_TEXT + " characters, got " + text.length());
        }
        return ScamTextView.read(text);
    }

    /** A text for {@link #readText}. */
    public record TextToRead(@Nullable String text) {}

    /** The activity of a centre's list (or of all lists, for an admin) between two days, inclusive. */
    public ActivityReport activity(
            @Nullable Long agencyId, @Nullable LocalDate from, @Nullable LocalDate to, Caller caller) {
        Long agency = agencyId;
        caller.require(io.clearsky.server.agencies.Permission.INDICATORS_READ);
        if (!caller.seesAll()) {
            if (agency == null) {
                agency = caller.requireAgency();
            } else if (!caller.mayActFor(agency)) {
                throw new org.springframework.security.access.AccessDeniedException("another centre's list");
            }
        }
        LocalDate today = LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai")));
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.minusDays(29) : from;
        if (start.isAfter(end)) {
            throw new InvalidInputException("from", "must not be after 'to'");
        }
        if (start.plusDays(366).isBefore(end)) {
            throw new InvalidInputException("from", "a window is at most 366 days");
        }
        return reports.report(agency, start, end, 100);
    }

    private CheckResult answer(
            @Nullable String input,
            Identifier identifier,
            Assessment assessment,
            @Nullable String subscriber,
            boolean sighting) {
        Verdict verdict = assessment.verdict();
        verdicts.get(verdict).increment();
        if (assessment == Assessment.NOT_LISTED) {
            return new CheckResult(
                    String.valueOf(input),
                    identifier.kind(),
                    identifier.value(),
                    Verdict.UNKNOWN,
                    null,
                    0,
                    null,
                    null,
                    null);
        }
        Agency agency = assessment.agencyRef() == 0
                ? null
                : agencies.find(assessment.agencyRef()).orElse(null);
        if (sighting && verdict != Verdict.ALLOWLISTED && verdict != Verdict.SPOOF_LIKELY) {
            boolean lapsed = assessment.reasons().stream().anyMatch(r -> r.code() == ReasonCode.LISTING_EXPIRED);
            sightings.record(identifier, assessment.agencyRef(), subscriber, verdict.warns(), lapsed, clock.instant());
        }
        ScamType scamType = assessment.scamType();
        return new CheckResult(
                String.valueOf(input),
                identifier.kind(),
                identifier.value(),
                verdict,
                scamType == null ? null : SCAM_TYPES[scamType.ordinal()],
                assessment.confidence(),
                agency == null ? null : new AgencyRef(agency.id(), agency.nameZh(), agency.nameEn()),
                warning(verdict, agency, scamType),
                reasons(assessment.reasons(), agency));
    }

    private static @Nullable Text warning(Verdict verdict, @Nullable Agency agency, @Nullable ScamType scamType) {
        return switch (verdict) {
            case SPOOF_LIKELY -> SPOOF_WARNING;
            case FRAUD, SUSPICIOUS ->
                agency == null
                        ? REPORTED_WARNING
                        : new Text(agency.warningTextZh(scamType), agency.warningTextEn(scamType));
            default -> null;
        };
    }

    private static List<ReasonText> reasons(List<Reason> reasons, @Nullable Agency agency) {
        List<ReasonText> texts = new ArrayList<>(reasons.size());
        for (Reason reason : reasons) {
            String code = reason.code().name();
            texts.add(
                    switch (reason.code()) {
                        case NOT_LISTED -> NOT_LISTED;
                        case OFFICIAL_NUMBER ->
                            new ReasonText(code, "官方号码（白名单）", "An official number on the allowlist");
                        case OFFICIAL_NUMBER_FROM_INTERNATIONAL_ROUTE ->
                            new ReasonText(
                                    code,
                                    "官方号码经境外线路呼入，疑似改号",
                                    "An official number presented from an international route: likely caller-ID spoofing");
                        case VERIFIED_BY_AGENCY ->
                            new ReasonText(
                                    code,
                                    "经" + (agency == null ? "反诈中心" : agency.nameZh()) + "核实",
                                    "Verified by " + (agency == null ? "an anti-fraud centre" : agency.nameEn()));
                        case PARTNER_DETECTION ->
                            new ReasonText(code, "合作企业风控系统检出", "Detected by a partner's risk systems");
                        case CITIZEN_REPORTS ->
                            new ReasonText(
                                    code,
                                    reason.reports() + "位用户举报",
                                    "Reported by " + reason.reports()
                                            + (reason.reports() == 1 ? " person" : " people"));
                        case LISTING_EXPIRED ->
                            new ReasonText(
                                    code,
                                    "曾列为涉诈号码" + (reason.date() == null ? "" : "，已于" + reason.date() + "过期"),
                                    "Was listed" + (reason.date() == null ? "" : " until " + reason.date())
                                            + "; the listing lapsed");
                    });
        }
        return texts;
    }

    private static Route route(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Route.UNKNOWN;
        }
        try {
            return Route.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("route", "DOMESTIC, INTERNATIONAL or UNKNOWN");
        }
    }
}
