package io.clearsky.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearsky.core.indicator.Route;
import io.clearsky.core.warning.AppInstallEvent;
import io.clearsky.core.warning.CallEvent;
import io.clearsky.core.warning.CallRoute;
import io.clearsky.core.warning.EventCodec;
import io.clearsky.core.warning.RiskEvent;
import io.clearsky.core.warning.SmsEvent;
import io.clearsky.core.warning.TransferAttempt;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RiskEventsTests {

    private static final WorldSettings SHORT =
            WorldSettings.small(7).withDays(3).withSubscribers(3_000);
    private static final Instant T = Instant.parse("2026-10-01T02:00:00Z");

    private final List<RiskEvent> events = new ArrayList<>();
    private final RiskEvents adapter = new RiskEvents(events::add);

    @Test
    void aWorldBecomesEventsOfEveryTypeInTimeOrder() {
        new World(SHORT).generate(adapter);

        assertThat(events).extracting(RiskEvent::at).isSorted();
        assertThat(events)
                .extracting(RiskEvent::type)
                .contains("call", "sms", "link-visit", "app-install", "transfer-attempt");
        assertThat(events)
                .filteredOn(e -> e instanceof AppInstallEvent)
                .extracting(e -> ((AppInstallEvent) e).app())
                .contains(PhoneTraffic.SCREEN_SHARING_APPS);
        Set<String> ids = new HashSet<>();
        events.forEach(e -> assertThat(ids.add(e.id())).as(e.id()).isTrue());
    }

    @Test
    void thePhoneTrafficIsTheSameForTheSameSeedAndLeavesTheRestOfTheWorldAsItWas() {
        RecordingSink without = new RecordingSink();
        new World(SHORT).generate(without);
        TrafficRecordingSink with = new TrafficRecordingSink();
        new World(SHORT).generate(with);
        TrafficRecordingSink again = new TrafficRecordingSink();
        new World(SHORT).generate(again);

        assertThat(with.everything).isEqualTo(without.everything);
        assertThat(with.extra).isNotEmpty().isEqualTo(again.extra);
    }

    @Test
    void aCallThroughAnInternationalGatewayNamesThePresentedNumberAsTheCaller() {
        adapter.call(new Call(T, "+8617012345678", "110", Route.INTERNATIONAL, "+8613912345678", 300));
        adapter.call(new Call(T, "+8617012345678", "17012345678", Route.DOMESTIC, "+8613912345678", 30));

        assertThat(events).hasSize(2);
        CallEvent spoofed = (CallEvent) events.get(0);
        assertThat(spoofed.caller()).isEqualTo("+86110");
        assertThat(spoofed.presented()).isEqualTo("+86110");
        assertThat(spoofed.route()).isEqualTo(CallRoute.INTERNATIONAL_GATEWAY);
        CallEvent domestic = (CallEvent) events.get(1);
        assertThat(domestic.caller()).isEqualTo("+8617012345678");
        assertThat(domestic.route()).isEqualTo(CallRoute.DOMESTIC);
    }

    @Test
    void aMessageCarriesTheLinksOfItsTextAndOneFromAServiceCodeIsLeftOut() {
        adapter.sms(new Sms(T, "17012345678", "+8613912345678", "【快递理赔】请点击 HTTPS://Jinfu12.top/h5/task?uid=abc 办理"));
        adapter.sms(new Sms(T, "1069012345678", "+8613912345678", "您的验证码是 123456"));
        adapter.sms(new Sms(T, "95588", "+8613912345678", ""));

        assertThat(events).hasSize(2);
        SmsEvent withLink = (SmsEvent) events.get(0);
        assertThat(withLink.sender()).isEqualTo("+8617012345678");
        assertThat(withLink.urls()).containsExactlyElementsOf(EventCodec.linksIn(withLink.text()));
        assertThat(withLink.urls()).singleElement().asString().startsWith("https://jinfu12.top/");
        assertThat(((SmsEvent) events.get(1)).text()).isNull();
        assertThat(adapter.leftOut()).isEqualTo(1);
    }

    @Test
    void aTransferNamesThePayersPhoneAndRegionOnlyWhenTheAccountIsASubscribersOwn() {
        Subscriber victim =
                new Subscriber(1, "+8613912345678", "350200", 40, "alipay:2088000000000001", "6222021234567890128");
        adapter.subscriber(victim);

        adapter.transfer(new Transfer(
                1, T, victim.bankCard(), "alipay:2088000000000666", 5_000_00, Transfer.Kind.FRAUD_PAYMENT));
        adapter.transfer(new Transfer(
                2, T, "alipay:2088000000000666", "6222029999999999999", 4_900_00, Transfer.Kind.MULE_FORWARD));
        adapter.transfer(
                new Transfer(3, T, "6222029999999999999", "cash:440300", 2_000_00, Transfer.Kind.CASH_WITHDRAWAL));

        assertThat(events).hasSize(2);
        TransferAttempt paid = (TransferAttempt) events.get(0);
        assertThat(paid.id()).isEqualTo("transfer-1");
        assertThat(paid.payerPhone()).isEqualTo(victim.phone());
        assertThat(paid.region()).isEqualTo("350200");
        assertThat(paid.amountFen()).isEqualTo(5_000_00);
        TransferAttempt forwarded = (TransferAttempt) events.get(1);
        assertThat(forwarded.payerPhone()).isNull();
        assertThat(forwarded.region()).isNull();
    }

    /** Records a world like {@link RecordingSink} and, apart, its phone traffic. */
    private static final class TrafficRecordingSink implements WorldSink {

        private final RecordingSink rest = new RecordingSink();
        final List<Object> everything = rest.everything;
        final List<Object> extra = new ArrayList<>();

        @Override
        public boolean takesPhoneTraffic() {
            return true;
        }

        @Override
        public void subscriber(Subscriber subscriber) {
            rest.subscriber(subscriber);
        }

        @Override
        public void call(Call call) {
            rest.call(call);
        }

        @Override
        public void sms(Sms sms) {
            rest.sms(sms);
        }

        @Override
        public void linkVisit(LinkVisit visit) {
            rest.linkVisit(visit);
        }

        @Override
        public void transfer(Transfer transfer) {
            rest.transfer(transfer);
        }

        @Override
        public void report(Report report) {
            rest.report(report);
        }

        @Override
        public void listing(Listing listing) {
            rest.listing(listing);
        }

        @Override
        public void truth(TruthRecord record) {
            rest.truth(record);
        }

        @Override
        public void appInstall(AppInstall install) {
            extra.add(install);
        }

        @Override
        public void extraCall(Call call) {
            extra.add(call);
        }
    }
}
