package io.clearsky.core.warning;

import io.clearsky.core.identifier.Identifier;
import io.clearsky.core.identifier.IndicatorKind;
import io.clearsky.core.index.IndicatorIndex;
import io.clearsky.core.indicator.IndicatorSource;
import io.clearsky.core.indicator.IndicatorState;
import io.clearsky.core.indicator.IndicatorStatus;
import io.clearsky.core.indicator.ScamType;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * A synthetic, deterministic population and event stream for the risk engine's benchmarks: {@code subscribers}
 * subscribers (mobile numbers and payment accounts made from their index), a pool of payee accounts (one for every
 * five subscribers: shops and people paid by many), 4,000 bulk-calling numbers (a quarter of them listed), 2,000
 * links on 400 domains (50 listed) and the official numbers allowlisted.
 *
 * <p>{@link #preload} gives every subscriber the state of a payer who paid {@value #PAYEES_EACH} payees over the 60
 * days before {@link #START}. A {@link Source} then makes events in the mix partners send: calls 50% (2% from a bulk
 * number, 2% through an international gateway presenting a domestic or official number), SMS 28% (a tenth with a
 * link), transfer attempts 15% (four in five to a payee the payer paid before, 1% forwarded by a payee account), link
 * visits 5%, app installs 2%. Each source's event time advances {@value #STEP_MICROS} µs an event, so two sources make
 * about an hour of events for every 9 million each: in that hour a bulk number places about 45 calls (rule 4 has work
 * to do) and a subscriber sees about 2 events.
 */
final class RiskWorkload {

    /** When the stream starts; the preloaded payments fall in the 60 days before. */
    static final Instant START = Instant.parse("2026-11-01T00:00:00Z");

    static final int PAYEES_EACH = 3;
    static final long STEP_MICROS = 400;
    static final int BULK_NUMBERS = 4_000;
    static final int LISTED_BULK_NUMBERS = 1_000;
    static final int URLS = 2_000;
    static final int DOMAINS = 400;
    static final int LISTED_DOMAINS = 50;
    static final String[] OFFICIAL = {"+86110", "+8696110", "+8612381", "+8695588", "+8695555", "+8612110"};
    static final String[] APPS = {
        "com.tencent.mm",
        "com.ss.android.ugc.aweme",
        "com.taobao.taobao",
        "com.xunmeng.pinduoduo",
        "com.sankuai.meituan",
        "com.eg.android.AlipayGphone",
        "com.tencent.wemeet",
        "us.zoom.videomeetings",
        "com.netease.cloudmusic",
        "com.tencent.qqlive"
    };
    private static final int PRELOAD_DAYS = 60;
    private static final long DAY_MILLIS = 86_400_000L;

    final int subscribers;
    final int payees;
    final IndicatorIndex index;
    final Watchlist watchlist;

    RiskWorkload(int subscribers) {
        if (subscribers < 1_000 || subscribers > 90_000_000) {
            throw new IllegalArgumentException("subscribers from 1,000 to 90,000,000: " + subscribers);
        }
        this.subscribers = subscribers;
        this.payees = subscribers / 5;
        this.index = new IndicatorIndex(BULK_NUMBERS * 2);
        for (String official : OFFICIAL) {
            index.put(
                    new Identifier(IndicatorKind.PHONE_NUMBER, official),
                    new IndicatorState(IndicatorStatus.ALLOWLISTED, null, 100, 0, null, Set.of(), 0).pack());
        }
        long verified = new IndicatorState(
                        IndicatorStatus.VERIFIED,
                        ScamType.FAKE_CUSTOMER_SERVICE,
                        90,
                        1,
                        null,
                        Set.of(IndicatorSource.POLICE_LIST),
                        0)
                .pack();
        for (int i = 0; i < LISTED_BULK_NUMBERS; i++) {
            index.put(new Identifier(IndicatorKind.PHONE_NUMBER, bulkNumber(i)), verified);
        }
        for (int d = 0; d < LISTED_DOMAINS; d++) {
            index.put(new Identifier(IndicatorKind.DOMAIN, domain(d)), verified);
        }
        for (int p = 0; p < payees; p += 1_000) {
            index.put(new Identifier(IndicatorKind.PAYMENT_ACCOUNT, payeeAccount(p)), verified);
        }
        this.watchlist = new IndexWatchlist(index);
    }

    /** Subscriber {@code i}'s mobile number. */
    static String phone(long i) {
        return digits("+86138", i, 8);
    }

    /** Subscriber {@code i}'s payment account. */
    static String account(long i) {
        return digits("alipay:2088", i, 12);
    }

    /** Payee {@code p}'s account, apart from the subscribers'. */
    static String payeeAccount(long p) {
        return digits("alipay:2089", p, 12);
    }

    static String bulkNumber(int i) {
        return digits("+86170", i, 8);
    }

    static String domain(int d) {
        return "shop" + d + ".example.cn";
    }

    static String url(int u) {
        return "https://" + domain(u % DOMAINS) + "/item/" + u;
    }

    /** The k-th payee subscriber {@code s} has paid. */
    int knownPayee(long s, int k) {
        return (int) Math.floorMod(mix(s * PAYEES_EACH + k), (long) payees);
    }

    /**
     * Runs the preloaded payments through the engine on all cores, day by day, and returns how many there were: every
     * subscriber pays each of its known payees once, on a day of the 60 before {@link #START}.
     */
    long preload(RiskEngine engine) {
        long first = START.toEpochMilli() - PRELOAD_DAYS * DAY_MILLIS;
        int chunks = Math.max(1, Runtime.getRuntime().availableProcessors()) * 8;
        for (int day = 0; day < PRELOAD_DAYS; day++) {
            int today = day;
            IntStream.range(0, chunks).parallel().forEach(chunk -> {
                for (int k = 0; k < PAYEES_EACH; k++) {
                    // payment k of subscriber s falls on day (s + 20k) mod 60
                    int offset = Math.floorMod(today - 20 * k, PRELOAD_DAYS);
                    for (long s = offset + (long) chunk * PRELOAD_DAYS;
                            s < subscribers;
                            s += (long) chunks * PRELOAD_DAYS) {
                        long at = first + today * DAY_MILLIS + Math.floorMod(mix(s ^ k), DAY_MILLIS);
                        engine.process(new TransferAttempt(
                                "p-" + s + "-" + k,
                                Instant.ofEpochMilli(at),
                                account(s),
                                phone(s),
                                payeeAccount(knownPayee(s, k)),
                                100 * (10 + Math.floorMod(mix(s + k), 2_000L)),
                                Channel.MOBILE_APP,
                                "350203"));
                    }
                }
            });
        }
        return (long) subscribers * PAYEES_EACH;
    }

    /** One thread's source of events; {@code seed} tells sources apart. */
    Source source(long seed) {
        return new Source(seed);
    }

    /** Makes events one after another, in the mix of the class comment, each {@value #STEP_MICROS} µs after the last. */
    final class Source {

        private final SplittableRandom random;
        private final String prefix;
        private long micros = START.toEpochMilli() * 1_000;
        private long count;

        Source(long seed) {
            this.random = new SplittableRandom(seed);
            this.prefix = "s" + seed + "-";
        }

        RiskEvent next() {
            int r = random.nextInt(100);
            if (r < 50) {
                return call();
            }
            if (r < 78) {
                return sms();
            }
            if (r < 93) {
                return transfer();
            }
            if (r < 98) {
                return linkVisit();
            }
            return appInstall();
        }

        CallEvent call() {
            Instant at = tick();
            String callee = phone(subscriber());
            int seconds = random.nextInt(4) == 0 ? 0 : 1 + (int) (-60 * Math.log(1 - random.nextDouble()));
            int kind = random.nextInt(50);
            if (kind == 0) {
                String number = bulkNumber(random.nextInt(BULK_NUMBERS));
                return new CallEvent(
                        id(), at, number, number, callee, seconds / 8, CallDirection.INCOMING, CallRoute.DOMESTIC);
            }
            if (kind == 1) {
                String presented =
                        random.nextBoolean() ? OFFICIAL[random.nextInt(OFFICIAL.length)] : phone(subscriber());
                return new CallEvent(
                        id(),
                        at,
                        presented,
                        presented,
                        callee,
                        seconds,
                        CallDirection.INCOMING,
                        CallRoute.INTERNATIONAL_GATEWAY);
            }
            String caller = phone(subscriber());
            return new CallEvent(id(), at, caller, caller, callee, seconds, CallDirection.INCOMING, CallRoute.DOMESTIC);
        }

        SmsEvent sms() {
            Instant at = tick();
            String sender = random.nextInt(5) == 0 ? bulkNumber(random.nextInt(BULK_NUMBERS)) : phone(subscriber());
            boolean link = random.nextInt(10) == 0;
            return new SmsEvent(
                    id(), at, sender, phone(subscriber()), link ? List.of(url(random.nextInt(URLS))) : List.of(), null);
        }

        LinkVisitEvent linkVisit() {
            return new LinkVisitEvent(id(), tick(), phone(subscriber()), url(random.nextInt(URLS)));
        }

        AppInstallEvent appInstall() {
            return new AppInstallEvent(id(), tick(), phone(subscriber()), APPS[random.nextInt(APPS.length)]);
        }

        TransferAttempt transfer() {
            Instant at = tick();
            long amount = 100 * (1 + (long) (-300 * Math.log(1 - random.nextDouble())));
            if (random.nextInt(100) == 0) {
                // a payee account passing money on
                return new TransferAttempt(
                        id(),
                        at,
                        payeeAccount(random.nextInt(payees)),
                        null,
                        payeeAccount(random.nextInt(payees)),
                        amount,
                        Channel.ONLINE_BANKING,
                        null);
            }
            long s = subscriber();
            int payee = random.nextInt(5) == 0 ? random.nextInt(payees) : knownPayee(s, random.nextInt(PAYEES_EACH));
            return new TransferAttempt(
                    id(), at, account(s), phone(s), payeeAccount(payee), amount, Channel.MOBILE_APP, "350203");
        }

        private long subscriber() {
            return random.nextInt(subscribers);
        }

        private Instant tick() {
            micros += STEP_MICROS;
            return Instant.ofEpochSecond(micros / 1_000_000, (micros % 1_000_000) * 1_000);
        }

        private String id() {
            return prefix + count++;
        }
    }

    /** A well-mixed non-negative long of {@code x} (the SplitMix64 finaliser). */
    static long mix(long x) {
        long z = x * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return (z ^ (z >>> 31)) >>> 1;
    }

    /** {@code prefix} then {@code value} in exactly {@code width} digits, zero-padded. */
    private static String digits(String prefix, long value, int width) {
        char[] chars = new char[prefix.length() + width];
        prefix.getChars(0, prefix.length(), chars, 0);
        long v = value;
        for (int i = chars.length - 1; i >= prefix.length(); i--) {
            chars[i] = (char) ('0' + v % 10);
            v /= 10;
        }
        if (v != 0) {
            throw new IllegalArgumentException(value + " has more than " + width + " digits");
        }
        return new String(chars);
    }
}
