package io.clearsky.stream;

import io.clearsky.core.identifier.Identifier;
import io.clearsky.core.identifier.IndicatorKind;
import io.clearsky.core.index.IndicatorIndex;
import io.clearsky.core.indicator.IndicatorSource;
import io.clearsky.core.indicator.IndicatorState;
import io.clearsky.core.indicator.IndicatorStatus;
import io.clearsky.core.indicator.ScamType;
import io.clearsky.core.warning.AppInstallEvent;
import io.clearsky.core.warning.CallDirection;
import io.clearsky.core.warning.CallEvent;
import io.clearsky.core.warning.CallRoute;
import io.clearsky.core.warning.Channel;
import io.clearsky.core.warning.IndexWatchlist;
import io.clearsky.core.warning.LinkVisitEvent;
import io.clearsky.core.warning.RiskEvent;
import io.clearsky.core.warning.SmsEvent;
import io.clearsky.core.warning.TransferAttempt;
import io.clearsky.core.warning.Watchlist;
import io.clearsky.core.warning.WatchlistSnapshot;
import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A small world for the job's tests and its throughput driver: a listed gang number, a suspected one, a mule account
 * and a fraud link in the watchlist, and a reproducible random stream over few subscribers, callers and accounts, so
 * keys meet often and all five rules fire (the idea of the core's {@code Streams.random}, with robocallers added).
 */
final class TestWorld {

    // in the past of any clock the tests run on, so event time moves on (EventTimeWatermarks)
    static final Instant T0 = Instant.parse("2025-11-03T08:00:00Z");
    static final String VICTIM = "+8613900000000";
    static final String GANG_NUMBER = "+8617012345678";
    static final String SUSPECTED_NUMBER = "+8617112345678";
    static final String MULE = "alipay:2088000000000666";
    static final String LISTED_URL = "https://fake-refund.example.com/claim";

    /** Rules with short memories, so states expire many times over a stream of days and the timers are exercised. */
    static final String SHORT_MEMORY_RULES = """
            version: 7
            name: short memories, for tests
            memory:
              payee-days: 1
              payees-per-subscriber: 8
            """;

    private static final Map<Identifier, Long> LISTED = Map.of(
            new Identifier(IndicatorKind.PHONE_NUMBER, GANG_NUMBER), state(IndicatorStatus.VERIFIED),
            new Identifier(IndicatorKind.PHONE_NUMBER, SUSPECTED_NUMBER), state(IndicatorStatus.SUSPECTED),
            new Identifier(IndicatorKind.PAYMENT_ACCOUNT, MULE), state(IndicatorStatus.VERIFIED),
            new Identifier(IndicatorKind.URL, LISTED_URL), state(IndicatorStatus.VERIFIED),
            new Identifier(IndicatorKind.PHONE_NUMBER, "+86110"),
                    new IndicatorState(IndicatorStatus.ALLOWLISTED, null, 100, 0, null, Set.of(), 0).pack());

    private TestWorld() {}

    /** The watchlist as a snapshot file, as the job is given it. */
    static Path writeWatchlist(Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("# kind\tvalue\tpacked state\n");
            for (Map.Entry<Identifier, Long> entry : LISTED.entrySet()) {
                WatchlistSnapshot.writeLine(out, entry.getKey(), entry.getValue());
            }
        }
        return file;
    }

    /** The same watchlist in memory. */
    static Watchlist watchlist() {
        StringBuilder text = new StringBuilder();
        try {
            for (Map.Entry<Identifier, Long> entry : LISTED.entrySet()) {
                WatchlistSnapshot.writeLine(text, entry.getKey(), entry.getValue());
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        IndicatorIndex index = WatchlistSnapshot.read(new StringReader(text.toString()), 16);
        return new IndexWatchlist(index);
    }

    private static long state(IndicatorStatus status) {
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

    static String subscriber(int i) {
        return "+86139" + String.format("%08d", i);
    }

    static String account(int i) {
        return "alipay:2088" + String.format("%012d", i);
    }

    /**
     * A random but reproducible stream, in time order, about 20 seconds apart: calls (some spoofed, some from the
     * listed numbers), SMS with and without the listed link, visits to it, screen-sharing apps, transfers to new and
     * known payees and on from accounts that were just paid, and now and then a robocaller working through the
     * subscribers with short calls.
     */
    static List<RiskEvent> events(long seed, int count) {
        Random random = new Random(seed);
        int subscriberCount = 60;
        List<String> callers = List.of(GANG_NUMBER, SUSPECTED_NUMBER, "+8615800000001");
        List<String> accounts = new ArrayList<>(List.of(MULE));
        for (int i = 0; i < 20; i++) {
            accounts.add(account(i));
        }
        List<RiskEvent> events = new ArrayList<>(count);
        long time = T0.toEpochMilli();
        String robocaller = null;
        int robocalls = 0;
        for (int i = 0; i < count; i++) {
            time += random.nextInt(40_000);
            Instant at = Instant.ofEpochMilli(time);
            String id = "e" + i;
            String subscriber = subscriber(random.nextInt(subscriberCount));
            if (robocaller == null && random.nextInt(1_500) == 0) {
                robocaller = "+86166" + String.format("%08d", random.nextInt(100_000_000));
                robocalls = 0;
            }
            if (robocaller != null && random.nextBoolean()) {
                events.add(new CallEvent(
                        id,
                        at,
                        robocaller,
                        robocaller,
                        subscriber(robocalls % subscriberCount),
                        random.nextInt(25),
                        CallDirection.INCOMING,
                        CallRoute.DOMESTIC));
                if (++robocalls == 40) {
                    robocaller = null;
                }
                continue;
            }
            int kind = random.nextInt(10);
            if (kind < 4) {
                String caller = random.nextInt(3) == 0
                        ? callers.get(random.nextInt(callers.size()))
                        : subscriber(random.nextInt(subscriberCount));
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
                boolean byPhone = random.nextInt(4) != 0;
                String payer = byPhone ? "alipay:" + subscriber : accounts.get(random.nextInt(accounts.size()));
                events.add(new TransferAttempt(
                        id,
                        at,
                        payer,
                        byPhone ? subscriber : null,
                        accounts.get(random.nextInt(accounts.size())),
                        (1 + random.nextInt(30_000)) * 100L,
                        Channel.MOBILE_APP,
                        null));
            }
        }
        return events;
    }
}
