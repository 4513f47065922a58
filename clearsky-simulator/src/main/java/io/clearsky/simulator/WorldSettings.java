package io.clearsky.simulator;

import io.clearsky.core.indicator.ScamType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything that shapes a world. The same settings with the same seed make the same world. Presets: {@link
 * #demo}, {@link #small} and {@link #benchmark}; {@code with…} methods change one thing.
 *
 * @param start the first simulated day (Beijing time)
 * @param cities division codes of the cities subscribers live in (see {@link Cities#RESIDENTIAL})
 * @param callsPerSubscriberDay background calls a subscriber makes a day; likewise SMS and transfers
 * @param contactsPerGangDay people a gang calls or texts a day
 * @param numberSlots phone numbers a gang uses at once; each is retired after its lifetime and replaced
 * @param numberLifetimeDays mean days a gang keeps a number (exponential)
 * @param overseasGangShare share of gangs calling from abroad: over GoIP gateways or with spoofed caller IDs
 * @param reportShare share of victims who lost money and report it; {@code noLossReportShare} of those contacted
 *     who did not
 * @param digitErrorShare share of reported phone numbers with one digit wrong; {@code halfRememberedShare} of
 *     reported accounts given only in part; {@code wrongTypeShare} of reports with the wrong scam type
 * @param listingShare share of gang numbers reported in a city that its centre verifies and lists
 * @param historicalListings numbers the centres listed before the start, most long retired by their gangs
 * @param scamMix relative weight of each scam type among fraud cases
 */
public record WorldSettings(
        long seed,
        LocalDate start,
        int days,
        List<String> cities,
        int subscribers,
        int merchants,
        double callsPerSubscriberDay,
        double smsPerSubscriberDay,
        double transfersPerSubscriberDay,
        int gangs,
        int contactsPerGangDay,
        int numberSlots,
        double numberLifetimeDays,
        double overseasGangShare,
        double reportShare,
        double noLossReportShare,
        double digitErrorShare,
        double halfRememberedShare,
        double wrongTypeShare,
        double listingShare,
        int historicalListings,
        Map<ScamType, Double> scamMix) {

    /**
     * The real mix, roughly: brushing / part-time-job rebates and fake investment lead (MPS and platform figures
     * put brushing near a third of cases), then fake loans and fake customer service.
     */
    public static final Map<ScamType, Double> REAL_MIX = realMix();

    public WorldSettings {
        requirePositive("days", days);
        requirePositive("subscribers", subscribers);
        requirePositive("merchants", merchants);
        requirePositive("gangs", gangs);
        requirePositive("numberSlots", numberSlots);
        if (contactsPerGangDay < 0) {
            throw new IllegalArgumentException("contactsPerGangDay must not be negative: " + contactsPerGangDay);
        }
        if (cities.isEmpty()) {
            throw new IllegalArgumentException("cities: at least one city");
        }
        cities.forEach(Cities::of);
        cities = List.copyOf(cities);
        for (double share : new double[] {
            overseasGangShare,
            reportShare,
            noLossReportShare,
            digitErrorShare,
            halfRememberedShare,
            wrongTypeShare,
            listingShare
        }) {
            if (share < 0 || share > 1) {
                throw new IllegalArgumentException("a share is between 0 and 1: " + share);
            }
        }
        if (numberLifetimeDays <= 0) {
            throw new IllegalArgumentException("numberLifetimeDays must be positive: " + numberLifetimeDays);
        }
        if (scamMix.isEmpty() || scamMix.values().stream().anyMatch(w -> w < 0)) {
            throw new IllegalArgumentException("scamMix: non-negative weights, at least one");
        }
        scamMix = Collections.unmodifiableMap(new EnumMap<>(scamMix));
    }

    /** A city of 5,000 subscribers (Xiamen), four gangs, the 30 days up to {@code end}: what a first start shows. */
    public static WorldSettings demo(long seed, LocalDate end) {
        return new WorldSettings(
                seed,
                end.minusDays(30),
                30,
                List.of("350200"),
                5_000,
                50,
                2.0,
                1.5,
                0.3,
                4,
                40,
                3,
                5.0,
                0.25,
                0.6,
                0.05,
                0.05,
                0.2,
                0.1,
                0.6,
                300,
                REAL_MIX);
    }

    /** Several cities, 20,000 subscribers, 40 gangs over 21 days: enough to check the world's statistics. */
    public static WorldSettings small(long seed) {
        return new WorldSettings(
                seed,
                LocalDate.of(2026, 10, 1),
                21,
                List.of("350200", "320100", "441900", "510100", "110000"),
                20_000,
                200,
                2.0,
                1.5,
                0.3,
                40,
                60,
                4,
                5.0,
                0.3,
                0.6,
                0.05,
                0.05,
                0.2,
                0.1,
                0.6,
                1_900,
                REAL_MIX);
    }

    /**
     * The size benchmarks are defined at: every residential city, 10 million subscribers and 3,000 gangs over 60
     * days — about 10 million events a simulated day, 100 million transfers and 36 million fraud contacts in all, and
     * about a million reports (raise {@code contactsPerGangDay} for more).
     */
    public static WorldSettings benchmark(long seed) {
        return new WorldSettings(
                seed,
                LocalDate.of(2026, 9, 1),
                60,
                Cities.RESIDENTIAL.stream().map(City::code).toList(),
                10_000_000,
                20_000,
                0.5,
                0.3,
                0.15,
                3_000,
                200,
                8,
                5.0,
                0.3,
                0.6,
                0.25,
                0.05,
                0.2,
                0.1,
                0.6,
                50_000,
                REAL_MIX);
    }

    /** The preset with this name: demo (ending today), small or benchmark. */
    public static WorldSettings preset(String name, long seed) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "demo" -> demo(seed, LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
            case "small" -> small(seed);
            case "benchmark" -> benchmark(seed);
            default ->
                throw new IllegalArgumentException("unknown preset '" + name + "'; use demo, small or benchmark");
        };
    }

    public WorldSettings withSeed(long seed) {
        return change(b -> b.seed = seed);
    }

    public WorldSettings withDays(int days) {
        return change(b -> b.days = days);
    }

    public WorldSettings withSubscribers(int subscribers) {
        return change(b -> b.subscribers = subscribers);
    }

    public WorldSettings withGangs(int gangs, int contactsPerGangDay) {
        return change(b -> {
            b.gangs = gangs;
            b.contactsPerGangDay = contactsPerGangDay;
        });
    }

    public WorldSettings withBackground(
            double callsPerSubscriberDay, double smsPerSubscriberDay, double transfersPerSubscriberDay) {
        return change(b -> {
            b.callsPerSubscriberDay = callsPerSubscriberDay;
            b.smsPerSubscriberDay = smsPerSubscriberDay;
            b.transfersPerSubscriberDay = transfersPerSubscriberDay;
        });
    }

    /** These settings with some components changed; the constructor checks the result. */
    private WorldSettings change(java.util.function.Consumer<Components> change) {
        Components c = new Components(this);
        change.accept(c);
        return c.settings();
    }

    /** The components of settings being changed, one place that lists them all. */
    private static final class Components {
        long seed;
        int days;
        int subscribers;
        double callsPerSubscriberDay;
        double smsPerSubscriberDay;
        double transfersPerSubscriberDay;
        int gangs;
        int contactsPerGangDay;
        private final WorldSettings from;

        Components(WorldSettings from) {
            this.from = from;
            seed = from.seed;
            days = from.days;
            subscribers = from.subscribers;
            callsPerSubscriberDay = from.callsPerSubscriberDay;
            smsPerSubscriberDay = from.smsPerSubscriberDay;
            transfersPerSubscriberDay = from.transfersPerSubscriberDay;
            gangs = from.gangs;
            contactsPerGangDay = from.contactsPerGangDay;
        }

        WorldSettings settings() {
            return new WorldSettings(
                    seed,
                    from.start,
                    days,
                    from.cities,
                    subscribers,
                    from.merchants,
                    callsPerSubscriberDay,
                    smsPerSubscriberDay,
                    transfersPerSubscriberDay,
                    gangs,
                    contactsPerGangDay,
                    from.numberSlots,
                    from.numberLifetimeDays,
                    from.overseasGangShare,
                    from.reportShare,
                    from.noLossReportShare,
                    from.digitErrorShare,
                    from.halfRememberedShare,
                    from.wrongTypeShare,
                    from.listingShare,
                    from.historicalListings,
                    from.scamMix);
        }
    }

    /** The scam types gangs work, heaviest first. */
    List<ScamType> typesByWeight() {
        List<ScamType> types = new ArrayList<>(scamMix.keySet());
        types.removeIf(type -> scamMix.get(type) <= 0);
        types.sort((a, b) -> Double.compare(scamMix.get(b), scamMix.get(a)));
        return types;
    }

    private static Map<ScamType, Double> realMix() {
        Map<ScamType, Double> mix = new EnumMap<>(ScamType.class);
        mix.put(ScamType.BRUSHING_REBATE, 0.30);
        mix.put(ScamType.FAKE_INVESTMENT, 0.20);
        mix.put(ScamType.FAKE_LOAN, 0.10);
        mix.put(ScamType.FAKE_CUSTOMER_SERVICE, 0.10);
        mix.put(ScamType.IMPERSONATING_OFFICIALS, 0.06);
        mix.put(ScamType.FAKE_CREDIT_REPAIR, 0.06);
        mix.put(ScamType.FAKE_GAME_TRADE, 0.05);
        mix.put(ScamType.ROMANCE, 0.05);
        mix.put(ScamType.IMPERSONATING_ACQUAINTANCE, 0.04);
        mix.put(ScamType.FAKE_SHOPPING, 0.03);
        mix.put(ScamType.OTHER, 0.01);
        return Collections.unmodifiableMap(mix);
    }

    private static void requirePositive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
