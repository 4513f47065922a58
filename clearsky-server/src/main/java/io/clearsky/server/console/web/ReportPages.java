package io.clearsky.server.console.web;

import io.clearsky.core.indicator.ScamType;
import io.clearsky.server.ConflictException;
import io.clearsky.server.InvalidInputException;
import io.clearsky.server.NotFoundException;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.agencies.Permission;
import io.clearsky.server.cases.CaseManagement;
import io.clearsky.server.cases.CaseView;
import io.clearsky.server.cases.ClusterGraph;
import io.clearsky.server.cases.ClusterRow;
import io.clearsky.server.cases.ClusterSummary;
import io.clearsky.server.cases.LinkageManagement;
import io.clearsky.server.cases.LinkageManagement.ExclusionResult;
import io.clearsky.server.reports.ReportManagement;
import io.clearsky.server.reports.ReportStatus;
import io.clearsky.server.reports.ReportView;
import io.swagger.v3.oas.annotations.Hidden;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The analysts' pages of citizens' reports and their clusters (报案与串并): the reports filtered and paged, a report
 * with the classifier's reading beside the reporter's type, the clusters, a cluster drawn as a graph of reports and the
 * identifiers that tie them, splitting it on an identifier and opening a case on it. Everything goes through {@link
 * ReportManagement}, {@link LinkageManagement} and {@link CaseManagement} with the person's own rights: reading needs
 * {@code REPORTS_READ}, splitting and opening a case {@code CASES_WRITE}, and personal data stays masked as the API
 * masks it.
 */
@Hidden
@Controller
class ReportPages {

    /** Reports on one page of the list. */
    static final int PAGE_SIZE = 25;

    /** Clusters the list shows, the largest losses first. */
    static final int CLUSTERS = 100;

    /** Reports a cluster's graph draws; a larger cluster is drawn with its first ones and says so. */
    static final int GRAPH_REPORTS = 60;

    private final ReportManagement reports;
    private final LinkageManagement linkage;
    private final CaseManagement cases;
    private final ConsoleUsers users;
    private final MessageSource messages;

    ReportPages(
            ReportManagement reports,
            LinkageManagement linkage,
            CaseManagement cases,
            ConsoleUsers users,
            MessageSource messages) {
        this.reports = reports;
        this.linkage = linkage;
        this.cases = cases;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/console/reports")
    String list(
            @RequestParam(required = false) @Nullable String scamType,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(defaultValue = "0") int page,
            Locale locale,
            Model model) {
        Caller caller = Caller.current();
        caller.require(Permission.REPORTS_READ);
        Map<String, String> problems = new LinkedHashMap<>();
        ScamType type = choice(ScamType.class, scamType, "scamType", problems);
        ReportStatus state = choice(ReportStatus.class, status, "status", problems);
        Instant since = day(from, "from", 0, problems);
        Instant until = day(to, "to", 1, problems);
        if (since != null && until != null && !since.isBefore(until)) {
            problems.put("to", "reports.error.period");
        }
        ReportManagement.Page<ReportView> found = null;
        if (problems.isEmpty()) {
            try {
                found = reports.page(
                        type,
                        state,
                        blank(region) ? null : region.strip(),
                        since,
                        until,
                        Math.max(page, 0),
                        PAGE_SIZE,
                        caller);
            } catch (InvalidInputException wrong) {
                problems.put("region", "reports.error.region");
            }
        }
        model.addAttribute("me", users.describe(caller, locale));
        model.addAttribute("page", "reports");
        model.addAttribute("times", DissuasionPages.TIMES);
        model.addAttribute("scamTypes", ScamType.values());
        model.addAttribute("statuses", ReportStatus.values());
        model.addAttribute("filter", new Filter(scamType, status, region, from, to));
        model.addAttribute("problems", problems);
        model.addAttribute("found", found);
        model.addAttribute("pages", found == null ? 0 : (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        return "console/reports";
    }

    /** The filter as typed, kept on the page (and in the paging links) whether it was good or not. */
    record Filter(
            @Nullable String scamType,
            @Nullable String status,
            @Nullable String region,
            @Nullable String from,
            @Nullable String to) {}

    private static <E extends Enum<E>> @Nullable E choice(
            Class<E> type, @Nullable String value, String field, Map<String, String> problems) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            problems.put(field, "reports.error.choice");
            return null;
        }
    }

    /** A day of China Standard Time as the start of that day ({@code plusDays} 0) or of the next (1, for "to"). */
    private static @Nullable Instant day(
            @Nullable String value, String field, int plusDays, Map<String, String> problems) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip())
                    .plusDays(plusDays)
                    .atStartOfDay(Dashboards.CHINA)
                    .toInstant();
        } catch (DateTimeParseException e) {
            problems.put(field, "reports.error.day");
            return null;
        }
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    @GetMapping("/console/reports/{id}")
    String report(@PathVariable long id, Locale locale, Model model) {
        Caller caller = Caller.current();
        ReportView report = reports.get(id, caller);
        ClusterSummary cluster;
        try {
            cluster = linkage.cluster(id, caller);
        } catch (NotFoundException notYet) {
            cluster = null;
        }
        model.addAttribute("me", users.describe(caller, locale));
        model.addAttribute("page", "reports");
        model.addAttribute("times", DissuasionPages.TIMES);
        model.addAttribute("report", report);
        model.addAttribute("cluster", cluster);
        return "console/report";
    }

    @GetMapping("/console/reports/clusters")
    String clusters(Locale locale, Model model) {
        Caller caller = Caller.current();
        List<ClusterRow> rows = linkage.clusters(2, false, null, CLUSTERS, caller);
        model.addAttribute("me", users.describe(caller, locale));
        model.addAttribute("page", "reports");
        model.addAttribute("times", DissuasionPages.TIMES);
        model.addAttribute("clusters", rows);
        return "console/clusters";
    }

    @GetMapping("/console/reports/clusters/{id}")
    String cluster(@PathVariable long id, Locale locale, Model model) {
        Caller caller = Caller.current();
        ClusterGraph graph = linkage.graph(id, caller);
        model.addAttribute("me", users.describe(caller, locale));
        model.addAttribute("page", "reports");
        model.addAttribute("times", DissuasionPages.TIMES);
        model.addAttribute("anchor", id);
        model.addAttribute("cluster", graph.summary());
        model.addAttribute(
                "types",
                graph.summary().scamTypes().stream()
                        .map(t ->
                                text("clusters.typeCount", locale, name(ScamType.valueOf(t.key()), locale), t.count()))
                        .toList());
        model.addAttribute("nodes", reportNodes(graph, caller));
        model.addAttribute("links", graph.links());
        model.addAttribute("drawnAll", graph.summary().reportIds().size() <= GRAPH_REPORTS);
        model.addAttribute("mayWrite", caller.may(Permission.CASES_WRITE));
        if (!model.containsAttribute("caseTitle")) {
            model.addAttribute("caseTitle", "");
            model.addAttribute("analyst", caller.name());
            model.addAttribute("reason", "");
        }
        return "console/cluster";
    }

    /**
     * A report of the graph: what its node and its row in the table say. Another region's report is drawn but not
     * linked, with no receipt number and no loss: only its type, its day and its city.
     */
    record ReportNode(
            long id,
            boolean ownRegion,
            @Nullable String receiptNo,
            ScamType scamType,
            LocalDate occurredOn,
            String region,
            @Nullable BigDecimal loss,
            @Nullable String currency) {}

    private List<ReportNode> reportNodes(ClusterGraph graph, Caller caller) {
        List<Long> ids = graph.summary().reportIds();
        return reports.summaries(ids.subList(0, Math.min(ids.size(), GRAPH_REPORTS)), caller).stream()
                .map(r -> r.report() == null
                        ? new ReportNode(r.id(), false, null, r.scamType(), r.occurredOn(), r.region(), null, null)
                        : new ReportNode(
                                r.id(),
                                true,
                                r.report().receiptNo(),
                                r.scamType(),
                                r.occurredOn(),
                                r.region(),
                                r.report().lossAmount(),
                                r.report().currency()))
                .toList();
    }

    private static String name(ScamType type, Locale locale) {
        return "en".equals(locale.getLanguage()) ? type.nameEn() : type.nameZh();
    }

    /**
     * The cluster's graph for ECharts, in the page's language: a node per report (linking to its page) and per
     * identifier (coloured by its kind), an edge per report carrying an identifier.
     */
    @GetMapping(value = "/console/reports/clusters/{id}/graph", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> graph(@PathVariable long id, Locale locale) {
        Caller caller = Caller.current();
        ClusterGraph graph = linkage.graph(id, caller);
        List<String> kinds = new ArrayList<>(List.of("REPORT"));
        List<Map<String, Object>> categories = new ArrayList<>();
        categories.add(Map.of("kind", "REPORT", "name", text("clusters.kind.REPORT", locale)));
        List<Map<String, Object>> nodes = new ArrayList<>();
        Map<Long, Boolean> drawn = new HashMap<>();
        for (ReportNode r : reportNodes(graph, caller)) {
            drawn.put(r.id(), true);
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("id", "r" + r.id());
            node.put("category", 0);
            node.put("symbolSize", 26);
            if (r.ownRegion()) {
                node.put("name", r.receiptNo());
                node.put("detail", name(r.scamType(), locale) + " · " + r.loss().toPlainString() + " " + r.currency());
                // a path under the application's context path, as the page's own links are (th:href="@{...}")
                node.put(
                        "url",
                        ServletUriComponentsBuilder.fromCurrentContextPath()
                                .path("/console/reports/{id}")
                                .buildAndExpand(r.id())
                                .getPath());
            } else {
                // drawn so that the cluster's shape is whole, but not linked: the report is another centre's
                node.put("name", text("clusters.otherRegion", locale, r.region()));
                node.put("detail", name(r.scamType(), locale) + " · " + r.occurredOn());
            }
            nodes.add(node);
        }
        for (ClusterSummary.Tie tie : graph.summary().identifiers()) {
            String kind = tie.key().substring(0, Math.max(0, tie.key().indexOf(':')));
            if (!kinds.contains(kind)) {
                kinds.add(kind);
                categories.add(Map.of("kind", kind, "name", text("clusters.kind." + kind, locale)));
            }
            nodes.add(Map.of(
                    "id",
                    "k" + tie.key(),
                    "name",
                    tie.key().substring(kind.length() + 1),
                    "category",
                    kinds.indexOf(kind),
                    "symbolSize",
                    tie.excluded() ? 14 : 18,
                    "detail",
                    tie.excluded()
                            ? text("clusters.excluded", locale)
                            : text("clusters.tiesReports", locale, tie.reports())));
        }
        List<Map<String, Object>> edges = graph.links().stream()
                .filter(l -> drawn.containsKey(l.reportId()))
                .map(l -> Map.<String, Object>of("source", "r" + l.reportId(), "target", "k" + l.key()))
                .toList();
        return Map.of("categories", categories, "nodes", nodes, "links", edges);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** "This identifier does not tie these reports": takes it out of linking, and shows the cluster again, split. */
    @PostMapping("/console/reports/clusters/{id}/exclusions")
    String exclude(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String key,
            @RequestParam(required = false) @Nullable String reason,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Caller caller = Caller.current();
        caller.require(Permission.CASES_WRITE);
        List<Long> before = linkage.cluster(id, caller).reportIds();
        ExclusionResult result;
        try {
            result = linkage.exclude(key, reason, caller);
        } catch (InvalidInputException | NotFoundException | ConflictException wrong) {
            String field = wrong instanceof InvalidInputException bad
                            && !bad.problems().isEmpty()
                            && "reason".equals(bad.problems().get(0).field())
                    ? "reason"
                    : "key";
            model.addAttribute(
                    "splitProblem",
                    Map.of(
                            field,
                            "reason".equals(field)
                                    ? "clusters.error.reason"
                                    : wrong instanceof ConflictException
                                            ? "clusters.error.already"
                                            : "clusters.error.key"));
            model.addAttribute("key", key);
            model.addAttribute("reason", reason == null ? "" : reason);
            model.addAttribute("caseTitle", "");
            model.addAttribute("analyst", caller.name());
            return cluster(id, locale, model);
        }
        List<Long> after = linkage.cluster(id, caller).reportIds();
        List<Long> left = before.stream().filter(r -> !after.contains(r)).toList();
        redirect.addFlashAttribute("split", result.key());
        redirect.addFlashAttribute("left", left);
        return "redirect:/console/reports/clusters/" + id;
    }

    /** Opens a case on the cluster, with its title and analyst, and goes to the case's page. */
    @PostMapping("/console/reports/clusters/{id}/case")
    String promote(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String title,
            @RequestParam(required = false) @Nullable String analyst,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Caller caller = Caller.current();
        CaseView opened;
        try {
            opened = cases.promote(id, title, analyst, caller);
        } catch (InvalidInputException | ConflictException wrong) {
            String field = wrong instanceof InvalidInputException bad
                            && !bad.problems().isEmpty()
                    ? bad.problems().get(0).field()
                    : "cluster";
            model.addAttribute(
                    "caseProblem",
                    Map.of(
                            field,
                            wrong instanceof ConflictException ? "clusters.error.hasCase" : "clusters.error." + field));
            model.addAttribute("caseTitle", title == null ? "" : title);
            model.addAttribute("analyst", analyst == null ? "" : analyst);
            model.addAttribute("reason", "");
            return cluster(id, locale, model);
        }
        redirect.addFlashAttribute("done", "cases.done.opened");
        return "redirect:/console/cases/" + opened.id();
    }
}
