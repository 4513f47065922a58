package io.clearsky.server.demo;

import io.clearsky.server.agencies.AgencyKind;
import io.clearsky.server.agencies.AgencyManagement;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.agencies.NewAgency;
import io.clearsky.server.agencies.PartnerKind;
import io.clearsky.server.agencies.Role;
import io.clearsky.server.funds.AssistanceForm;
import io.clearsky.server.funds.AssistanceManagement;
import io.clearsky.server.funds.AssistanceView;
import io.clearsky.server.funds.FundsSettings;
import io.clearsky.server.funds.OrderForm;
import io.clearsky.server.funds.OrderManagement;
import io.clearsky.server.funds.OrderView;
import io.clearsky.server.funds.TraceManagement;
import io.clearsky.server.funds.TraceRequest;
import io.clearsky.server.funds.TraceView;
import io.clearsky.server.funds.TransferForm;
import io.clearsky.server.funds.TransferManagement;
import io.clearsky.simulator.Institution;
import io.clearsky.simulator.Transfer;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The demo world's money. Every institution that holds the world's accounts (the payment platform for {@code
 * alipay:} accounts, the issuing bank for cards) joins as a partner and sends, in batches, the transfers out of the
 * accounts it holds; then the centre plays the start of one victim's story: it traces the victim's payment, orders
 * the accounts still holding the money stopped, one holder reports its stop executed, and an assistance request
 * about the account the victim paid waits for its answer.
 */
@Component
class DemoMoney {

    // How: everything goes through the funds module's own services with the callers a real installation would have
    // (the partner for its batches, the centre for traces, orders and requests, the holder for its acknowledgement),
    // so the demo obeys the same rules and leaves the same audit records as the API.

    private static final Caller LOADER = new Caller("demo-loader", Role.ADMIN, null);
    private static final int MAX_ORDERS = 3;
    private static final int MAX_TRACES = 20;
    private static final Duration RECENT = Duration.ofDays(5);

    private final AgencyManagement agencies;
    private final TransferManagement transfers;
    private final TraceManagement traces;
    private final OrderManagement orders;
    private final AssistanceManagement assistance;
    private final FundsSettings settings;
    private final Clock clock;

    DemoMoney(
            AgencyManagement agencies,
            TransferManagement transfers,
            TraceManagement traces,
            OrderManagement orders,
            AssistanceManagement assistance,
            FundsSettings settings,
            Clock clock) {
        this.agencies = agencies;
        this.transfers = transfers;
        this.traces = traces;
        this.orders = orders;
        this.assistance = assistance;
        this.settings = settings;
        this.clock = clock;
    }

    /** The institutions that hold the world's accounts, registered as partners: agency ids by code. */
    Map<String, Long> registerHolders() {
        Map<String, Long> ids = new LinkedHashMap<>();
        for (Institution institution : Institution.all()) {
            long id = agencies.register(
                            new NewAgency(
                                    institution.code(),
                                    AgencyKind.PARTNER,
                                    institution.nameZh(),
                                    institution.nameEn(),
                                    null,
                                    null,
                                    null,
                                    institution.equals(Institution.PAYMENT_PLATFORM)
                                            ? PartnerKind.PAYMENT
                                            : PartnerKind.BANK),
                            LOADER)
                    .id();
            ids.put(institution.code(), id);
        }
        return ids;
    }

    /**
     * Sends the transfers, each by the institution of the account the money left, in batches as large as the funds
     * module takes; returns how many were added.
     */
    int send(List<Transfer> moved, Map<String, Long> holders) {
        Map<String, List<TransferForm>> byPartner = new LinkedHashMap<>();
        for (Transfer transfer : moved) {
            byPartner.computeIfAbsent(partner(transfer), p -> new ArrayList<>()).add(form(transfer));
        }
        int added = 0;
        for (Map.Entry<String, List<TransferForm>> sent : byPartner.entrySet()) {
            Caller partner = new Caller("demo-" + sent.getKey(), Role.PARTNER, holders.get(sent.getKey()));
            List<TransferForm> all = sent.getValue();
            for (int from = 0; from < all.size(); from += settings.maxBatch()) {
                added += transfers
                        .receive(all.subList(from, Math.min(all.size(), from + settings.maxBatch())), partner)
                        .added();
            }
        }
        return added;
    }

    /** What the story left: the payment traced, the orders issued, the request made. */
    record Story(
            Transfer payment,
            TraceView trace,
            List<OrderView> orders,
            @Nullable AssistanceView request) {}

    /**
     * The centre traces a recent victim's payment whose money reached the second level or deeper, orders the
     * largest holdings of its freeze plan stopped (the first holder executes its order), and asks the holder of the
     * account the victim paid who holds it, what moved through it and which phones are bound to it. Null when no
     * victim's payment was traced that far.
     */
    @Nullable
    Story play(List<Transfer> moved, Caller centre, String centreNameZh, Map<String, Long> holders) {
        Instant end = moved.stream()
                .map(Transfer::time)
                .max(Comparator.naturalOrder())
                .orElse(clock.instant());
        List<Transfer> payments = moved.stream()
                .filter(t -> t.kind() == Transfer.Kind.FRAUD_PAYMENT)
                .sorted(Comparator.comparing((Transfer t) -> t.time().isAfter(end.minus(RECENT)))
                        .thenComparingLong(Transfer::amountFen)
                        .reversed())
                .limit(MAX_TRACES)
                .toList();
        for (Transfer payment : payments) {
            TraceView trace =
                    traces.trace(TraceRequest.ofTransfer(partner(payment), transferId(payment), null), centre);
            List<TraceView.FreezeTarget> targets = trace.freezePlan().stream()
                    .filter(t -> t.level() >= 2 && t.partnerAgencyId() != null)
                    .limit(MAX_ORDERS)
                    .toList();
            if (trace.depth() >= 2 && !targets.isEmpty()) {
                return new Story(
                        payment, trace, stop(payment, targets, centre, centreNameZh), ask(payment, centre, holders));
            }
        }
        return null;
    }

    private List<OrderView> stop(
            Transfer payment, List<TraceView.FreezeTarget> targets, Caller centre, String centreNameZh) {
        int year = payment.time().atOffset(ZoneOffset.ofHours(8)).getYear();
        List<OrderView> issued = new ArrayList<>();
        for (TraceView.FreezeTarget target : targets) {
            int n = issued.size() + 1;
            OrderView order = orders.issue(
                            new OrderForm(
                                    "STOP_PAYMENT",
                                    centreNameZh + "止付字〔" + year + "〕" + (100 + n) + "号",
                                    target.account().account(),
                                    target.account().institution(),
                                    target.amount().amount(),
                                    target.amount().currency(),
                                    null,
                                    null),
                            "demo-" + transferId(payment) + "-zf-" + n,
                            centre)
                    .order();
            issued.add(order);
        }
        // the holder of the largest holding stops it at once, the others have not answered yet
        OrderView first = issued.get(0);
        Caller holder = new Caller("demo-" + first.account().institution(), Role.PARTNER, first.partnerId());
        issued.set(
                0, orders.acknowledge(first.id(), first.amount().amount(), "已按止付通知书止付 / stopped as ordered", holder));
        return issued;
    }

    private @Nullable AssistanceView ask(Transfer payment, Caller centre, Map<String, Long> holders) {
        Institution paid = Institution.of(payment.to());
        if (!holders.containsKey(paid.code())) {
            return null;
        }
        Instant now = clock.instant();
        return assistance
                .request(
                        new AssistanceForm(
                                paid.code(),
                                "ACCOUNT",
                                Institution.number(payment.to()),
                                paid.code(),
                                List.of("HOLDER", "TRANSFERS", "BOUND_PHONES"),
                                payment.time()
                                        .minus(Duration.ofDays(7))
                                        .atOffset(ZoneOffset.ofHours(8))
                                        .toString(),
                                now.atOffset(ZoneOffset.ofHours(8)).toString(),
                                null,
                                null,
                                "受害人转账（" + partner(payment) + " " + transferId(payment) + "）的收款账户 / the"
                                        + " account a victim paid: transfer " + transferId(payment) + " of "
                                        + partner(payment)),
                        "demo-" + transferId(payment) + "-xc",
                        centre)
                .request();
    }

    /** The partner that sends a transfer: the institution holding the account the money left. */
    static String partner(Transfer transfer) {
        return Institution.of(transfer.from()).code();
    }

    /**
     * The transfers the demo sends: every one that carried a victim's money (payments, mule forwards, cash
     * withdrawals), and {@code backgroundShare} of the others (acquaintances, merchants, salaries), picked by id so
     * the same world always sends the same ones.
     */
    static List<Transfer> sample(List<Transfer> moved, double backgroundShare) {
        long kept = Math.round(backgroundShare * 1_000);
        return moved.stream()
                .filter(t -> switch (t.kind()) {
                    case FRAUD_PAYMENT, MULE_FORWARD, CASH_WITHDRAWAL -> true;
                    case ACQUAINTANCE, MERCHANT, SALARY ->
                        Math.floorMod(Long.hashCode(t.id() * 0x9E3779B97F4A7C15L), 1_000) < kept;
                })
                .toList();
    }

    /** A transfer's id as its partner sends it. */
    static String transferId(Transfer transfer) {
        return "demo-T" + transfer.id();
    }

    /** A simulated transfer as its partner sends it; a cash withdrawal goes to {@code cash:<division>} at the bank. */
    static TransferForm form(Transfer transfer) {
        Institution payer = Institution.of(transfer.from());
        boolean cash = Institution.isCash(transfer.to());
        Institution payee = cash ? payer : Institution.of(transfer.to());
        String channel = cash ? "ATM" : payer.equals(Institution.PAYMENT_PLATFORM) ? "BALANCE" : "BANK_CARD";
        return new TransferForm(
                transferId(transfer),
                transfer.time().atOffset(ZoneOffset.ofHours(8)).toString(),
                Institution.number(transfer.from()),
                payer.code(),
                cash ? transfer.to() : Institution.number(transfer.to()),
                payee.code(),
                BigDecimal.valueOf(transfer.amountFen(), 2).toPlainString(),
                "CNY",
                channel,
                "SUCCEEDED");
    }
}
