package io.clearsky.server.console.web;

import io.clearsky.core.identifier.IndicatorKind;
import io.clearsky.core.indicator.IndicatorStatus;
import io.clearsky.core.indicator.ScamType;
import io.clearsky.server.ConflictException;
import io.clearsky.server.InvalidInputException;
import io.clearsky.server.agencies.Agency;
import io.clearsky.server.agencies.AgencyManagement;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.agencies.Permission;
import io.clearsky.server.check.ActivityReport;
import io.clearsky.server.check.CheckManagement;
import io.clearsky.server.registry.ImportJob;
import io.clearsky.server.registry.ImportJob.ImportMode;
import io.clearsky.server.registry.ImportJob.RowError;
import io.clearsky.server.registry.ImportManagement;
import io.clearsky.server.registry.IndicatorEvidence;
import io.clearsky.server.registry.IndicatorView;
import io.clearsky.server.registry.RegistryManagement;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The analysts' pages of the fraud-indicator registry (涉诈指标): search, one indicator with its evidence and the
 * actions the person's role may take, the review queue of SUSPECTED indicators, bulk imports with their progress and
 * error report, and the activity of the centre's list. Everything goes through {@link RegistryManagement},
 * {@link ImportManagement} and {@link CheckManagement} with the person's own rights: reading needs
 * {@code INDICATORS_READ}, confirming, rejecting and importing {@code INDICATORS_WRITE}.
 */
@Hidden
@Controller
class IndicatorPages {

    /** Indicators on one page of search results. */
    static final int PAGE_SIZE = 25;
    /** SUSPECTED indicators on one page of the review queue. */
    static final int QUEUE_SIZE = 20;
    /** Row errors on one page of an import's error report. */
    static final int ERRORS_SIZE = 50;

    /** The last page of row errors one may ask for (the page number times the size stays an int). */
    static final int MAX_ERROR_PAGE = 1_000_000;
    /** Reports shown as an indicator's evidence. */
    static final int EVIDENCE_SIZE = 50;
    /** The activity windows a person can choose, in days. */
    static final List<Integer> WINDOWS = List.of(7, 30, 90);

    private final RegistryManagement registry;
    private final ImportManagement imports;
    private final CheckManagement checks;
    private final AgencyManagement agencies;
    private final ConsoleUsers users;
    private final Clock clock;
    private final MessageSource messages;

    IndicatorPages(
            RegistryManagement registry,
            ImportManagement imports,
            CheckManagement checks,
            AgencyManagement agencies,
            ConsoleUsers users,
            Clock clock,
            MessageSource messages) {
        this.registry = registry;
        this.imports = imports;
        this.checks = checks;
        this.agencies = agencies;
        this.users = users;
        this.clock = clock;
        this.messages = messages;
    }

    // ---------------------------------------------------------------------------------------------- search

    @GetMapping({"/console/indicators", "/console/indicators/"})
    String search(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String scamType,
            @RequestParam(defaultValue = "0") String page,
            Locale locale,
            Model model) {
        Caller caller = Caller.current();
        caller.require(Permission.INDICATORS_READ);
        frame(caller, locale, model, "search");
        Map<String, String> problems = new LinkedHashMap<>();
        IndicatorKind k = choice(IndicatorKind.class, kind, "kind", problems);
        IndicatorStatus s = choice(IndicatorStatus.class, status, "status", problems);
        ScamType t = choice(ScamType.class, scamType, "scamType", problems);
        int p = number(page);
        if (q != null && q.length() > 200) {
            problems.put("q", "indicators.search.tooLong");
        }
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("kind", kind == null ? "" : kind);
        model.addAttribute("status", status == null ? "" : status);
        model.addAttribute("scamType", scamType == null ? "" : scamType);
        model.addAttribute("problems", problems);
        if (problems.isEmpty()) {
            RegistryManagement.Page<IndicatorView> found = registry.search(k, s, t, null, q, p, PAGE_SIZE, caller);
            model.addAttribute("results", found);
            model.addAttribute("pages", pages(found.total(), PAGE_SIZE));
            model.addAttribute("agencies", agencyNames(locale));
        }
        return "console/indicators";
    }

    // ------------------------------------------------------------------------------------------- one indicator

    @GetMapping("/console/indicators/{id:\\d+}")
    String indicator(@PathVariable long id, Locale locale, Model model) {
        Caller caller = Caller.current();
        caller.require(Permission.INDICATORS_READ);
        frame(caller, locale, model, "search");
        IndicatorEvidence evidence = registry.evidence(id, EVIDENCE_SIZE, caller);
        model.addAttribute("evidence", evidence);
        model.addAttribute("i", evidence.indicator());
        model.addAttribute("agencies", agencyNames(locale));
        model.addAttribute("history", history(evidence));
        return "console/indicator";
    }

    /** Confirms the indicator as the API's verify does, then back where the person came from. */
    @PostMapping("/console/indicators/{id:\\d+}/verify")
    String verify(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String scamType,
            @RequestParam(required = false) @Nullable String back,
            RedirectAttributes redirect) {
        Caller caller = Caller.current();
        caller.require(Permission.INDICATORS_WRITE);
        ScamType type = null;
        if (scamType != null && !scamType.isBlank()) {
            try {
                type = ScamType.parse(scamType);
            } catch (IllegalArgumentException unknown) {
                redirect.addFlashAttribute("problem", "indicators.problem.scamType");
                return backTo(id, back);
            }
        }
        try {
            IndicatorView done = registry.verify(id, type, caller);
            redirect.addFlashAttribute("done", "indicators.done.verified");
            redirect.addFlashAttribute("doneValue", done.value());
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("problem", "indicators.problem.allowlisted");
        }
        return backTo(id, back);
    }

    /** Rejects a reported or suspected indicator: back to REPORTED, it warns no more. */
    @PostMapping("/console/indicators/{id:\\d+}/reject")
    String reject(
            @PathVariable long id, @RequestParam(required = false) @Nullable String back, RedirectAttributes redirect) {
        Caller caller = Caller.current();
        caller.require(Permission.INDICATORS_WRITE);
        try {
            IndicatorView done = registry.reject(id, caller);
            redirect.addFlashAttribute("done", "indicators.done.rejected");
            redirect.addFlashAttribute("doneValue", done.value());
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("problem", "indicators.problem.notRejectable");
        }
        return backTo(id, back);
    }

    private static String backTo(long id, @Nullable String back) {
        return "review".equals(back) ? "redirect:/console/indicators/review" : "redirect:/console/indicators/" + id;
    }

    // ------------------------------------------------------------------------------------------- review queue

    @GetMapping("/console/indicators/review")
    String review(@RequestParam(defaultValue = "0") String page, Locale locale, Model model) {
        Caller caller = Caller.current();
        caller.require(Permission.INDICATORS_READ);
        frame(caller, locale, model, "review");
        RegistryManagement.Page<IndicatorView> queue = registry.reviewQueue(number(page), QUEUE_SIZE, caller);
        Map<Long, IndicatorEvidence> evidence = new HashMap<>();
        for (IndicatorView i : queue.items()) {
            evidence.put(i.id(), registry.evidence(i.id(), 3, caller));
        }
        model.addAttribute("queue", queue);
        model.addAttribute("evidence", evidence);
        model.addAttribute("pages", pages(queue.total(), QUEUE_SIZE));
        model.addAttribute("agencies", agencyNames(locale));
        return "console/indicators-review";
    }

    // ------------------------------------------------------------------------------------------------ imports

    @GetMapping("/console/indicators/imports")
    String imports(Locale locale, Model model) {
        Caller caller = Caller.current();
        caller.require(Permission.INDICATORS_READ);
        return importsPage(caller, locale, model, "SKIP_BAD_ROWS", null);
    }

    private String importsPage(Caller caller, Locale locale, Model model, String mode, @Nullable String problem) {
        frame(caller, locale, model, "imports");
        model.addAttribute("jobs", imports.recent(caller));
        model.addAttribute("mode", mode);
        model.addAttribute("modes", ImportMode.values());
        model.addAttribute("fileProblem", problem);
        model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
        return "console/indicators-imports";
    }

    /**
     * Starts an import of the uploaded CSV file as the API's upload does; the form's idempotency key, made when the
     * form was shown, makes a second submit of the same form open the first job instead of importing again.
     */
    @PostMapping("/console/indicators/imports")
    String upload(
            @RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(defaultValue = "SKIP_BAD_ROWS") String mode,
            @RequestParam(required = false) @Nullable String idempotencyKey,
            Locale locale,
            Model model)
            throws IOException {
        Caller caller = Caller.current();
        caller.require(Permission.INDICATORS_WRITE);
        ImportMode chosen;
        try {
            chosen = ImportMode.valueOf(mode.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            chosen = ImportMode.SKIP_BAD_ROWS;
        }
        if (file == null || file.isEmpty()) {
            return importsPage(caller, locale, model, chosen.name(), "indicators.import.noFile");
        }
        ImportJob job;
        try (InputStream content = file.getInputStream()) {
            job = imports.start(
                    content,
                    file.getOriginalFilename(),
                    chosen,
                    idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey,
                    caller);
        } catch (InvalidInputException bad) {
            String field =
                    bad.problems().isEmpty() ? "file" : bad.problems().get(0).field();
            String message =
                    bad.problems().isEmpty() ? "" : bad.problems().get(0).message();
            String key = !"file".equals(field)
                    ? "indicators.import.failed"
                    : message.contains("UTF-8") ? "indicators.import.notUtf8" : "indicators.import.noRows";
            return importsPage(caller, locale, model, chosen.name(), key);
        }
        return "redirect:/console/indicators/imports/" + job.id();
    }

    @GetMapping("/console/indicators/imports/{id:\\d+}")
    String job(@PathVariable long id, @RequestParam(defaultValue = "0") String page, Locale locale, Model model) {
        Caller caller = Caller.current();
        frame(caller, locale, model, "imports");
        jobModel(id, number(page), caller, model);
        return "console/indicators-import";
    }

    /** The progress block alone: htmx asks for it every second until the job is done, then stops. */
    @GetMapping("/console/indicators/imports/{id:\\d+}/progress")
    String progress(@PathVariable long id, Locale locale, Model model) {
        Caller caller = Caller.current();
        jobModel(id, 0, caller, model);
        return "console/indicators-import :: progress";
    }

    private void jobModel(long id, int page, Caller caller, Model model) {
        ImportJob job = imports.get(id, caller);
        boolean done = "COMPLETED".equals(job.status()) || "FAILED".equals(job.status());
        model.addAttribute("job", job);
        model.addAttribute("done", done);
        model.addAttribute("times", DissuasionPages.TIMES);
        if (done && job.rejectedRows() > 0) {
            int shown = Math.min(Math.max(0, page), MAX_ERROR_PAGE);
            List<RowError> errors = imports.errors(id, shown, ERRORS_SIZE, caller);
            model.addAttribute("errors", errors);
            model.addAttribute("errorPage", shown);
            // more if the error after this page exists: pages of one error, numbered by that error
            model.addAttribute(
                    "moreErrors",
                    errors.size() == ERRORS_SIZE
                            && !imports.errors(id, (shown + 1) * ERRORS_SIZE, 1, caller)
                                    .isEmpty());
        }
    }

    // ----------------------------------------------------------------------------------------------- activity

    @GetMapping("/console/indicators/activity")
    String activity(@RequestParam(defaultValue = "30") String days, Locale locale, Model model) {
        Caller caller = Caller.current();
        caller.require(Permission.INDICATORS_READ);
        frame(caller, locale, model, "activity");
        int window = window(days);
        LocalDate today = LocalDate.now(clock.withZone(Dashboards.CHINA));
        model.addAttribute("days", window);
        model.addAttribute("windows", WINDOWS);
        if (caller.seesAll()) {
            model.addAttribute("noCentre", true);
            return "console/indicators-activity";
        }
        ActivityReport report = checks.activity(null, today.minusDays(window - 1L), today, caller);
        model.addAttribute("report", report);
        model.addAttribute("tally", tallyTable(registry.tally(null, caller)));
        model.addAttribute("kinds", IndicatorKind.values());
        return "console/indicators-activity";
    }

    /** What the activity chart draws: per day, the listed numbers sighted, the checks that hit them and warned. */
    @GetMapping(value = "/console/indicators/activity/chart", produces = "application/json")
    @ResponseBody
    Chart chart(@RequestParam(defaultValue = "30") String days, Locale locale) {
        Caller caller = Caller.current();
        caller.require(Permission.INDICATORS_READ);
        int window = window(days);
        LocalDate today = LocalDate.now(clock.withZone(Dashboards.CHINA));
        List<String> labels = new ArrayList<>();
        List<Long> active = new ArrayList<>();
        List<Long> hits = new ArrayList<>();
        List<Long> warnings = new ArrayList<>();
        if (!caller.seesAll()) {
            for (ActivityReport.Day day : checks.activity(null, today.minusDays(window - 1L), today, caller)
                    .days()) {
                labels.add(day.day().toString().substring(5));
                active.add(day.active());
                hits.add(day.hits());
                warnings.add(day.warnings());
            }
        }
        return new Chart(
                labels,
                List.of(
                        new Series(messages.getMessage("indicators.chart.active", null, locale), active),
                        new Series(messages.getMessage("indicators.chart.hits", null, locale), hits),
                        new Series(messages.getMessage("indicators.chart.warnings", null, locale), warnings)));
    }

    /** The chart's days and its lines. */
    record Chart(List<String> days, List<Series> series) {}

    /** One line of the chart. */
    record Series(String name, List<Long> values) {}

    /** The centre's list per status (rows) and kind (columns), with totals. */
    record TallyTable(Map<IndicatorStatus, Map<IndicatorKind, Long>> rows, Map<IndicatorKind, Long> totals, long all) {}

    private static TallyTable tallyTable(List<IndicatorEvidence.Tally> tally) {
        Map<IndicatorStatus, Map<IndicatorKind, Long>> rows = new EnumMap<>(IndicatorStatus.class);
        Map<IndicatorKind, Long> totals = new EnumMap<>(IndicatorKind.class);
        long all = 0;
        for (IndicatorEvidence.Tally t : tally) {
            rows.computeIfAbsent(t.status(), s -> new EnumMap<>(IndicatorKind.class))
                    .merge(t.kind(), t.count(), Long::sum);
            totals.merge(t.kind(), t.count(), Long::sum);
            all += t.count();
        }
        return new TallyTable(rows, totals, all);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private void frame(Caller caller, Locale locale, Model model, String tab) {
        model.addAttribute("me", users.describe(caller, locale));
        model.addAttribute("page", "indicators");
        model.addAttribute("tab", tab);
        model.addAttribute("times", DissuasionPages.TIMES);
        model.addAttribute("en", "en".equals(locale.getLanguage()));
        model.addAttribute("mayWrite", caller.may(Permission.INDICATORS_WRITE) && !caller.seesAll());
        model.addAttribute("kinds", IndicatorKind.values());
        model.addAttribute("statuses", IndicatorStatus.values());
        model.addAttribute("scamTypes", ScamType.values());
    }

    private Map<Long, String> agencyNames(Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        Map<Long, String> names = new HashMap<>();
        for (Agency a : agencies.all()) {
            names.put(a.id(), en ? a.nameEn() : a.nameZh());
        }
        return names;
    }

    /** A timeline of what the registry knows: first seen, each report, the last change, last seen, expiry. */
    private static List<Moment> history(IndicatorEvidence evidence) {
        IndicatorView i = evidence.indicator();
        List<Moment> moments = new ArrayList<>();
        moments.add(new Moment(i.firstSeen(), "firstSeen", null));
        for (IndicatorEvidence.Report r : evidence.reports()) {
            moments.add(new Moment(r.reportedAt(), "report", r.source().name()));
        }
        moments.add(new Moment(i.updatedAt(), "changed", i.status().name()));
        moments.add(new Moment(i.lastSeen(), "lastSeen", null));
        moments.sort(java.util.Comparator.comparing(Moment::at));
        return moments;
    }

    /** One line of an indicator's timeline. */
    record Moment(
            java.time.Instant at, String what, @Nullable String detail) {}

    private static <E extends Enum<E>> @Nullable E choice(
            Class<E> type, @Nullable String text, String field, Map<String, String> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            problems.put(field, "indicators.search.unknownChoice");
            return null;
        }
    }

    private static int number(String text) {
        try {
            return Math.max(0, Math.min(Integer.parseInt(text.strip()), 100_000));
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    private static int window(String text) {
        int days = number(text);
        return WINDOWS.contains(days) ? days : 30;
    }

    private static int pages(long total, int size) {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
