package io.clearsky.simulator;

import io.clearsky.core.funds.CashAccounts;
import io.clearsky.core.identifier.InvalidIdentifierException;
import io.clearsky.core.identifier.PhoneNumbers;
import io.clearsky.core.identifier.Urls;
import io.clearsky.core.indicator.Route;
import io.clearsky.core.warning.AppInstallEvent;
import io.clearsky.core.warning.CallDirection;
import io.clearsky.core.warning.CallEvent;
import io.clearsky.core.warning.CallRoute;
import io.clearsky.core.warning.Channel;
import io.clearsky.core.warning.EventCodec;
import io.clearsky.core.warning.LinkVisitEvent;
import io.clearsky.core.warning.RiskEvent;
import io.clearsky.core.warning.SmsEvent;
import io.clearsky.core.warning.TransferAttempt;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A world as the events partners send the risk engine ({@link RiskEvent}), handed on in the world's time order:
 * calls (those of {@link WorldSink#call} and {@link WorldSink#extraCall}), text messages with the links in their
 * text, link visits, app installs, and transfers as transfer attempts.
 *
 * <p>What a partner could know and no more: a call that came in through an international gateway names its presented
 * number as the caller (the true caller is abroad, out of the operator's sight); a transfer names the payer's phone
 * and home division when the paying account is a subscriber's own, and neither for an employer's or a gang's
 * account. Cash withdrawals are not transfers to a payee and are left out, as are messages and calls whose number is
 * not one a partner could send (an SMS service code such as 1069…), which {@link #leftOut} counts.
 *
 * <p>Keeps every subscriber's two accounts in a map, so it suits worlds of up to a few million subscribers.
 */
public final class RiskEvents implements WorldSink {

    private final Consumer<? super RiskEvent> events;
    private final Map<String, Subscriber> owners = new HashMap<>();
    private long calls;
    private long messages;
    private long visits;
    private long installs;
    private long leftOut;

    /** Hands every event to {@code events} as the world makes it. */
    public RiskEvents(Consumer<? super RiskEvent> events) {
        this.events = events;
    }

    /** The id of the transfer attempt a world's transfer becomes. */
    public static String transferId(Transfer transfer) {
        return "transfer-" + transfer.id();
    }

    /** The subscriber whose own payment account or bank card this is, or null (a merchant's, an employer's, a gang's). */
    public @Nullable Subscriber owner(String account) {
        return owners.get(account);
    }

    /** Calls and messages left out because a number in them is not one a partner could send. */
    public long leftOut() {
        return leftOut;
    }

    @Override
    public boolean takesPhoneTraffic() {
        return true;
    }

    @Override
    public void subscriber(Subscriber subscriber) {
        owners.put(subscriber.paymentAccount(), subscriber);
        owners.put(subscriber.bankCard(), subscriber);
    }

    @Override
    public void call(Call call) {
        String presented = e164(call.presented());
        if (presented == null) {
            leftOut++;
            return;
        }
        boolean gateway = call.route() == Route.INTERNATIONAL;
        events.accept(new CallEvent(
                "call-" + ++calls,
                call.time(),
                gateway ? presented : call.trueCaller(),
                presented,
                call.callee(),
                call.durationSeconds(),
                CallDirection.INCOMING,
                gateway ? CallRoute.INTERNATIONAL_GATEWAY : CallRoute.DOMESTIC));
    }

    @Override
    public void extraCall(Call call) {
        call(call);
    }

    @Override
    public void sms(Sms sms) {
        String sender = e164(sms.sender());
        if (sender == null) {
            leftOut++;
            return;
        }
        String text = sms.text().isBlank() ? null : sms.text();
        List<String> links = text == null ? List.of() : EventCodec.linksIn(text);
        events.accept(new SmsEvent("sms-" + ++messages, sms.time(), sender, sms.recipient(), links, text));
    }

    @Override
    public void linkVisit(LinkVisit visit) {
        String url;
        try {
            url = Urls.parse(visit.url()).url();
        } catch (InvalidIdentifierException e) {
            leftOut++;
            return;
        }
        events.accept(new LinkVisitEvent("visit-" + ++visits, visit.time(), visit.subscriber(), url));
    }

    @Override
    public void appInstall(AppInstall install) {
        events.accept(
                new AppInstallEvent("install-" + ++installs, install.time(), install.subscriber(), install.app()));
    }

    @Override
    public void transfer(Transfer transfer) {
        if (transfer.to().startsWith(CashAccounts.PREFIX)) {
            return;
        }
        Subscriber payer = owners.get(transfer.from());
        boolean card = !transfer.from().contains(":");
        events.accept(new TransferAttempt(
                transferId(transfer),
                transfer.time(),
                transfer.from(),
                payer == null ? null : payer.phone(),
                transfer.to(),
                transfer.amountFen(),
                card ? Channel.ONLINE_BANKING : Channel.MOBILE_APP,
                payer == null ? null : payer.cityCode()));
    }

    private static @Nullable String e164(String number) {
        try {
            return PhoneNumbers.parse(number).e164();
        } catch (InvalidIdentifierException e) {
            return null;
        }
    }
}
