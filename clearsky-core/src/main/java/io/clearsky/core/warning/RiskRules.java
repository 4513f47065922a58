package io.clearsky.core.warning;

import io.clearsky.core.indicator.Assessment;
import io.clearsky.core.indicator.Route;
import io.clearsky.core.indicator.ScamType;
import io.clearsky.core.indicator.Verdict;
import io.clearsky.core.text.ScamTextClassifier;
import io.clearsky.core.text.TextAssessment;
import io.clearsky.core.warning.SubscriberState.Contact;
import io.clearsky.core.warning.SubscriberState.ContactKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The six risk rules of one {@link RuleSet}, as code both engines run: {@link #route} says which keys an event
 * touches and in what role, and {@link #apply} runs the rules for one key on the state kept for it. An engine keeps
 * the states (a map in process, Flink keyed state on a cluster), applies the keys of each event in any order, and
 * gets the same decisions as long as each key sees its events in the same order.
 *
 * <p>Rules read event times only, never the clock, and the watchlist with the event's day.
 */
public final class RiskRules {

    private static final int MAX_EVIDENCE = 20;
    private static final int MAX_OUTGOING = 16;

    private final RuleSet rules;
    private final Watchlist watchlist;
    private final long contactWindow;
    private final long burstWindow;
    private final long forwardWindow;
    private final int callCapacity;

    public RiskRules(RuleSet rules, Watchlist watchlist) {
        this.rules = rules;
        this.watchlist = watchlist;
        this.contactWindow = rules.contactThenNewPayee().window().toMillis();
        this.burstWindow = rules.callingBurst().window().toMillis();
        this.forwardWindow = rules.fastForward().window().toMillis();
        this.callCapacity = Math.min(20_000, Math.max(64, rules.callingBurst().minDistinctCallees() * 4));
    }

    /** The rule set these rules run. */
    public RuleSet ruleSet() {
        return rules;
    }

    /** A key an event touches, and the part the event plays for it. */
    public record Routed(long key, Role role) {}

    /** The keys an event touches; at most three. */
    public List<Routed> route(RiskEvent event) {
        if (event instanceof CallEvent call) {
            return List.of(
                    new Routed(Keys.subscriber(call.callee()), Role.CONTACT),
                    new Routed(Keys.number(call.caller()), Role.CALLER),
                    new Routed(Keys.number(call.callee()), Role.CALLED));
        }
        if (event instanceof TransferAttempt transfer) {
            return List.of(
                    new Routed(
                            transfer.payerPhone() == null
                                    ? Keys.subscriberByAccount(transfer.payer())
                                    : Keys.subscriber(transfer.payerPhone()),
                            Role.PAYER),
                    new Routed(Keys.account(transfer.payee()), Role.PAYEE_ACCOUNT),
                    new Routed(Keys.account(transfer.payer()), Role.PAYER_ACCOUNT));
        }
        return List.of(new Routed(Keys.subscriber(contacted(event)), Role.CONTACT));
    }

    private static String contacted(RiskEvent event) {
        if (event instanceof SmsEvent sms) {
            return sms.recipient();
        }
        if (event instanceof LinkVisitEvent visit) {
            return visit.subscriber();
        }
        if (event instanceof AppInstallEvent install) {
            return install.subscriber();
        }
        throw new IllegalArgumentException("not a contact: " + event.type());
    }

    /**
     * Runs the rules for one key of an event.
     *
     * @param state what is kept for the key, or null when nothing is
     * @param out where decisions go
     * @return the state to keep for the key (the same object, changed, or a new one), or null to keep nothing; a
     *     state past its {@link KeyState#retainUntil} at the event's time is read as none
     */
    public @Nullable KeyState apply(@Nullable KeyState state, RiskEvent event, Role role, List<Decision> out) {
        // A state past its retainUntil is read as none, whether or not the engine has dropped it yet: otherwise what
        // it still holds (calls before the window, the order of forgotten payees) could decide differently from an
        // engine that expired it, and when an engine expires states (RiskEngine.expire, a Flink timer) would matter.
        KeyState kept = state != null && state.retainUntil(rules) < event.at().toEpochMilli() ? null : state;
        KeyState next = switch (role) {
            case CONTACT -> contact((SubscriberState) kept, event, out);
            case PAYER -> payer((SubscriberState) kept, (TransferAttempt) event, out);
            case CALLER -> caller((NumberState) kept, (CallEvent) event, out);
            case CALLED -> called((NumberState) kept, (CallEvent) event);
            case PAYEE_ACCOUNT -> payee((AccountState) kept, (TransferAttempt) event);
            case PAYER_ACCOUNT -> forward((AccountState) kept, (TransferAttempt) event, out);
        };
        if (next != null) {
            next.lastSeen = Math.max(next.lastSeen, event.at().toEpochMilli());
        }
        return next;
    }

    // ---- rules 2 (the contact half) and 3 -------------------------------------------------------------------

    private @Nullable SubscriberState contact(@Nullable SubscriberState state, RiskEvent event, List<Decision> out) {
        long time = event.at().toEpochMilli();
        long day = Math.floorDiv(time, KeyState.DAY_MILLIS);
        List<Contact> contacts = new ArrayList<>(1);
        if (event instanceof CallEvent call) {
            boolean spoofed = spoofed(call);
            if (spoofed && rules.spoofedCall().enabled()) {
                out.add(spoofWarning(call));
            }
            if (call.durationSeconds() > 0) {
                Route route = call.route().checkRoute();
                Assessment presented = watchlist.phone(call.presented(), route, day);
                Assessment caller = call.caller().equals(call.presented())
                        ? presented
                        : watchlist.phone(call.caller(), Route.DOMESTIC, day);
                Assessment worse = presented.moreSevere(caller);
                String number = worse == caller ? call.caller() : call.presented();
                if (listed(worse)) {
                    contacts.add(new Contact(
                            time,
                            ContactKind.CALL,
                            number,
                            worse.scamType(),
                            worse.verdict() == Verdict.FRAUD,
                            call.id()));
                } else if (spoofed) {
                    contacts.add(new Contact(time, ContactKind.SPOOFED_CALL, call.presented(), null, false, call.id()));
                }
            }
        } else if (event instanceof SmsEvent sms) {
            Assessment sender = watchlist.phone(sms.sender(), Route.UNKNOWN, day);
            if (listed(sender)) {
                contacts.add(new Contact(
                        time,
                        ContactKind.SMS,
                        sms.sender(),
                        sender.scamType(),
                        sender.verdict() == Verdict.FRAUD,
                        sms.id()));
            } else if (sms.text() != null
                    && sender.verdict() == Verdict.UNKNOWN
                    && rules.scamText().enabled()) {
                // a listed sender decides, and an allowlisted one (a bank's 955xx) is not second-guessed by its text
                TextAssessment read = ScamTextClassifier.shipped().classify(sms.text());
                if (read.scam() && read.scamProbability() >= rules.scamText().minProbability()) {
                    out.add(scamTextWarning(sms, read));
                    contacts.add(
                            new Contact(time, ContactKind.SMS_TEXT, sms.sender(), read.scamType(), false, sms.id()));
                }
            }
            for (String url : sms.urls()) {
                Assessment link = watchlist.url(url, day);
                if (listed(link)) {
                    contacts.add(new Contact(
                            time,
                            ContactKind.SMS_LINK,
                            url,
                            link.scamType(),
                            link.verdict() == Verdict.FRAUD,
                            sms.id()));
                }
            }
        } else if (event instanceof LinkVisitEvent visit) {
            Assessment link = watchlist.url(visit.url(), day);
            if (listed(link)) {
                contacts.add(new Contact(
                        time,
                        ContactKind.LINK,
                        visit.url(),
                        link.scamType(),
                        link.verdict() == Verdict.FRAUD,
                        visit.id()));
            }
        } else if (event instanceof AppInstallEvent install) {
            if (rules.contactThenNewPayee().riskyApps().contains(install.app().toLowerCase(Locale.ROOT))) {
                contacts.add(new Contact(time, ContactKind.APP, install.app(), null, false, install.id()));
            }
        } else {
            throw new IllegalArgumentException("a transfer is not a contact");
        }
        if (contacts.isEmpty() || !rules.contactThenNewPayee().enabled()) {
            return state;
        }
        SubscriberState next = state == null ? new SubscriberState() : state;
        for (Contact contact : contacts) {
            next.addContact(contact, contactWindow);
        }
        return next;
    }

    // The reason names the type and how sure the classifier is, not the words that weighed: those are the text's
    // own, and a name in it ("Hi James") must not end up in a decision centres and partners keep.
    private Decision scamTextWarning(SmsEvent sms, TextAssessment read) {
        ScamType type = read.scamType();
        int percent = (int) Math.floor(100 * read.scamProbability());
        return new Decision(
                sms.id(),
                sms.at(),
                RuleSet.SCAM_TEXT,
                rules.version(),
                SubjectKind.SUBSCRIBER,
                sms.recipient(),
                Outcome.WARN,
                null,
                type,
                List.of(new RuleReason(
                        "SCAM_TEXT",
                        "来自" + sms.sender() + "的短信内容疑似" + type.nameZh() + "诈骗（把握" + percent + "%）",
                        "The text from " + sms.sender() + " reads like "
                                + type.nameEn().toLowerCase(Locale.ROOT) + " fraud (" + percent + "% sure)")),
                List.of(sms.id()));
    }

    private static boolean listed(Assessment assessment) {
        return assessment.verdict() == Verdict.FRAUD
                || assessment.verdict() == Verdict.SUSPICIOUS
                || assessment.verdict() == Verdict.SPOOF_LIKELY;
    }

    private boolean spoofed(CallEvent call) {
        return call.route() != CallRoute.DOMESTIC
                && call.presented().startsWith("+86")
                && call.durationSeconds() >= rules.spoofedCall().minDurationSeconds();
    }

    private Decision spoofWarning(CallEvent call) {
        String routeZh = call.route() == CallRoute.VOIP ? "网络电话（VoIP）" : "国际关口";
        String routeEn = call.route() == CallRoute.VOIP ? "VoIP" : "an international gateway";
        return new Decision(
                call.id(),
                call.at(),
                RuleSet.SPOOFED_CALL,
                rules.version(),
                SubjectKind.SUBSCRIBER,
                call.callee(),
                Outcome.WARN,
                null,
                null,
                List.of(new RuleReason(
                        "SPOOFED_CALLER_ID",
                        "经" + routeZh + "呼入却显示境内号码" + call.presented() + "，通话" + call.durationSeconds() + "秒：疑似改号诈骗电话",
                        "A " + call.durationSeconds() + "-second call over " + routeEn
                                + " presented the domestic number " + call.presented()
                                + ": the caller ID is likely spoofed")),
                List.of(call.id()));
    }

    // ---- rules 1 and 2 (the payment half) ---------------------------------------------------------------------

    private SubscriberState payer(@Nullable SubscriberState state, TransferAttempt transfer, List<Decision> out) {
        long time = transfer.at().toEpochMilli();
        long day = Math.floorDiv(time, KeyState.DAY_MILLIS);
        SubscriberState next = state == null ? new SubscriberState() : state;
        Outcome worst = Outcome.ALLOW;

        RuleSet.PayeeListed payeeListed = rules.payeeListed();
        if (payeeListed.enabled()) {
            Assessment payee = watchlist.account(transfer.payee(), day);
            Outcome outcome = payee.verdict() == Verdict.FRAUD
                    ? payeeListed.verified()
                    : payee.verdict() == Verdict.SUSPICIOUS ? payeeListed.suspected() : null;
            if (outcome != null) {
                boolean verified = payee.verdict() == Verdict.FRAUD;
                out.add(new Decision(
                        transfer.id(),
                        transfer.at(),
                        RuleSet.PAYEE_LISTED,
                        rules.version(),
                        SubjectKind.ACCOUNT,
                        transfer.payee(),
                        outcome,
                        Priority.MEDIUM,
                        payee.scamType(),
                        List.of(new RuleReason(
                                verified ? "PAYEE_VERIFIED_FRAUD_ACCOUNT" : "PAYEE_SUSPECTED_FRAUD_ACCOUNT",
                                "收款账户" + transfer.payee() + (verified ? "已被反诈中心核实为涉诈账户" : "被举报或检测为疑似涉诈账户") + "，转账"
                                        + Money.yuan(transfer.amountFen()) + "元",
                                "The payee " + transfer.payee()
                                        + (verified
                                                ? " was verified as a fraud account by an anti-fraud centre"
                                                : " is suspected of fraud on reports or detection")
                                        + "; the transfer is " + Money.yuan(transfer.amountFen()) + " yuan")),
                        List.of(transfer.id())));
                worst = outcome;
            }
        }

        RuleSet.ContactThenNewPayee rule = rules.contactThenNewPayee();
        long payeeHash = Keys.hash(transfer.payee());
        boolean newPayee = !next.payees.knows(payeeHash, day, rules.memory().payeeDays());
        if (rule.enabled() && newPayee && transfer.amountFen() >= rule.reviewAmountFen()) {
            List<Contact> contacts = next.contactsBefore(time, contactWindow);
            if (!contacts.isEmpty()) {
                Outcome outcome = transfer.amountFen() >= rule.holdAmountFen() ? Outcome.HOLD : Outcome.REVIEW;
                Priority priority = transfer.amountFen() >= rule.highPriorityAmountFen()
                        ? Priority.HIGH
                        : outcome == Outcome.HOLD ? Priority.MEDIUM : Priority.LOW;
                out.add(contactThenPay(transfer, contacts, outcome, priority));
                if (outcome.compareTo(worst) > 0) {
                    worst = outcome;
                }
            }
        }
        // A held or refused payment has not happened: trying again must meet the same rules.
        if (worst != Outcome.HOLD && worst != Outcome.BLOCK) {
            next.payees.remember(payeeHash, day, rules.memory().payeesPerSubscriber());
        }
        return next;
    }

    private Decision contactThenPay(TransferAttempt transfer, List<Contact> contacts, Outcome outcome, Priority p) {
        List<RuleReason> reasons = new ArrayList<>(contacts.size() + 1);
        List<String> evidence = new ArrayList<>(contacts.size() + 1);
        ScamType scamType = null;
        long time = transfer.at().toEpochMilli();
        for (Contact contact : contacts) {
            reasons.add(contactReason(contact, Math.max(0, (time - contact.at()) / 60_000)));
            if (!evidence.contains(contact.eventId())) {
                evidence.add(contact.eventId());
            }
            if (scamType == null || contact.verified()) {
                scamType = contact.scamType() == null ? scamType : contact.scamType();
            }
        }
        String amount = Money.yuan(transfer.amountFen());
        reasons.add(
                0,
                new RuleReason(
                        "NEW_PAYEE_AFTER_RISKY_CONTACT",
                        "在可疑接触后" + rules.contactThenNewPayee().window().toMinutes() + "分钟内，向从未付款过的账户" + transfer.payee()
                                + "转账" + amount + "元",
                        "Within " + rules.contactThenNewPayee().window().toMinutes()
                                + " minutes of a risky contact, pays " + amount + " yuan to " + transfer.payee()
                                + ", a payee never paid before"));
        evidence.add(transfer.id());
        return new Decision(
                transfer.id(),
                transfer.at(),
                RuleSet.CONTACT_THEN_NEW_PAYEE,
                rules.version(),
                SubjectKind.SUBSCRIBER,
                transfer.payerPhone() == null ? transfer.payer() : transfer.payerPhone(),
                outcome,
                p,
                scamType,
                reasons,
                evidence);
    }

    private static RuleReason contactReason(Contact contact, long minutesBefore) {
        String status = contact.verified() ? "已核实的涉诈" : "疑似涉诈";
        String statusEn = contact.verified() ? "verified fraud" : "suspected fraud";
        String what = contact.what();
        return switch (contact.kind()) {
            case CALL ->
                new RuleReason(
                        "CALL_FROM_LISTED_NUMBER",
                        minutesBefore + "分钟前接听了" + status + "号码" + what + "的来电",
                        minutesBefore + " minutes earlier, took a call from " + what + ", a " + statusEn + " number");
            case SMS ->
                new RuleReason(
                        "SMS_FROM_LISTED_NUMBER",
                        minutesBefore + "分钟前收到" + status + "号码" + what + "的短信",
                        minutesBefore + " minutes earlier, received a text from " + what + ", a " + statusEn
                                + " number");
            case SMS_LINK ->
                new RuleReason(
                        "SMS_WITH_LISTED_LINK",
                        minutesBefore + "分钟前收到含" + status + "链接" + what + "的短信",
                        minutesBefore + " minutes earlier, received a text linking to " + what + ", a " + statusEn
                                + " link");
            case LINK ->
                new RuleReason(
                        "VISITED_LISTED_LINK",
                        minutesBefore + "分钟前打开了" + status + "链接" + what,
                        minutesBefore + " minutes earlier, opened " + what + ", a " + statusEn + " link");
            case APP ->
                new RuleReason(
                        "INSTALLED_SCREEN_SHARING_APP",
                        minutesBefore + "分钟前安装了屏幕共享类应用" + what,
                        minutesBefore + " minutes earlier, installed " + what + ", a screen-sharing app");
            case SMS_TEXT ->
                new RuleReason(
                        "SMS_WITH_SCAM_TEXT",
                        minutesBefore + "分钟前收到" + what + "发来的疑似诈骗短信",
                        minutesBefore + " minutes earlier, received a text from " + what + " that reads like a scam");
            case SPOOFED_CALL ->
                new RuleReason(
                        "TOOK_SPOOFED_CALL",
                        minutesBefore + "分钟前接听了显示为" + what + "的疑似改号电话",
                        minutesBefore + " minutes earlier, took a call presenting " + what
                                + " that likely spoofed its caller ID");
        };
    }

    // ---- rule 4 -----------------------------------------------------------------------------------------------

    private NumberState caller(@Nullable NumberState state, CallEvent call, List<Decision> out) {
        NumberState next = state == null ? new NumberState() : state;
        long time = call.at().toEpochMilli();
        RuleSet.CallingBurst rule = rules.callingBurst();
        next.forgetBefore(time - burstWindow);
        next.addCall(
                time,
                Keys.phone(call.callee()),
                call.durationSeconds(),
                call.id(),
                callCapacity,
                Math.max(1, rule.minDistinctCallees() - MAX_EVIDENCE));
        if (!rule.enabled() || next.calls < rule.minDistinctCallees() || time < next.quietUntil) {
            return next;
        }
        var distinct = next.distinctCallees();
        if (distinct.size() < rule.minDistinctCallees()) {
            return next;
        }
        int shortCalls = 0;
        for (int i = 0; i < next.calls; i++) {
            if (next.duration[i] < rule.shortCallSeconds()) {
                shortCalls++;
            }
        }
        double shortShare = (double) shortCalls / next.calls;
        int calledBack = 0;
        for (int i = 0; i < next.callbacks; i++) {
            if (distinct.contains(next.callbackFrom[i])) {
                calledBack++;
            }
        }
        double callbackShare = (double) calledBack / distinct.size();
        if (shortShare < rule.minShortShare() || callbackShare > rule.maxCallbackShare()) {
            return next;
        }
        long day = Math.floorDiv(time, KeyState.DAY_MILLIS);
        Verdict known = watchlist.phone(call.caller(), Route.DOMESTIC, day).verdict();
        if (known == Verdict.ALLOWLISTED || known == Verdict.FRAUD) {
            return next;
        }
        next.quietUntil = time + burstWindow;
        List<String> evidence = new ArrayList<>(MAX_EVIDENCE);
        int first = Math.max(0, next.calls - MAX_EVIDENCE);
        for (int i = first; i < next.calls; i++) {
            String id = next.eventId.length > 0 ? next.eventId[i] : null;
            if (id != null) {
                evidence.add(id);
            }
        }
        long minutes = rule.window().toMinutes();
        int shortPercent = (int) Math.round(shortShare * 100);
        int backPercent = (int) Math.round(callbackShare * 100);
        out.add(new Decision(
                call.id(),
                call.at(),
                RuleSet.CALLING_BURST,
                rules.version(),
                SubjectKind.NUMBER,
                call.caller(),
                Outcome.SUSPECT,
                null,
                null,
                List.of(new RuleReason(
                        "CALLING_BURST",
                        minutes + "分钟内呼叫" + distinct.size() + "个不同用户，共" + next.calls + "次，" + shortPercent + "%通话不足"
                                + rule.shortCallSeconds() + "秒，仅" + backPercent + "%的被叫回拨",
                        "Called " + distinct.size() + " different subscribers " + next.calls + " times in " + minutes
                                + " minutes; " + shortPercent + "% of the calls lasted under "
                                + rule.shortCallSeconds() + " seconds and " + backPercent
                                + "% of those called rang back")),
                evidence));
        return next;
    }

    private @Nullable NumberState called(@Nullable NumberState state, CallEvent call) {
        if (state == null) {
            return null;
        }
        long from = Keys.phone(call.caller());
        if (state.called(from)) {
            state.addCallback(from, call.at().toEpochMilli());
        }
        return state;
    }

    // ---- rule 5 -----------------------------------------------------------------------------------------------

    private AccountState payee(@Nullable AccountState state, TransferAttempt transfer) {
        AccountState next = state == null ? new AccountState() : state;
        long time = transfer.at().toEpochMilli();
        long day = Math.floorDiv(time, KeyState.DAY_MILLIS);
        long payer = Keys.hash(transfer.payer());
        next.forgetBefore(time - forwardWindow);
        if (!next.payers.knows(payer, day, rules.memory().payeeDays())) {
            next.fromNewPayers.add(
                    time,
                    payer,
                    transfer.amountFen(),
                    transfer.id(),
                    rules.fastForward().maxNewPayers() + 1);
        }
        next.payers.remember(payer, day, rules.memory().payeesPerSubscriber());
        return next;
    }

    private @Nullable AccountState forward(@Nullable AccountState state, TransferAttempt transfer, List<Decision> out) {
        if (state == null) {
            return null;
        }
        long time = transfer.at().toEpochMilli();
        RuleSet.FastForward rule = rules.fastForward();
        state.forgetBefore(time - forwardWindow);
        state.out.add(time, Keys.hash(transfer.payee()), transfer.amountFen(), transfer.id(), MAX_OUTGOING);
        if (!rule.enabled() || time < state.quietUntil || state.fromNewPayers.size() < rule.minNewPayers()) {
            return state;
        }
        var payers = new it.unimi.dsi.fastutil.longs.LongOpenHashSet();
        long received = 0;
        long firstIn = Long.MAX_VALUE;
        Moves in = state.fromNewPayers;
        for (int i = 0; i < in.size(); i++) {
            if (in.at(i) <= time) {
                payers.add(in.counterparty(i));
                received += in.amountFen(i);
                firstIn = Math.min(firstIn, in.at(i));
            }
        }
        if (payers.size() < rule.minNewPayers() || payers.size() > rule.maxNewPayers()) {
            return state;
        }
        long forwarded = 0;
        Moves sent = state.out;
        for (int i = 0; i < sent.size(); i++) {
            if (sent.at(i) >= firstIn && sent.at(i) <= time) {
                forwarded += sent.amountFen(i);
            }
        }
        if (forwarded < rule.minForwardedShare() * received) {
            return state;
        }
        long day = Math.floorDiv(time, KeyState.DAY_MILLIS);
        Verdict known = watchlist.account(transfer.payer(), day).verdict();
        if (known == Verdict.FRAUD) {
            return state;
        }
        state.quietUntil = time + forwardWindow;
        List<String> evidence = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            if (in.at(i) <= time && evidence.size() < MAX_EVIDENCE) {
                evidence.add(in.eventId(i));
            }
        }
        for (int i = 0; i < sent.size(); i++) {
            if (sent.at(i) >= firstIn && sent.at(i) <= time && evidence.size() < MAX_EVIDENCE * 2) {
                evidence.add(sent.eventId(i));
            }
        }
        if (!evidence.contains(transfer.id())) {
            evidence.add(transfer.id());
        }
        long minutes = rule.window().toMinutes();
        int share = (int) Math.min(100, Math.round(100.0 * forwarded / Math.max(1, received)));
        out.add(new Decision(
                transfer.id(),
                transfer.at(),
                RuleSet.FAST_FORWARD,
                rules.version(),
                SubjectKind.ACCOUNT,
                transfer.payer(),
                Outcome.SUSPECT,
                null,
                null,
                List.of(new RuleReason(
                        "FAST_FORWARD",
                        minutes + "分钟内收到" + payers.size() + "个新付款方共" + Money.yuan(received) + "元，随即转出"
                                + Money.yuan(forwarded) + "元（" + share + "%）：疑似跑分或洗钱账户",
                        "Received " + Money.yuan(received) + " yuan from " + payers.size() + " new payers within "
                                + minutes + " minutes and passed on " + Money.yuan(forwarded) + " yuan (" + share
                                + "%): a likely money mule")),
                evidence));
        return state;
    }
}
