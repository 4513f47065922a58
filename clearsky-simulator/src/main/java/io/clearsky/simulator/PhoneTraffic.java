package io.clearsky.simulator;

import io.clearsky.core.indicator.Route;
import io.clearsky.core.indicator.ScamType;
import java.time.Instant;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * The phone traffic around fraud that worlds held only later, handed to {@link WorldSink#extraCall} and {@link
 * WorldSink#appInstall}:
 *
 * <ul>
 *   <li>gangs dial through lists from their numbers to find someone who answers: a few hundred calls a number a day
 *       (how many varies from gang to gang), most unanswered or hung up within seconds, few called back;
 *   <li>couriers and sales lines dial many subscribers too: couriers' calls are mostly answered, last longer and are
 *       often called back; sales lines' look much like a gang's;
 *   <li>a gang calls a victim in the minutes before a payment to talk them through it, and for some scams has them
 *       install a screen-sharing app first;
 *   <li>subscribers install apps, now and then a meeting or remote-help app.
 * </ul>
 *
 * Figures are plausible orders of magnitude, not statistics; docs/warning-quality.md lists them as the assumptions
 * the risk rules' scores rest on.
 *
 * <p>How: every draw comes from random streams of its own, never from a gang's, so the rest of a world is the same
 * element for element as before this traffic existed.
 */
final class PhoneTraffic {

    /** Schedules an action at a second of the world's time. */
    interface Scheduler {
        void at(long second, Runnable action);
    }

    // purposes of the random streams (see Seeds); World uses 10 to 13
    private static final long DIALLING = 20;
    private static final long DIAL_RATES = 21;
    private static final long BULK_RATES = 22;
    private static final long BULK_CALLS = 23;
    private static final long INSTALLS = 24;
    private static final long CASES = 25;

    /** The median over gangs of the calls one of their numbers dials a day, and its spread (log-normal sigma). */
    static final double GANG_DIALS_PER_NUMBER_DAY = 500;

    static final double GANG_DIALS_SPREAD = 0.8;

    static final String[] SCREEN_SHARING_APPS = {
        "com.tencent.wemeet",
        "us.zoom.videomeetings",
        "com.anydesk.anydeskandroid",
        "com.teamviewer.quicksupport.market"
    };
    private static final double[] SCREEN_SHARING_WEIGHTS = {0.55, 0.2, 0.15, 0.1};
    private static final String[] OTHER_APPS = {
        "com.ss.android.ugc.aweme",
        "com.taobao.taobao",
        "com.xunmeng.pinduoduo",
        "com.sankuai.meituan",
        "com.tencent.mm",
        "com.eg.android.AlipayGphone"
    };
    private static final double SCREEN_SHARING_INSTALLS_PER_SUBSCRIBER_DAY = 0.002;
    private static final double OTHER_INSTALLS_PER_SUBSCRIBER_DAY = 0.03;

    /** Who dials in bulk besides the gangs, how much and how their calls go. */
    private enum Line {
        // subscribers per line, working hours, calls an hour (median, spread), answered, seconds (median, spread),
        // share called back
        COURIER(1_000, 9, 19, 25, 0.4, 0.85, 35, 0.6, 0.2),
        SALES(4_000, 9, 18, 60, 0.5, 0.4, 12, 1.0, 0.01);

        final int subscribersPerLine;
        final int fromHour;
        final int toHour;
        final double callsPerHour;
        final double callsSpread;
        final double answered;
        final double seconds;
        final double secondsSpread;
        final double calledBack;

        Line(
                int subscribersPerLine,
                int fromHour,
                int toHour,
                double callsPerHour,
                double callsSpread,
                double answered,
                double seconds,
                double secondsSpread,
                double calledBack) {
            this.subscribersPerLine = subscribersPerLine;
            this.fromHour = fromHour;
            this.toHour = toHour;
            this.callsPerHour = callsPerHour;
            this.callsSpread = callsSpread;
            this.answered = answered;
            this.seconds = seconds;
            this.secondsSpread = secondsSpread;
            this.calledBack = calledBack;
        }
    }

    private final long seed;
    private final Population population;
    private final WorldSink sink;
    private final Scheduler scheduler;
    private final String[][] lineNumbers = new String[Line.values().length][];
    private final double[][] lineRates = new double[Line.values().length][];

    PhoneTraffic(WorldSettings settings, Population population, WorldSink sink, Scheduler scheduler) {
        this.seed = settings.seed();
        this.population = population;
        this.sink = sink;
        this.scheduler = scheduler;
        // business lines take numbers from the subscribers' index space, after the last subscriber
        long next = population.size();
        for (Line line : Line.values()) {
            int count = Math.max(1, population.size() / line.subscribersPerLine);
            lineNumbers[line.ordinal()] = new String[count];
            lineRates[line.ordinal()] = new double[count];
            for (int i = 0; i < count; i++, next++) {
                lineNumbers[line.ordinal()][i] = MobileNumbers.subscriber(next);
                lineRates[line.ordinal()][i] =
                        Seeds.logNormal(Seeds.random(seed, BULK_RATES, next), line.callsPerHour, line.callsSpread);
            }
        }
    }

    /** The calls a gang's numbers dial a day, which varies from gang to gang. */
    double dialsPerNumberDay(Gang gang) {
        return Seeds.logNormal(Seeds.random(seed, DIAL_RATES, gang.id), GANG_DIALS_PER_NUMBER_DAY, GANG_DIALS_SPREAD);
    }

    /** Schedules an hour of a gang's dialling from the numbers its slots hold, at its rate and in its rhythm. */
    void dialling(Gang gang, double dialsPerNumberDay, double hourShare, long hourIndex, long hourStart) {
        SplittableRandom random = Seeds.random(seed, DIALLING, ((long) gang.id << 24) | hourIndex);
        for (int slot = 0; slot < gang.slots(); slot++) {
            int calls = Seeds.poisson(random, dialsPerNumberDay * hourShare);
            for (int i = 0; i < calls; i++) {
                long second = hourStart + random.nextInt(3_600);
                String number = gang.peek(slot, second);
                String callee = population.phone(random.nextInt(population.size()));
                boolean answered = random.nextDouble() < 0.3;
                int seconds = answered ? (int) Math.min(600, 1 + Seeds.logNormal(random, 8, 0.9)) : 0;
                boolean back = random.nextDouble() < 0.03;
                long backAt = second + 60 + random.nextInt(1_800);
                int backSeconds = (int) Math.min(600, 1 + Seeds.logNormal(random, 20, 0.8));
                if (number == null) {
                    continue; // the slot's number retired, or its successor came into use later in the hour
                }
                call(second, number, callee, seconds);
                if (back) {
                    call(backAt, callee, number, backSeconds);
                }
            }
        }
    }

    /** Schedules an hour of the couriers' and sales lines' calls and of the subscribers' app installs. */
    void background(int hour, double lifeShare, long hourIndex, long hourStart) {
        SplittableRandom random = Seeds.random(seed, BULK_CALLS, hourIndex);
        for (Line line : Line.values()) {
            if (hour < line.fromHour || hour >= line.toHour) {
                continue;
            }
            String[] numbers = lineNumbers[line.ordinal()];
            for (int i = 0; i < numbers.length; i++) {
                int calls = Seeds.poisson(random, lineRates[line.ordinal()][i]);
                for (int c = 0; c < calls; c++) {
                    long second = hourStart + random.nextInt(3_600);
                    String callee = population.phone(random.nextInt(population.size()));
                    int seconds = random.nextDouble() < line.answered
                            ? (int) Math.min(1_800, 1 + Seeds.logNormal(random, line.seconds, line.secondsSpread))
                            : 0;
                    call(second, numbers[i], callee, seconds);
                    if (random.nextDouble() < line.calledBack) {
                        long backAt = second + 60 + random.nextInt(1_800);
                        call(backAt, callee, numbers[i], (int) Math.min(600, 1 + Seeds.logNormal(random, 40, 0.5)));
                    }
                }
            }
        }
        SplittableRandom installs = Seeds.random(seed, INSTALLS, hourIndex);
        int n = population.size();
        int sharing = Seeds.poisson(installs, n * SCREEN_SHARING_INSTALLS_PER_SUBSCRIBER_DAY * lifeShare);
        for (int i = 0; i < sharing; i++) {
            install(
                    hourStart + installs.nextInt(3_600),
                    population.phone(installs.nextInt(n)),
                    screenSharingApp(installs));
        }
        int other = Seeds.poisson(installs, n * OTHER_INSTALLS_PER_SUBSCRIBER_DAY * lifeShare);
        for (int i = 0; i < other; i++) {
            install(
                    hourStart + installs.nextInt(3_600),
                    population.phone(installs.nextInt(n)),
                    OTHER_APPS[installs.nextInt(OTHER_APPS.length)]);
        }
    }

    /**
     * What a gang does before a victim's payment: for some scams, has the victim install a screen-sharing app before
     * the first payment; and often calls them in the minutes before, from the number it first called from while that
     * is in use, else from another of its numbers, presenting the same spoofed number if it spoofed the first call.
     *
     * @param payment the payment's number in the case, 0 for the first
     * @param earliest the first second anything may happen (after the first contact)
     */
    void beforePayment(
            Gang gang,
            long caseId,
            int payment,
            ScamType type,
            String victim,
            String caseNumber,
            long caseNumberRetires,
            @Nullable String spoofedPresented,
            long earliest,
            long paidAt) {
        SplittableRandom random = Seeds.random(seed, CASES, caseId * 16 + payment);
        if (payment == 0 && random.nextDouble() < screenSharingShare(type)) {
            long at = Math.max(earliest, paidAt - 180 - random.nextInt(1_320));
            install(at, victim, screenSharingApp(random));
        }
        if (random.nextDouble() < callBeforePayingShare(type)) {
            long at = Math.max(earliest, paidAt - 60 - random.nextInt(1_140));
            int seconds = (int) Math.min(3_600, Seeds.logNormal(random, 600, 0.7));
            int firstSlot = random.nextInt(gang.slots());
            scheduler.at(at, () -> {
                String number = at < caseNumberRetires ? caseNumber : activeNumber(gang, firstSlot, at);
                if (number == null) {
                    return;
                }
                sink.extraCall(new Call(
                        Instant.ofEpochSecond(at),
                        number,
                        spoofedPresented == null ? World.national(number) : spoofedPresented,
                        spoofedPresented == null ? Route.DOMESTIC : Route.INTERNATIONAL,
                        victim,
                        seconds));
            });
        }
    }

    /**
     * The share of victims of a scam who install a screen-sharing app before paying: fake customer service has them
     * share their screen "to process the refund", fake police to "check their accounts", and so on.
     */
    static double screenSharingShare(ScamType type) {
        return switch (type) {
            case FAKE_CUSTOMER_SERVICE -> 0.6;
            case IMPERSONATING_OFFICIALS, FAKE_CREDIT_REPAIR -> 0.4;
            case FAKE_LOAN -> 0.2;
            case FAKE_INVESTMENT -> 0.1;
            default -> 0;
        };
    }

    /**
     * The share of a scam's payments made while or just after a gang calls: the scams run over the phone keep the
     * victim on the line; those run over chat apps seldom call.
     */
    static double callBeforePayingShare(ScamType type) {
        return switch (type) {
            case IMPERSONATING_OFFICIALS -> 0.8;
            case FAKE_CUSTOMER_SERVICE -> 0.6;
            case FAKE_CREDIT_REPAIR -> 0.5;
            case FAKE_LOAN, OTHER -> 0.3;
            case IMPERSONATING_ACQUAINTANCE -> 0.1;
            default -> 0.05;
        };
    }

    private static @Nullable String activeNumber(Gang gang, int firstSlot, long second) {
        for (int i = 0; i < gang.slots(); i++) {
            String number = gang.peek((firstSlot + i) % gang.slots(), second);
            if (number != null) {
                return number;
            }
        }
        return null;
    }

    private static String screenSharingApp(SplittableRandom random) {
        double r = random.nextDouble();
        for (int i = 0; i < SCREEN_SHARING_APPS.length - 1; i++) {
            r -= SCREEN_SHARING_WEIGHTS[i];
            if (r < 0) {
                return SCREEN_SHARING_APPS[i];
            }
        }
        return SCREEN_SHARING_APPS[SCREEN_SHARING_APPS.length - 1];
    }

    private void call(long second, String from, String to, int seconds) {
        scheduler.at(
                second,
                () -> sink.extraCall(new Call(
                        Instant.ofEpochSecond(second), from, World.national(from), Route.DOMESTIC, to, seconds)));
    }

    private void install(long second, String subscriber, String app) {
        scheduler.at(second, () -> sink.appInstall(new AppInstall(Instant.ofEpochSecond(second), subscriber, app)));
    }
}
