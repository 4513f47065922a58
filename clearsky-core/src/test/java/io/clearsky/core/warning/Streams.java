package io.clearsky.core.warning;

import io.clearsky.core.identifier.Identifier;
import io.clearsky.core.identifier.IndicatorKind;
import io.clearsky.core.index.IndicatorIndex;
import io.clearsky.core.indicator.IndicatorSource;
import io.clearsky.core.indicator.IndicatorState;
import io.clearsky.core.indicator.IndicatorStatus;
import io.clearsky.core.indicator.ScamType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Events and watchlists for the warning tests. */
final class Streams {

    static final Instant T0 = Instant.parse("2026-11-29T08:00:00Z");
    static final String VICTIM = "+8613912345678";
    static final String GANG_NUMBER = "+8617012345678";
    static final String SUSPECTED_NUMBER = "+8617112345678";
    static final String MULE = "alipay:2088000000000666";
    static final String LISTED_URL = "https://fake-refund.example.com/claim";

    private Streams() {}

    static Watchlist watchlist() {
        IndicatorIndex index = new IndicatorIndex(16);
        index.put(new Identifier(IndicatorKind.PHONE_NUMBER, GANG_NUMBER), state(IndicatorStatus.VERIFIED));
        index.put(new Identifier(IndicatorKind.PHONE_NUMBER, SUSPECTED_NUMBER), state(IndicatorStatus.SUSPECTED));
        index.put(new Identifier(IndicatorKind.PAYMENT_ACCOUNT, MULE), state(IndicatorStatus.VERIFIED));
        index.put(new Identifier(IndicatorKind.URL, LISTED_URL), state(IndicatorStatus.VERIFIED));
        index.put(new Identifier(IndicatorKind.PHONE_NUMBER, "+86110"), allowlisted());
        return new IndexWatchlist(index);
    }

    static long state(IndicatorStatus status) {
        return new IndicatorState(
                        status,
                        ScamType.IMPERSONATING_OFFICIALS,
                        90,
                        1,
                        null,
                        Set.of(IndicatorSource.POLICE_LIST),
                        status == IndicatorStatus.SUSPECTED ? 3 : 0)
                .pack();
    }

    static long allowlisted() {
        return new IndicatorState(IndicatorStatus.ALLOWLISTED, null, 100, 0, null, Set.of(), 0).pack();
    }

    static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    static CallEvent call(String id, int minute, String caller, String callee, int seconds) {
        return new CallEvent(
                id, at(minute), caller, caller, callee, seconds, CallDirection.INCOMING, CallRoute.DOMESTIC);
    }

    static TransferAttempt pay(String id, int minute, String payerPhone, String payee, long yuan) {
        return new TransferAttempt(
                id, at(minute), "alipay:" + payerPhone, payerPhone, payee, yuan * 100, Channel.MOBILE_APP, "350203");
    }

    /**
     * A random but reproducible stream over a small world, so that keys meet often: subscribers, a few listed and
     * unlisted callers, bursts of calls, payments to new and known payees and forwards of what arrived.
     */
    static List<RiskEvent> random(long seed, int count) {
        Random random = new Random(seed);
        List<String> subscribers = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            subscribers.add("+86139" + String.format("%08d", i));
        }
        List<String> callers = new ArrayList<>(List.of(GANG_NUMBER, SUSPECTED_NUMBER, "+86170000000001"));
        List<String> accounts = new ArrayList<>(List.of(MULE));
        for (int i = 0; i < 20; i++) {
            accounts.add("alipay:2088" + String.format("%012d", i));
        }
        List<RiskEvent> events = new ArrayList<>(count);
        long time = T0.toEpochMilli();
        for (int i = 0; i < count; i++) {
            time += random.nextInt(40_000);
            Instant at = Instant.ofEpochMilli(time);
            String id = "e" + i;
            String subscriber = subscribers.get(random.nextInt(subscribers.size()));
            int kind = random.nextInt(10);
            if (kind < 4) {
                String caller = random.nextInt(3) == 0
                        ? callers.get(random.nextInt(callers.size()))
                        : subscribers.get(random.nextInt(subscribers.size()));
                boolean spoof = random.nextInt(20) == 0;
                events.add(new CallEvent(
                        id,
                        at,
                        caller,
                        spoof ? "+86110" : caller,
                        subscriber,
                        random.nextInt(4) == 0 ? 0 : random.nextInt(400),
                        CallDirection.INCOMING,
                        spoof ? CallRoute.VOIP : CallRoute.DOMESTIC));
            } else if (kind == 4) {
                events.add(new SmsEvent(
                        id,
                        at,
                        callers.get(random.nextInt(callers.size())),
                        subscriber,
                        random.nextBoolean() ? List.of(LISTED_URL) : List.of(),
                        null));
            } else if (kind == 5) {
                events.add(new LinkVisitEvent(id, at, subscriber, LISTED_URL));
            } else if (kind == 6) {
                events.add(new AppInstallEvent(id, at, subscriber, "com.tencent.wemeet"));
            } else {
                String payer =
                        random.nextInt(4) == 0 ? accounts.get(random.nextInt(accounts.size())) : "alipay:" + subscriber;
                String payee = accounts.get(random.nextInt(accounts.size()));
                events.add(new TransferAttempt(
                        id,
                        at,
                        payer,
                        payer.startsWith("alipay:+") ? subscriber : null,
                        payee,
                        (1 + random.nextInt(30_000)) * 100L,
                        Channel.MOBILE_APP,
                        null));
            }
        }
        return events;
    }
}
