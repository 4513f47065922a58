package io.clearsky.simulator;

import io.clearsky.core.funds.CashAccounts;
import io.clearsky.core.identifier.IndicatorKind;
import io.clearsky.core.indicator.Route;
import io.clearsky.core.indicator.ScamType;
import io.clearsky.simulator.TruthRecord.Entity;
import io.clearsky.simulator.text.TextCorpus;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Makes a world from its settings and streams it to a sink in time order. Deterministic: the same settings give
 * the same stream, element for element.
 *
 * <p>How: the world advances an hour at a time. Background life (calls, SMS, transfers between acquaintances, to
 * merchants, salaries) is drawn for the hour from a generator seeded by the hour, sorted, and merged with a priority
 * queue of the gangs' pending actions — a victim's next payment, a mule account forwarding money, a report filed
 * days later, a centre listing a number. Memory holds one hour of background, the queue and the gangs' state, never
 * the world: subscribers are computed from their index ({@link Population}).
 */
public final class World {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    // purposes of the independent random streams (see Seeds)
    private static final long BACKGROUND = 10;
    private static final long GANGS = 11;
    private static final long FRAUD = 12;
    private static final long HISTORY = 13;
    private static final long NARRATIVES = 14;

    static final double[] LIFE_RHYTHM = normalise(new double[] {
        0.25, 0.12, 0.06, 0.05, 0.05, 0.1, 0.35, 0.8, 1.2, 1.5, 1.6, 1.6, 1.3, 1.2, 1.4, 1.5, 1.5, 1.4, 1.5, 1.8, 1.9,
        1.7, 1.1, 0.6
    });
    static final double[] GANG_RHYTHM = normalise(new double[] {
        0, 0, 0, 0, 0, 0, 0, 0, 0.6, 1.2, 1.5, 1.4, 0.6, 0.8, 1.4, 1.5, 1.4, 1.2, 0.8, 1.0, 1.2, 1.0, 0.5, 0
    });
    private static final String[] OFFICIAL_NUMBERS = {"110", "96110", "12381", "95588", "95555", "12110"};
    private static final String[] SERVICE_SENDERS = {"95588", "95555", "10086", "10010", "10000", "1069012345678"};
    private static final String[] TLDS = {"com", "cn", "top", "xyz", "vip", "cc", "net"};
    private static final String[] SYLLABLES = {
        "jin", "fu", "bao", "xin", "tong", "hui", "cai", "rong", "da", "sheng", "li", "an", "wang", "hong", "tai",
        "yun", "kai", "xiang", "zhi", "bang"
    };

    private final WorldSettings settings;
    private final Population population;

    public World(WorldSettings settings) {
        this.settings = settings;
        this.population = new Population(settings);
    }

    public WorldSettings settings() {
        return settings;
    }

    /** Makes the world and hands every element to the sink, in time order; does not close the sink. */
    public void generate(WorldSink sink) {
        new Run(sink).run();
    }

    /** One generation: the mutable state of a world in the making. */
    private final class Run {

        private final WorldSink sink;
        private final PriorityQueue<Pending> pending =
                new PriorityQueue<>(Comparator.comparingLong(Pending::second).thenComparingLong(Pending::order));
        private final List<Gang> gangs = new ArrayList<>();
        private final Map<String, Set<String>> listedByCentre = new HashMap<>();
        private final SplittableRandom fraudRandom;
        private final @Nullable PhoneTraffic traffic;
        private final List<Double> dialsPerNumberDay = new ArrayList<>();
        private final long startSecond;
        private final long endSecond;
        private long order;
        private long transfers;
        private long reports;
        private long cases;

        Run(WorldSink sink) {
            this.sink = sink;
            this.fraudRandom = Seeds.random(settings.seed(), FRAUD, 0);
            this.traffic =
                    sink.takesPhoneTraffic() ? new PhoneTraffic(settings, population, sink, this::schedule) : null;
            this.startSecond = settings.start().atStartOfDay(BEIJING).toEpochSecond();
            this.endSecond = startSecond + settings.days() * 86_400L;
        }

        void run() {
            for (int i = 0; i < population.size(); i++) {
                sink.subscriber(population.subscriber(i));
            }
            createGangs();
            history();
            for (int day = 0; day < settings.days(); day++) {
                for (int hour = 0; hour < 24; hour++) {
                    long hourStart = startSecond + day * 86_400L + hour * 3_600L;
                    List<Pending> background = background(day, hour, hourStart);
                    for (Gang gang : gangs) {
                        contacts(gang, hour, hourStart);
                    }
                    if (traffic != null) {
                        long hourIndex = day * 24L + hour;
                        for (Gang gang : gangs) {
                            traffic.dialling(
                                    gang, dialsPerNumberDay.get(gang.id), GANG_RHYTHM[hour], hourIndex, hourStart);
                        }
                        traffic.background(hour, LIFE_RHYTHM[hour], hourIndex, hourStart);
                    }
                    drain(background, hourStart + 3_600);
                }
                sink.dayDone(day, settings.days());
            }
        }

        // ---- gangs -------------------------------------------------------------------------------------------

        private void createGangs() {
            List<ScamType> types = settings.typesByWeight();
            Map<ScamType, Integer> gangsPerType = new HashMap<>();
            List<List<ScamType>> worked = new ArrayList<>();
            for (int g = 0; g < settings.gangs(); g++) {
                SplittableRandom random = Seeds.random(settings.seed(), GANGS, g);
                List<ScamType> own = new ArrayList<>();
                own.add(types.get(g % types.size()));
                if (random.nextDouble() < 0.4 && types.size() > 1) {
                    ScamType second = weighted(random, types, settings.scamMix());
                    if (!own.contains(second)) {
                        own.add(second);
                    }
                }
                own.forEach(type -> gangsPerType.merge(type, 1, Integer::sum));
                worked.add(own);
            }
            // A gang's volume is the sum of its types' contact weights, each shared among the gangs working the
            // type; a type's contact weight is its share of cases over the share of contacts that become cases.
            // So the cases (victims who paid) of all gangs together follow the configured mix.
            double covered = gangsPerType.keySet().stream()
                    .mapToDouble(type -> contactWeight(type))
                    .sum();
            double totalContacts = (double) settings.contactsPerGangDay() * settings.gangs();
            for (int g = 0; g < settings.gangs(); g++) {
                SplittableRandom random = Seeds.random(settings.seed(), GANGS, g);
                random.nextDouble();
                random.nextDouble();
                List<ScamType> own = worked.get(g);
                double[] weights = new double[own.size()];
                double share = 0;
                for (int t = 0; t < own.size(); t++) {
                    weights[t] = contactWeight(own.get(t)) / gangsPerType.get(own.get(t));
                    share += weights[t];
                }
                for (int t = 0; t < own.size(); t++) {
                    weights[t] /= share;
                }
                boolean overseas = random.nextDouble() < settings.overseasGangShare();
                City base = overseas ? null : Cities.GANG_BASES.get(random.nextInt(Cities.GANG_BASES.size()));
                long accountBase = Population.GANG_ACCOUNTS + (long) g * 1_000;
                long cardBase = Banks.GANG_BASE + (long) g * 1_000;
                int next = 0;
                String[] level1 = new String[4 + random.nextInt(5)];
                String[] level2 = new String[2 + random.nextInt(3)];
                String[] level3 = new String[2 + random.nextInt(3)];
                for (String[] level : List.of(level1, level2, level3)) {
                    for (int a = 0; a < level.length; a++, next++) {
                        level[a] = random.nextDouble() < 0.6
                                ? Banks.card(cardBase + next)
                                : Population.alipay(accountBase + next);
                    }
                }
                String[] domains = new String[1 + random.nextInt(3)];
                for (int d = 0; d < domains.length; d++) {
                    domains[d] = SYLLABLES[random.nextInt(SYLLABLES.length)]
                            + SYLLABLES[random.nextInt(SYLLABLES.length)] + g + d + "."
                            + TLDS[random.nextInt(TLDS.length)];
                }
                String[] chats = new String[2 + random.nextInt(3)];
                for (int c = 0; c < chats.length; c++) {
                    chats[c] = c % 2 == 0
                            ? "qq:" + (100_000_000L + Math.floorMod(Seeds.mix(settings.seed(), g, c), 3_000_000_000L))
                            : "wechat:wxid_"
                                    + Long.toString(Math.floorMod(Seeds.mix(settings.seed(), g, c), 1L << 50), 36);
                }
                Gang gang = new Gang(
                        g,
                        base,
                        overseas,
                        own,
                        weights,
                        totalContacts * share / covered,
                        domains,
                        chats,
                        level1,
                        level2,
                        level3,
                        settings.numberSlots(),
                        settings.numberLifetimeDays(),
                        random);
                gangs.add(gang);
                if (traffic != null) {
                    dialsPerNumberDay.add(traffic.dialsPerNumberDay(gang));
                }
                sink.truth(new TruthRecord(
                        Entity.GANG,
                        Integer.toString(g),
                        g,
                        own.get(0),
                        "base=" + (base == null ? "overseas" : base.code()) + ";types="
                                + String.join(",", own.stream().map(Enum::name).toList())));
                for (int level = 1; level <= 3; level++) {
                    for (String account : List.of(level1, level2, level3).get(level - 1)) {
                        sink.truth(new TruthRecord(
                                account.startsWith("alipay:") ? Entity.PAYMENT_ACCOUNT : Entity.BANK_CARD,
                                account,
                                g,
                                own.get(0),
                                "level=" + level));
                    }
                }
                for (String domain : domains) {
                    sink.truth(new TruthRecord(Entity.DOMAIN, domain, g, own.get(0), ""));
                }
                for (String chat : chats) {
                    sink.truth(new TruthRecord(Entity.CHAT_ACCOUNT, chat, g, own.get(0), ""));
                }
            }
        }

        private double contactWeight(ScamType type) {
            ScamProfile profile = ScamProfile.of(type);
            return settings.scamMix().get(type) / (profile.engage() * profile.pay());
        }

        /** Numbers gangs used and dropped before the start, listed by centres back then: the stale part of lists. */
        private void history() {
            SplittableRandom random = Seeds.random(settings.seed(), HISTORY, 0);
            List<Listing> old = new ArrayList<>();
            for (int h = 0; h < settings.historicalListings(); h++) {
                Gang gang = gangs.get(h % gangs.size());
                long retired = startSecond - 86_400L - (long) (random.nextDouble() * 365 * 86_400);
                Gang.Number number = gang.acquire(retired - 86_400L * (1 + random.nextInt(10)));
                number = new Gang.Number(number.e164(), number.activeFrom(), retired);
                numberTruth(gang, number);
                long listedAt =
                        number.activeFrom() + (long) (random.nextDouble() * (startSecond - number.activeFrom()));
                String centre =
                        population.city(random.nextInt(population.size())).code();
                listedByCentre.computeIfAbsent(centre, c -> new HashSet<>()).add(number.e164());
                old.add(new Listing(
                        Instant.ofEpochSecond(listedAt),
                        centre,
                        IndicatorKind.PHONE_NUMBER,
                        number.e164(),
                        gang.types.get(0)));
            }
            old.sort(Comparator.comparing(Listing::time));
            old.forEach(sink::listing);
            for (Gang gang : gangs) {
                gang.start(startSecond, number -> numberTruth(gang, number));
            }
        }

        private void numberTruth(Gang gang, Gang.Number number) {
            sink.truth(new TruthRecord(
                    Entity.PHONE_NUMBER,
                    number.e164(),
                    gang.id,
                    gang.types.get(0),
                    "activeFrom=" + Instant.ofEpochSecond(number.activeFrom()) + ";activeTo="
                            + Instant.ofEpochSecond(number.activeTo())));
        }

        // ---- background life ---------------------------------------------------------------------------------

        private List<Pending> background(int day, int hour, long hourStart) {
            SplittableRandom random = Seeds.random(settings.seed(), BACKGROUND, day * 24L + hour);
            int n = population.size();
            List<Pending> events = new ArrayList<>();
            int calls = Seeds.poisson(random, n * settings.callsPerSubscriberDay() * LIFE_RHYTHM[hour]);
            for (int i = 0; i < calls; i++) {
                int caller = random.nextInt(n);
                int callee = population.acquaintance(caller, random.nextInt(Population.ACQUAINTANCE_CIRCLE));
                String from = population.phone(caller);
                String to = population.phone(callee);
                long second = hourStart + random.nextInt(3_600);
                int duration = (int) Math.min(3_600, Seeds.logNormal(random, 70, 1.0));
                events.add(event(
                        second,
                        () -> sink.call(new Call(at(second), from, national(from), Route.DOMESTIC, to, duration))));
            }
            int texts = Seeds.poisson(random, n * settings.smsPerSubscriberDay() * LIFE_RHYTHM[hour]);
            for (int i = 0; i < texts; i++) {
                int recipient = random.nextInt(n);
                String sender = random.nextDouble() < 0.3
                        ? SERVICE_SENDERS[random.nextInt(SERVICE_SENDERS.length)]
                        : national(population.phone(
                                population.acquaintance(recipient, random.nextInt(Population.ACQUAINTANCE_CIRCLE))));
                String to = population.phone(recipient);
                long second = hourStart + random.nextInt(3_600);
                events.add(event(second, () -> sink.sms(new Sms(at(second), sender, to, ""))));
            }
            int moves = Seeds.poisson(random, n * settings.transfersPerSubscriberDay() * LIFE_RHYTHM[hour]);
            for (int i = 0; i < moves; i++) {
                int payer = random.nextInt(n);
                Subscriber from = population.subscriber(payer);
                boolean shop = random.nextDouble() < 0.4;
                String to = shop
                        ? population.merchantAccount(random.nextInt(settings.merchants()))
                        : population
                                .subscriber(
                                        population.acquaintance(payer, random.nextInt(Population.ACQUAINTANCE_CIRCLE)))
                                .paymentAccount();
                long fen = Math.max(100, (long) (Seeds.logNormal(random, shop ? 80 : 200, 1.0) * 100));
                String account = random.nextBoolean() ? from.paymentAccount() : from.bankCard();
                Transfer.Kind kind = shop ? Transfer.Kind.MERCHANT : Transfer.Kind.ACQUAINTANCE;
                long second = hourStart + random.nextInt(3_600);
                events.add(event(
                        second, () -> sink.transfer(new Transfer(++transfers, at(second), account, to, fen, kind))));
            }
            boolean payday = settings.start().plusDays(day).getDayOfMonth() == 10;
            if (payday && hour >= 8 && hour < 18) {
                for (int s = hour - 8; s < n; s += 10) {
                    int age = population.age(s);
                    if (age >= 22 && age <= 60 && Math.floorMod(Seeds.mix(settings.seed(), 77, s), 10) < 7) {
                        String employer = population.employerAccount(s);
                        String card = population.subscriber(s).bankCard();
                        long fen = (long) (Seeds.logNormal(random, 7_000, 0.5) * 100);
                        long second = hourStart + random.nextInt(3_600);
                        events.add(event(
                                second,
                                () -> sink.transfer(new Transfer(
                                        ++transfers, at(second), employer, card, fen, Transfer.Kind.SALARY))));
                    }
                }
            }
            events.sort(Comparator.comparingLong(Pending::second).thenComparingLong(Pending::order));
            return events;
        }

        // ---- fraud -------------------------------------------------------------------------------------------

        private void contacts(Gang gang, int hour, long hourStart) {
            int count = Seeds.poisson(gang.random, gang.contactsPerDay * GANG_RHYTHM[hour]);
            // in time order, so that a number retired during the hour is never used before its successor's start
            long[] seconds = new long[count];
            for (int i = 0; i < count; i++) {
                seconds[i] = hourStart + gang.random.nextInt(3_600);
            }
            java.util.Arrays.sort(seconds);
            for (long second : seconds) {
                ScamType type = gang.pickType();
                ScamProfile profile = ScamProfile.of(type);
                int victim = population.pick(gang.random, profile.minAge(), profile.maxAge());
                int slot = gang.random.nextInt(gang.slots());
                String number = gang.numberAt(slot, second, n -> numberTruth(gang, n));
                Case c = new Case(++cases, gang, type, victim);
                c.number = number;
                c.numberRetires = gang.retires(slot);
                boolean spoofed = gang.overseas && gang.random.nextDouble() < 0.5;
                Route route = spoofed ? Route.INTERNATIONAL : Route.DOMESTIC;
                c.spoofed = spoofed;
                if (spoofed) {
                    c.presented = type == ScamType.IMPERSONATING_OFFICIALS
                            ? OFFICIAL_NUMBERS[gang.random.nextInt(OFFICIAL_NUMBERS.length)]
                            : national(population.phone(gang.random.nextInt(population.size())));
                } else {
                    c.presented = national(number);
                    c.gangNumber = number;
                }
                String to = population.phone(victim);
                if (gang.random.nextDouble() < 0.65) {
                    int duration = (int) Math.min(2_400, Seeds.logNormal(gang.random, 45, 1.2));
                    schedule(second, () -> sink.call(new Call(at(second), number, c.presented, route, to, duration)));
                } else {
                    String text = profile.link() ? profile.smsZh().formatted(gang.url()) : profile.smsZh();
                    schedule(second, () -> sink.sms(new Sms(at(second), c.presented, to, text)));
                }
                if (gang.random.nextDouble() < profile.engage()) {
                    engage(c, profile, second);
                } else if (gang.random.nextDouble() < settings.noLossReportShare() / 4) {
                    scheduleReport(c, second);
                }
            }
        }

        private void engage(Case c, ScamProfile profile, long second) {
            Gang gang = c.gang;
            c.chat = gang.chats[gang.random.nextInt(gang.chats.length)];
            long next = second + 300 + gang.random.nextInt(7_200);
            if (profile.link()) {
                c.url = gang.url();
                String url = c.url;
                String subscriber = population.phone(c.victim);
                schedule(next, () -> sink.linkVisit(new LinkVisit(at(next), subscriber, url)));
            }
            if (gang.random.nextDouble() < profile.pay()) {
                int payments = 1;
                while (payments < profile.maxPayments() && gang.random.nextDouble() < 0.5) {
                    payments++;
                }
                double yuan = Seeds.logNormal(gang.random, profile.medianYuan() / Math.pow(1.8, payments - 1), 0.6);
                long when = next + 600 + gang.random.nextInt(86_400);
                for (int p = 0; p < payments; p++) {
                    long fen = Math.max(1_000, Math.round(yuan) * 100);
                    boolean last = p == payments - 1;
                    long paidAt = when;
                    schedule(paidAt, () -> pay(c, fen, paidAt, last));
                    if (traffic != null) {
                        traffic.beforePayment(
                                gang,
                                c.id,
                                p,
                                c.type,
                                population.phone(c.victim),
                                c.number,
                                c.numberRetires,
                                c.spoofed ? c.presented : null,
                                second + 1,
                                paidAt);
                    }
                    yuan *= 1.5 + gang.random.nextDouble() * 1.5;
                    when += 600 + gang.random.nextInt(2 * 86_400);
                }
            } else if (gang.random.nextDouble() < settings.noLossReportShare()) {
                scheduleReport(c, next);
            }
        }

        private void pay(Case c, long fen, long second, boolean last) {
            Gang gang = c.gang;
            Subscriber victim = population.subscriber(c.victim);
            String from = gang.random.nextDouble() < 0.6 ? victim.bankCard() : victim.paymentAccount();
            int l1 = gang.random.nextInt(gang.level1.length);
            String to = gang.level1[l1];
            c.lossFen += fen;
            if (!c.paidTo.contains(to)) {
                c.paidTo.add(to);
            }
            sink.transfer(new Transfer(++transfers, at(second), from, to, fen, Transfer.Kind.FRAUD_PAYMENT));
            long forwardAt = second + 60 + gang.random.nextInt(29 * 60);
            schedule(forwardAt, () -> forwardFromLevel1(gang, to, fen, forwardAt));
            if (last) {
                sink.truth(new TruthRecord(
                        Entity.VICTIM,
                        victim.phone(),
                        gang.id,
                        c.type,
                        "case=C" + c.id + ";lossFen=" + c.lossFen + ";city=" + victim.cityCode()));
                if (gang.random.nextDouble() < settings.reportShare()) {
                    scheduleReport(c, second);
                }
            }
        }

        /** A first-level account passes a payment on within minutes, split over second-level accounts. */
        private void forwardFromLevel1(Gang gang, String account, long fen, long second) {
            long remaining = fen - fen * gang.random.nextInt(3) / 100;
            int parts = 1 + gang.random.nextInt(3);
            for (int p = 0; p < parts && remaining > 0; p++) {
                long part = p == parts - 1 ? remaining : remaining / (parts - p) + gang.random.nextInt(100) * 100L;
                part = Math.min(part, remaining);
                remaining -= part;
                int l2 = gang.random.nextInt(gang.level2.length);
                long at = second + p * (5L + gang.random.nextInt(60));
                long amount = part;
                schedule(at, () -> {
                    sink.transfer(new Transfer(
                            ++transfers, at(at), account, gang.level2[l2], amount, Transfer.Kind.MULE_FORWARD));
                    gang.level2Balance[l2] += amount;
                    if (!gang.level2SweepScheduled[l2]) {
                        gang.level2SweepScheduled[l2] = true;
                        long sweepAt = at + 1_200 + gang.random.nextInt(2_400);
                        schedule(sweepAt, () -> sweepLevel2(gang, l2, sweepAt));
                    }
                });
            }
        }

        /** A second-level account sweeps what gathered on it — often several payments merged — to third level. */
        private void sweepLevel2(Gang gang, int l2, long second) {
            long balance = gang.level2Balance[l2];
            gang.level2Balance[l2] = 0;
            gang.level2SweepScheduled[l2] = false;
            int parts = 1 + gang.random.nextInt(2);
            long remaining = balance;
            for (int p = 0; p < parts && remaining > 0; p++) {
                long part = p == parts - 1 ? remaining : remaining / 2;
                remaining -= part;
                String to = gang.level3[gang.random.nextInt(gang.level3.length)];
                long at = second + p * 30L;
                long amount = part;
                schedule(
                        at,
                        () -> sink.transfer(new Transfer(
                                ++transfers, at(at), gang.level2[l2], to, amount, Transfer.Kind.MULE_FORWARD)));
                if (gang.random.nextDouble() < 0.4) {
                    long cashAt = at + 3_600 + gang.random.nextInt(5 * 3_600);
                    long cash = Math.max(100, part * (50 + gang.random.nextInt(51)) / 100 / 100 * 100);
                    String where = gang.base != null
                            ? gang.base.code()
                            : population
                                    .city(gang.random.nextInt(population.size()))
                                    .code();
                    schedule(
                            cashAt,
                            () -> sink.transfer(new Transfer(
                                    ++transfers,
                                    at(cashAt),
                                    to,
                                    CashAccounts.PREFIX + where,
                                    cash,
                                    Transfer.Kind.CASH_WITHDRAWAL)));
                }
            }
        }

        private void scheduleReport(Case c, long after) {
            long delay =
                    (long) Math.min(20 * 86_400.0, Math.max(1_800, Seeds.logNormal(c.gang.random, 2 * 86_400, 0.9)));
            long at = after + delay;
            schedule(at, () -> report(c, at));
        }

        private void report(Case c, long second) {
            Gang gang = c.gang;
            SplittableRandom random = gang.random;
            Subscriber reporter = population.subscriber(c.victim);
            List<Report.Reported> identifiers = new ArrayList<>();
            identifiers.add(new Report.Reported(
                    IndicatorKind.PHONE_NUMBER, Noise.phone(random, c.presented, settings.digitErrorShare())));
            if (c.chat != null && random.nextDouble() < 0.7) {
                identifiers.add(new Report.Reported(IndicatorKind.CHAT_ACCOUNT, Noise.chat(random, c.chat)));
            }
            for (String account : c.paidTo) {
                boolean card = !account.startsWith("alipay:");
                identifiers.add(new Report.Reported(
                        card ? IndicatorKind.BANK_CARD : IndicatorKind.PAYMENT_ACCOUNT,
                        Noise.account(random, account, settings.halfRememberedShare())));
            }
            if (c.url != null && random.nextDouble() < 0.6) {
                identifiers.add(new Report.Reported(IndicatorKind.URL, Noise.url(random, c.url)));
            }
            ScamType told = random.nextDouble() < settings.wrongTypeShare()
                    ? ScamType.values()[random.nextInt(ScamType.values().length)]
                    : c.type;
            long loss = c.lossFen > 0 && random.nextBoolean() ? Math.round(c.lossFen / 10_000.0) * 10_000 : c.lossFen;
            String id = "SIM-" + (++reports);
            // the account is drawn from its own stream, so the words a victim chooses move no other figure of the world
            String story =
                    TextCorpus.reportNarrative(Seeds.mix(settings.seed(), NARRATIVES, reports), c.type, loss / 100);
            sink.report(
                    new Report(id, at(second), reporter.phone(), reporter.cityCode(), told, loss, identifiers, story));
            sink.truth(new TruthRecord(
                    Entity.REPORT, id, gang.id, c.type, "case=C" + c.id + ";victim=" + reporter.phone()));
            if (c.gangNumber != null && random.nextDouble() < settings.listingShare()) {
                Set<String> listed = listedByCentre.computeIfAbsent(reporter.cityCode(), k -> new HashSet<>());
                if (listed.add(c.gangNumber)) {
                    long listAt = second + 86_400L + random.nextInt(4 * 86_400);
                    String number = c.gangNumber;
                    String centre = reporter.cityCode();
                    ScamType type = c.type;
                    schedule(
                            listAt,
                            () -> sink.listing(
                                    new Listing(at(listAt), centre, IndicatorKind.PHONE_NUMBER, number, type)));
                }
            }
        }

        // ---- time order --------------------------------------------------------------------------------------

        private void schedule(long second, Runnable action) {
            if (second < endSecond) {
                pending.add(new Pending(second, ++order, action));
            }
        }

        private Pending event(long second, Runnable emit) {
            return new Pending(second, ++order, emit);
        }

        /** Emits the hour's background and every pending action due before {@code until}, in time order. */
        private void drain(List<Pending> background, long until) {
            int next = 0;
            while (true) {
                Pending queued = pending.peek();
                boolean queuedDue = queued != null && queued.second() < until;
                boolean backgroundLeft = next < background.size();
                if (!queuedDue && !backgroundLeft) {
                    return;
                }
                if (queuedDue
                        && (!backgroundLeft
                                || queued.second() <= background.get(next).second())) {
                    pending.poll();
                    queued.action().run();
                } else {
                    background.get(next++).action().run();
                }
            }
        }

        private static Instant at(long second) {
            return Instant.ofEpochSecond(second);
        }
    }

    /** Something due at a second: a background event to emit, or an action of a gang or a victim. */
    private record Pending(long second, long order, Runnable action) {}

    /** One contact of a gang with a subscriber, and what came of it. */
    private static final class Case {
        final long id;
        final Gang gang;
        final ScamType type;
        final int victim;
        String presented = "";

        /** The gang's number that made the first contact (even when it presented another), and when it retires. */
        String number = "";

        long numberRetires;
        boolean spoofed;

        @Nullable
        String gangNumber;

        @Nullable
        String chat;

        @Nullable
        String url;

        long lossFen;
        final List<String> paidTo = new ArrayList<>(2);

        Case(long id, Gang gang, ScamType type, int victim) {
            this.id = id;
            this.gang = gang;
            this.type = type;
            this.victim = victim;
        }
    }

    /** The number as a phone shows it: national digits without +86. */
    static String national(String e164) {
        return e164.startsWith("+86") ? e164.substring(3) : e164;
    }

    private static ScamType weighted(SplittableRandom random, List<ScamType> types, Map<ScamType, Double> weights) {
        double total = types.stream().mapToDouble(weights::get).sum();
        double r = random.nextDouble() * total;
        for (ScamType type : types) {
            r -= weights.get(type);
            if (r < 0) {
                return type;
            }
        }
        return types.get(types.size() - 1);
    }

    private static double[] normalise(double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double[] shares = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            shares[i] = weights[i] / sum;
        }
        return shares;
    }
}
