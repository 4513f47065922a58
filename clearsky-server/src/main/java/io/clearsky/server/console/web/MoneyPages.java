package io.clearsky.server.console.web;

import io.clearsky.server.ConflictException;
import io.clearsky.server.InvalidInputException;
import io.clearsky.server.NotFoundException;
import io.clearsky.server.agencies.Agency;
import io.clearsky.server.agencies.AgencyManagement;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.agencies.Permission;
import io.clearsky.server.funds.AccountRef;
import io.clearsky.server.funds.AssistanceManagement;
import io.clearsky.server.funds.AssistanceStatus;
import io.clearsky.server.funds.AssistanceView;
import io.clearsky.server.funds.Money;
import io.clearsky.server.funds.OrderForm;
import io.clearsky.server.funds.OrderKind;
import io.clearsky.server.funds.OrderManagement;
import io.clearsky.server.funds.OrderStatus;
import io.clearsky.server.funds.OrderView;
import io.clearsky.server.funds.Page;
import io.clearsky.server.funds.TraceManagement;
import io.clearsky.server.funds.TraceRequest;
import io.clearsky.server.funds.TraceView;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The follow-the-money pages (资金追查): a trace from a victim's transfer drawn as a layered graph with its freeze
 * plan, stop-payment and freeze orders issued from the plan, the boards of orders and assistance requests with their
 * deadlines counting down, and an order's page with its history and what the centre may still do with it. Everything
 * goes through the funds module's {@link TraceManagement}, {@link OrderManagement} and {@link AssistanceManagement}
 * with the person's own rights, so the API's rules hold: tracing needs {@code TRACE}, the boards {@code ORDERS_READ},
 * issuing, extending and releasing {@code ORDERS_ISSUE}, and accounts are masked exactly as the API masks them.
 */
@Hidden
@Controller
class MoneyPages {

    /** The orders or requests a board shows: the newest (orders) or the most urgent (requests) first. */
    static final int BOARD_SIZE = 100;

    private final TraceManagement traces;
    private final OrderManagement orders;
    private final AssistanceManagement assistance;
    private final AgencyManagement agencies;
    private final ConsoleUsers users;
    private final MessageSource messages;
    private final Clock clock;

    MoneyPages(
            TraceManagement traces,
            OrderManagement orders,
            AssistanceManagement assistance,
            AgencyManagement agencies,
            ConsoleUsers users,
            MessageSource messages,
            Clock clock) {
        this.traces = traces;
        this.orders = orders;
        this.assistance = assistance;
        this.agencies = agencies;
        this.users = users;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * What a trace asks, as its form sends it and as the page's links repeat it: {@code until} pins the trace to the
     * moment it first ran, so the graph, a reload and the page shown again after an order draw the same money.
     */
    public record TraceQuery(String partner, String transferId, String apportionment, String maxDepth, String until) {

        static TraceQuery of(
                @Nullable String partner,
                @Nullable String transferId,
                @Nullable String apportionment,
                @Nullable String maxDepth,
                @Nullable String until) {
            return new TraceQuery(
                    strip(partner), strip(transferId), strip(apportionment), strip(maxDepth), strip(until));
        }

        boolean asked() {
            return !partner.isEmpty() || !transferId.isEmpty();
        }

        TraceQuery at(String moment) {
            return new TraceQuery(partner, transferId, apportionment, maxDepth, moment);
        }

        /** The query string that asks this trace again. */
        public String params() {
            return "partner=" + enc(partner) + "&transferId=" + enc(transferId) + "&apportionment=" + enc(apportionment)
                    + "&maxDepth=" + enc(maxDepth) + "&until=" + enc(until);
        }

        private static String enc(String text) {
            return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** An order as its form in the freeze plan holds it, typed or as first offered; the key is made with the form. */
    public record OrderDraft(
            String kind,
            String legalDocument,
            String amount,
            String caseId,
            String followsOrderId,
            String idempotencyKey) {}

    /**
     * An entry of the freeze plan with its order form, the problems of its last sending, and the centre's live orders
     * on the account already (so an analyst sees what was issued before issuing again).
     */
    public record PlanEntry(
            int index,
            TraceView.FreezeTarget target,
            OrderDraft draft,
            Map<String, String> errors,
            List<OrderView> existing) {}

    /** A row of the trace's table: an account at its level with the money in, out and left (null: not applicable). */
    public record Row(
            int level,
            AccountRef account,
            @Nullable Money received,
            @Nullable Money out,
            @Nullable Money left,
            @Nullable Money balance,
            boolean victim,
            boolean hub,
            boolean cash) {}

    // ---- the trace ----

    @GetMapping("/console/money")
    String trace(
            @RequestParam(required = false) @Nullable String partner,
            @RequestParam(required = false) @Nullable String transferId,
            @RequestParam(required = false) @Nullable String apportionment,
            @RequestParam(required = false) @Nullable String maxDepth,
            @RequestParam(required = false) @Nullable String until,
            Locale locale,
            Model model) {
        Caller caller = Caller.current();
        if (!caller.may(Permission.TRACE) && caller.may(Permission.ORDERS_READ)) {
            return "redirect:/console/money/orders";
        }
        caller.require(Permission.TRACE);
        return tracePage(
                caller, TraceQuery.of(partner, transferId, apportionment, maxDepth, until), null, locale, model);
    }

    /** The trace's graph as ECharts draws it: the accounts by level, and the money between them summed per pair. */
    @GetMapping(path = "/console/money/trace/graph", produces = "application/json")
    @ResponseBody
    Map<String, Object> graph(
            @RequestParam(required = false) @Nullable String partner,
            @RequestParam(required = false) @Nullable String transferId,
            @RequestParam(required = false) @Nullable String apportionment,
            @RequestParam(required = false) @Nullable String maxDepth,
            @RequestParam(required = false) @Nullable String until,
            Locale locale) {
        Caller caller = Caller.current();
        caller.require(Permission.TRACE);
        TraceQuery query = TraceQuery.of(partner, transferId, apportionment, maxDepth, until);
        TraceView trace = traces.trace(request(query, depth(query.maxDepth())), caller);
        MoneyText text = new MoneyText(messages, locale);
        List<Row> rows = rows(trace);
        int deepest = rows.stream().mapToInt(Row::level).max().orElse(0);
        List<String> levels = new ArrayList<>();
        for (int level = 0; level <= deepest; level++) {
            levels.add(text.level(level));
        }
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (Row row : rows) {
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("id", row.account().toString());
            node.put("account", row.account().account());
            node.put("institution", row.account().institution());
            node.put("level", row.level());
            node.put("kind", row.victim() ? "victim" : row.hub() ? "hub" : row.cash() ? "cash" : "account");
            node.put("left", row.left() == null ? null : text.money(row.left()));
            nodes.add(node);
        }
        Map<String, Long> sums = new LinkedHashMap<>();
        String currency = trace.traced().currency();
        for (TraceView.Transfer t : trace.transfers()) {
            sums.merge(t.from() + "\n" + t.to(), t.traced().minor(), Long::sum);
        }
        List<Map<String, Object>> edges = new ArrayList<>();
        sums.forEach((pair, minor) -> {
            String[] ends = pair.split("\n", 2);
            Map<String, Object> edge = new LinkedHashMap<>();
            edge.put("source", ends[0]);
            edge.put("target", ends[1]);
            edge.put("label", text.money(Money.of(minor, currency)));
            edges.add(edge);
        });
        Map<String, Object> graph = new LinkedHashMap<>();
        graph.put("levels", levels);
        graph.put("nodes", nodes);
        graph.put("edges", edges);
        return graph;
    }

    /** Issues a stop-payment or freeze order from the freeze plan; the form's key makes a second sending a repeat. */
    @PostMapping("/console/money/orders")
    String issue(
            @RequestParam(required = false) @Nullable String partner,
            @RequestParam(required = false) @Nullable String transferId,
            @RequestParam(required = false) @Nullable String apportionment,
            @RequestParam(required = false) @Nullable String maxDepth,
            @RequestParam(required = false) @Nullable String until,
            @RequestParam(required = false) @Nullable String account,
            @RequestParam(required = false) @Nullable String institution,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String legalDocument,
            @RequestParam(required = false) @Nullable String amount,
            @RequestParam(required = false) @Nullable String caseId,
            @RequestParam(required = false) @Nullable String followsOrderId,
            @RequestParam(required = false) @Nullable String idempotencyKey,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Caller caller = Caller.current();
        caller.require(Permission.ORDERS_ISSUE);
        TraceQuery query = TraceQuery.of(partner, transferId, apportionment, maxDepth, until);
        String key = strip(idempotencyKey).isEmpty() ? UUID.randomUUID().toString() : strip(idempotencyKey);
        OrderDraft draft = new OrderDraft(
                strip(kind), strip(legalDocument), strip(amount), strip(caseId), strip(followsOrderId), key);
        AccountRef target = new AccountRef(strip(institution), strip(account));
        Map<String, String> errors = new LinkedHashMap<>();
        Long caseNumber = number(draft.caseId(), "caseId", "money.error.caseNumber", errors);
        Long follows = number(draft.followsOrderId(), "followsOrderId", "money.error.followsNumber", errors);
        if (errors.isEmpty()) {
            try {
                OrderManagement.Issued issued = orders.issue(
                        new OrderForm(
                                draft.kind(),
                                draft.legalDocument(),
                                target.account(),
                                target.institution(),
                                draft.amount(),
                                null,
                                caseNumber,
                                follows),
                        key,
                        caller);
                redirect.addFlashAttribute("issued", issued.order().orderNo());
                redirect.addFlashAttribute("repeated", issued.repeated());
                return "redirect:/console/money/orders/" + issued.order().id();
            } catch (InvalidInputException wrong) {
                for (InvalidInputException.FieldProblem p : wrong.problems()) {
                    errors.putIfAbsent(p.field(), orderError(p.field(), draft));
                }
            } catch (ConflictException conflict) {
                if (conflict.getMessage() != null && conflict.getMessage().startsWith("Idempotency-Key")) {
                    // this form was sent before with other values: a new key lets the changed order go as a new one
                    draft = new OrderDraft(
                            draft.kind(),
                            draft.legalDocument(),
                            draft.amount(),
                            draft.caseId(),
                            draft.followsOrderId(),
                            UUID.randomUUID().toString());
                    errors.put("form", "money.error.resent");
                } else {
                    errors.put("followsOrderId", "money.error.followsLive");
                }
            }
        }
        return tracePage(caller, query, new Sent(target, draft, errors), locale, model);
    }

    /** An order form sent back with its problems, to show again in its place in the plan. */
    private record Sent(AccountRef account, OrderDraft draft, Map<String, String> errors) {}

    private String tracePage(Caller caller, TraceQuery query, @Nullable Sent sent, Locale locale, Model model) {
        common(caller, "trace", locale, model);
        Map<String, String> problems = new LinkedHashMap<>();
        TraceView trace = null;
        if (query.asked()) {
            Integer depth = null;
            try {
                depth = depth(query.maxDepth());
            } catch (InvalidInputException wrong) {
                problems.put("maxDepth", "money.error.maxDepth");
            }
            if (problems.isEmpty()) {
                if (query.until().isEmpty()) {
                    query = query.at(
                            clock.instant().truncatedTo(ChronoUnit.MILLIS).toString());
                }
                try {
                    trace = traces.trace(request(query, depth), caller);
                } catch (InvalidInputException wrong) {
                    for (InvalidInputException.FieldProblem p : wrong.problems()) {
                        problems.putIfAbsent(p.field(), traceError(p.field(), query));
                    }
                } catch (NotFoundException missing) {
                    problems.put("transferId", "money.error.transferUnknown");
                } catch (ConflictException notSettled) {
                    problems.put("transferId", "money.error.transferNotSettled");
                }
            }
        }
        model.addAttribute("query", query);
        model.addAttribute("asOf", asOf(query.until()));
        model.addAttribute("problems", problems);
        model.addAttribute("trace", trace);
        model.addAttribute("partners", partnerCodes());
        if (trace != null) {
            List<Row> rows = rows(trace);
            model.addAttribute("rows", rows);
            model.addAttribute("mayIssue", caller.may(Permission.ORDERS_ISSUE));
            Map<AccountRef, List<OrderView>> live = liveOrders(caller);
            List<PlanEntry> plan = new ArrayList<>();
            for (TraceView.FreezeTarget target : trace.freezePlan()) {
                boolean resent = sent != null && sent.account().equals(target.account());
                plan.add(new PlanEntry(
                        plan.size(),
                        target,
                        resent
                                ? sent.draft()
                                : new OrderDraft(
                                        OrderKind.STOP_PAYMENT.name(),
                                        "",
                                        target.amount().amount(),
                                        "",
                                        "",
                                        UUID.randomUUID().toString()),
                        resent ? sent.errors() : Map.of(),
                        live.getOrDefault(target.account(), List.of())));
            }
            model.addAttribute("plan", plan);
        }
        return "console/money";
    }

    /** The centre's live orders (issued or executed) by account: the newest {@link #BOARD_SIZE} of each status. */
    private Map<AccountRef, List<OrderView>> liveOrders(Caller caller) {
        Map<AccountRef, List<OrderView>> live = new HashMap<>();
        if (!caller.may(Permission.ORDERS_READ)) {
            return live;
        }
        for (OrderStatus status : List.of(OrderStatus.ISSUED, OrderStatus.EXECUTED)) {
            for (OrderView o : orders.page(status, null, 0, BOARD_SIZE, caller).items()) {
                live.computeIfAbsent(o.account(), a -> new ArrayList<>()).add(o);
            }
        }
        return live;
    }

    /** The moment a trace is pinned to, as the pages write times; as typed if it is not a time with an offset. */
    private static String asOf(String until) {
        try {
            return DissuasionPages.TIMES.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(until, Instant::from));
        } catch (DateTimeParseException e) {
            return until;
        }
    }

    private TraceRequest request(TraceQuery query, @Nullable Integer depth) {
        return new TraceRequest(
                query.partner(),
                query.transferId(),
                null,
                null,
                null,
                null,
                null,
                query.apportionment().isEmpty() ? null : query.apportionment(),
                depth,
                null,
                query.until().isEmpty() ? null : query.until());
    }

    private static @Nullable Integer depth(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("maxDepth", "1 to 10");
        }
    }

    /** The accounts by level: first the victims' (payers the traced money never reached), then those it reached. */
    static List<Row> rows(TraceView trace) {
        Set<AccountRef> reached = new LinkedHashSet<>();
        trace.accounts().forEach(a -> reached.add(a.account()));
        Map<AccountRef, Long> paidByVictims = new LinkedHashMap<>();
        for (TraceView.Transfer t : trace.transfers()) {
            if (!reached.contains(t.from())) {
                paidByVictims.merge(t.from(), t.traced().minor(), Long::sum);
            }
        }
        String currency = trace.traced().currency();
        List<Row> rows = new ArrayList<>();
        paidByVictims.forEach((account, paid) ->
                rows.add(new Row(0, account, null, Money.of(paid, currency), null, null, true, false, false)));
        trace.accounts().stream()
                .sorted(java.util.Comparator.comparingInt(TraceView.Account::level)
                        .thenComparing(a -> a.account().toString()))
                .forEach(a -> rows.add(new Row(
                        a.level(),
                        a.account(),
                        a.received(),
                        a.cash()
                                ? a.withdrawn()
                                : Money.of(a.forwarded().minor() + a.untraced().minor(), currency),
                        a.residual(),
                        a.balance(),
                        false,
                        a.hub(),
                        a.cash())));
        return rows;
    }

    private static String traceError(String field, TraceQuery query) {
        return switch (field) {
            case "partner" -> query.partner().isEmpty() ? "money.error.partnerRequired" : "money.error.partnerUnknown";
            case "transferId" -> "money.error.transferRequired";
            case "apportionment" -> "money.error.apportionment";
            case "maxDepth" -> "money.error.maxDepth";
            default -> "money.error.trace";
        };
    }

    private static String orderError(String field, OrderDraft draft) {
        return switch (field) {
            case "kind" -> "money.error.kind";
            case "legalDocument" -> "money.error.legalDocument";
            case "amount", "currency" -> "money.error.amount";
            case "caseId" -> draft.caseId().isEmpty() ? "money.error.caseRequired" : "money.error.caseUnknown";
            case "followsOrderId" ->
                OrderKind.FREEZE.name().equals(draft.kind()) ? "money.error.followsUnknown" : "money.error.followsStop";
            case "institution" -> "money.error.institution";
            default -> "money.error.account";
        };
    }

    // ---- the boards ----

    /** The last page one may ask for (the page number times the size stays an int). */
    static final int MAX_PAGE = 1_000_000;

    private static int shownPage(int page) {
        return Math.min(Math.max(page, 0), MAX_PAGE);
    }

    /** The board's page and how many pages it has, for the pager under the table. */
    private static void pager(int page, long total, Model model) {
        model.addAttribute("pageNo", page);
        model.addAttribute("pages", (total + BOARD_SIZE - 1) / BOARD_SIZE);
    }

    @GetMapping("/console/money/orders")
    String orders(
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(defaultValue = "0") int page,
            Locale locale,
            Model model) {
        Caller caller = Caller.current();
        caller.require(Permission.ORDERS_READ);
        OrderStatus filter = parse(OrderStatus.class, status);
        Page<OrderView> found = orders.page(filter, null, shownPage(page), BOARD_SIZE, caller);
        common(caller, "orders", locale, model);
        pager(shownPage(page), found.total(), model);
        model.addAttribute("status", filter == null ? "" : filter.name());
        model.addAttribute("statuses", OrderStatus.values());
        model.addAttribute("orders", found.items());
        model.addAttribute("total", found.total());
        return "console/money-orders";
    }

    @GetMapping("/console/money/assistance")
    String assistance(
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(defaultValue = "0") int page,
            Locale locale,
            Model model) {
        Caller caller = Caller.current();
        caller.require(Permission.ORDERS_READ);
        AssistanceStatus filter = parse(AssistanceStatus.class, status);
        Page<AssistanceView> found = assistance.page(filter, false, shownPage(page), BOARD_SIZE, caller);
        common(caller, "assistance", locale, model);
        pager(shownPage(page), found.total(), model);
        Map<Long, String> partners = new HashMap<>();
        boolean en = "en".equals(locale.getLanguage());
        found.items()
                .forEach(r -> partners.computeIfAbsent(
                        r.partnerId(),
                        id -> agencies.find(id)
                                .map(a -> en ? a.nameEn() : a.nameZh())
                                .orElse(String.valueOf(id))));
        model.addAttribute("status", filter == null ? "" : filter.name());
        model.addAttribute("statuses", AssistanceStatus.values());
        model.addAttribute("requests", found.items());
        model.addAttribute("partnerNames", partners);
        String separator = messages.getMessage("money.list.sep", null, locale);
        Map<Long, String> asks = new HashMap<>();
        found.items()
                .forEach(r -> asks.put(
                        r.id(),
                        String.join(
                                separator,
                                r.asks().stream()
                                        .map(a -> messages.getMessage("money.ask." + a, null, a, locale))
                                        .toList())));
        model.addAttribute("asks", asks);
        model.addAttribute("total", found.total());
        return "console/money-assistance";
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    // ---- one order ----

    @GetMapping("/console/money/orders/{id}")
    String order(@PathVariable long id, Locale locale, Model model) {
        Caller caller = Caller.current();
        return orderPage(caller, orders.get(id, caller), Map.of(), Map.of(), locale, model);
    }

    @PostMapping("/console/money/orders/{id}/release")
    String release(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String reason,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Caller caller = Caller.current();
        try {
            orders.release(id, reason, caller);
        } catch (InvalidInputException wrong) {
            return orderPage(
                    caller,
                    orders.get(id, caller),
                    Map.of("reason", "money.error.reason"),
                    Map.of("reason", strip(reason)),
                    locale,
                    model);
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("problem", conflict(refused, "money.error.notReleasable"));
            return "redirect:/console/money/orders/" + id;
        }
        redirect.addFlashAttribute("done", "money.order.released");
        return "redirect:/console/money/orders/" + id;
    }

    @PostMapping("/console/money/orders/{id}/extend")
    String extend(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String until,
            @RequestParam(required = false) @Nullable String legalDocument,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Caller caller = Caller.current();
        OrderView order = orders.get(id, caller);
        Map<String, String> errors = new LinkedHashMap<>();
        Instant end = null;
        try {
            // the end of the chosen day, China Standard Time
            end = LocalDate.parse(strip(until))
                    .plusDays(1)
                    .atStartOfDay(Dashboards.CHINA)
                    .minusSeconds(1)
                    .toInstant();
            if (!end.isAfter(order.expiresAt())) {
                errors.put("until", "money.error.extendLater");
            }
        } catch (DateTimeException e) {
            // not a date, or one past the calendar's end (+999999999-12-31 plus a day)
            errors.put("until", "money.error.extendUntil");
        }
        if (strip(legalDocument).isEmpty()) {
            errors.put("legalDocument", "money.error.legalDocument");
        }
        if (errors.isEmpty()) {
            try {
                OrderView after = orders.extend(id, end.toString(), legalDocument, caller);
                // the API changes nothing on an order that cannot be extended (not an executed freeze): say so
                if (after.expiresAt().equals(end)) {
                    redirect.addFlashAttribute("done", "money.order.extended");
                } else {
                    redirect.addFlashAttribute("problem", "money.error.notExtended");
                }
                return "redirect:/console/money/orders/" + id;
            } catch (InvalidInputException wrong) {
                wrong.problems()
                        .forEach(p -> errors.putIfAbsent(
                                p.field(),
                                "until".equals(p.field()) ? "money.error.extendUntil" : "money.error.legalDocument"));
            } catch (ConflictException refused) {
                redirect.addFlashAttribute("problem", conflict(refused, "money.error.notExtended"));
                return "redirect:/console/money/orders/" + id;
            }
        }
        return orderPage(
                caller,
                order,
                errors,
                Map.of("until", strip(until), "legalDocument", strip(legalDocument)),
                locale,
                model);
    }

    /** What a refused change says: someone else changing the order meanwhile, or the order's state forbidding it. */
    private static String conflict(ConflictException refused, String otherwise) {
        return refused.getMessage() != null && refused.getMessage().contains("being changed")
                ? "money.error.busy"
                : otherwise;
    }

    private String orderPage(
            Caller caller,
            OrderView order,
            Map<String, String> errors,
            Map<String, String> typed,
            Locale locale,
            Model model) {
        common(caller, "orders", locale, model);
        boolean owner = caller.may(Permission.ORDERS_ISSUE) && caller.mayActFor(order.agencyId());
        boolean en = "en".equals(locale.getLanguage());
        model.addAttribute("order", order);
        model.addAttribute(
                "partnerName",
                agencies.find(order.partnerId())
                        .map(a -> en ? a.nameEn() : a.nameZh())
                        .orElse(order.account().institution()));
        model.addAttribute("mayRelease", owner && order.status().live());
        model.addAttribute(
                "mayExtend", owner && order.kind() == OrderKind.FREEZE && order.status() == OrderStatus.EXECUTED);
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        return "console/money-order";
    }

    // ---- shared ----

    private void common(Caller caller, String tab, Locale locale, Model model) {
        model.addAttribute("me", users.describe(caller, locale));
        model.addAttribute("page", "money");
        model.addAttribute("tab", tab);
        model.addAttribute("mayTrace", caller.may(Permission.TRACE));
        model.addAttribute("mayReadOrders", caller.may(Permission.ORDERS_READ));
        model.addAttribute("times", DissuasionPages.TIMES);
        model.addAttribute("left", new Countdowns(messages, locale, clock.instant()));
        model.addAttribute("text", new MoneyText(messages, locale));
    }

    /** The partners' codes, offered as suggestions for the trace's "partner" field. */
    private List<String> partnerCodes() {
        return agencies.all().stream()
                .filter(a -> a.kind() == io.clearsky.server.agencies.AgencyKind.PARTNER)
                .map(Agency::code)
                .sorted()
                .toList();
    }

    private static @Nullable Long number(String text, String field, String problem, Map<String, String> errors) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            errors.put(field, problem);
            return null;
        }
    }

    private static String strip(@Nullable String text) {
        return text == null ? "" : text.strip();
    }
}
