package io.clearsky.server.console.web;

import io.clearsky.server.InvalidInputException;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.agencies.Permission;
import io.clearsky.server.audit.AuditFilter;
import io.clearsky.server.audit.AuditRecord;
import io.clearsky.server.audit.AuditTrail;
import io.clearsky.server.audit.ChainVerification;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail page (审计日志), read only: the chain's verification at the top, then the records newest first,
 * filtered by actor, action, subject or its kind, and time, a page at a time. Everything goes through
 * {@link AuditTrail} with the person's own rights ({@code AUDIT_READ}: auditors and admins), so a centre's auditor
 * sees its centres' records, and details are masked for a reader without {@code PII_REVEAL} as in the API.
 */
@Hidden
@Controller
class AuditPages {

    /** Records one page lists. */
    static final int PAGE_SIZE = 50;

    /** The last page one may ask for (the page number times the size stays an int). */
    static final int MAX_PAGE = 1_000_000;

    /** The kinds of subject the trail records, for the kind filter. */
    static final List<String> KINDS = List.of(
            "agency",
            "user",
            "indicator",
            "import",
            "report",
            "reports",
            "cluster",
            "case",
            "link",
            "order",
            "assistance",
            "rules",
            "dissuasion-task",
            "bulletin");

    /** Times as the page shows them: China Standard Time, to the second. */
    static final DateTimeFormatter TIMES =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(Dashboards.CHINA);

    /**
     * How long a healthy chain check is shown again before the page checks anew: the check reads the whole trail, so
     * not on every filter change and page turn. "Check now" checks at once; a check that found a fault is never reused.
     */
    static final Duration CHAIN_FRESH = Duration.ofMinutes(1);

    private final AuditTrail trail;
    private final ConsoleUsers users;
    private final Clock clock;

    /** The last check of the chain and when it ran. */
    private volatile @Nullable Checked lastCheck;

    record Checked(ChainVerification result, Instant at) {}

    AuditPages(AuditTrail trail, ConsoleUsers users, Clock clock) {
        this.trail = trail;
        this.users = users;
        this.clock = clock;
    }

    /** The chain's state: the last healthy check if it is fresh, otherwise (or when asked) a new one. */
    Checked chain(boolean now, Caller caller) {
        caller.require(Permission.AUDIT_READ);
        Checked last = lastCheck;
        Instant at = clock.instant();
        if (now
                || last == null
                || !last.result().healthy()
                || last.at().plus(CHAIN_FRESH).isBefore(at)) {
            last = new Checked(trail.verify(caller), at);
            lastCheck = last;
        }
        return last;
    }

    /** The filter as typed; times as {@code datetime-local} sends them, in China Standard Time. */
    record Search(
            @Nullable String actor,
            @Nullable String action,
            @Nullable String subject,
            @Nullable String kind,
            @Nullable String from,
            @Nullable String to) {}

    @GetMapping("/console/audit")
    String trail(
            @RequestParam(required = false) @Nullable String verify,
            @RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @Nullable String subject,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(defaultValue = "0") int page,
            Locale locale,
            Model model) {
        Caller caller = Caller.current();
        caller.require(Permission.AUDIT_READ);
        Search search = new Search(actor, action, subject, kind, from, to);
        Map<String, String> errors = new LinkedHashMap<>();
        Instant since = instant("from", from, errors);
        Instant until = instant("to", to, errors);
        String wantedKind = blank(kind) ? null : kind.strip();
        if (wantedKind != null && !KINDS.contains(wantedKind)) {
            errors.put("kind", "audit.error.kind");
        }
        int shown = Math.min(Math.max(0, page), MAX_PAGE);
        List<AuditRecord> records = List.of();
        boolean hasNext = false;
        if (errors.isEmpty()) {
            AuditFilter filter = new AuditFilter(
                    blank(actor) ? null : actor.strip(),
                    blank(action) ? null : action.strip().toUpperCase(Locale.ROOT),
                    blank(subject) ? null : subject.strip(),
                    since,
                    until,
                    wantedKind);
            try {
                records = trail.find(filter, shown, PAGE_SIZE, caller);
                // a next page if the record after this page exists: pages of one record, numbered by that record
                hasNext = records.size() == PAGE_SIZE
                        && !trail.find(filter, (shown + 1) * PAGE_SIZE, 1, caller)
                                .isEmpty();
            } catch (InvalidInputException wrong) {
                errors.put("kind", "audit.error.kind");
            }
        }
        model.addAttribute("me", users.describe(caller, locale));
        model.addAttribute("page", "audit");
        model.addAttribute("times", TIMES);
        Checked checked = chain("now".equals(verify), caller);
        model.addAttribute("chain", checked.result());
        model.addAttribute("chainCheckedAt", checked.at());
        model.addAttribute("search", search);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", KINDS);
        model.addAttribute("records", records);
        model.addAttribute("pageNo", shown);
        model.addAttribute("hasNext", hasNext);
        return "console/audit";
    }

    private static @Nullable Instant instant(String field, @Nullable String local, Map<String, String> errors) {
        if (blank(local)) {
            return null;
        }
        try {
            return LocalDateTime.parse(local.strip(), BulletinPages.LOCAL)
                    .atZone(Dashboards.CHINA)
                    .toInstant();
        } catch (DateTimeParseException e) {
            errors.put(field, "audit.error.time");
            return null;
        }
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
