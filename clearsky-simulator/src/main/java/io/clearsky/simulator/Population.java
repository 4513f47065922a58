package io.clearsky.simulator;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The subscribers, merchants and employers of a world, each computed from its index: nothing is stored but the
 * cities' index ranges, so ten million subscribers cost no memory.
 */
final class Population {

    private static final long SUBSCRIBERS = 1;
    private static final long ACQUAINTANCES = 2;
    static final int ACQUAINTANCE_CIRCLE = 20;
    // payment-account index spaces: subscribers, merchants, employers and gangs never share an account
    private static final long MERCHANT_ACCOUNTS = 400_000_000_000L;
    private static final long EMPLOYER_ACCOUNTS = 450_000_000_000L;
    static final long GANG_ACCOUNTS = 500_000_000_000L;
    private static final long ACCOUNT_SPACE = 1_000_000_000_000L;

    private final long seed;
    private final int size;
    private final int merchants;
    private final List<City> cities;
    private final int[] cityStart;

    Population(WorldSettings settings) {
        this.seed = settings.seed();
        this.size = settings.subscribers();
        this.merchants = settings.merchants();
        this.cities = settings.cities().stream().map(Cities::of).toList();
        int totalWeight = cities.stream().mapToInt(City::weight).sum();
        cityStart = new int[cities.size() + 1];
        long cumulative = 0;
        for (int c = 0; c < cities.size(); c++) {
            cityStart[c] = (int) (cumulative * size / totalWeight);
            cumulative += cities.get(c).weight();
        }
        cityStart[cities.size()] = size;
    }

    int size() {
        return size;
    }

    List<City> cities() {
        return cities;
    }

    Subscriber subscriber(int index) {
        return new Subscriber(
                index,
                MobileNumbers.subscriber(index),
                cities.get(cityOf(index)).code(),
                age(index),
                alipay(index),
                Banks.card(index));
    }

    String phone(int index) {
        return MobileNumbers.subscriber(index);
    }

    City city(int index) {
        return cities.get(cityOf(index));
    }

    int age(int index) {
        SplittableRandom random = Seeds.random(seed, SUBSCRIBERS, index);
        return 16 + (int) Math.min(70, Math.abs(Seeds.gaussian(random) * 16 + 24));
    }

    /** One of the twenty people subscriber {@code index} keeps in touch with, mostly in the same city. */
    int acquaintance(int index, int which) {
        SplittableRandom random = Seeds.random(seed, ACQUAINTANCES, (long) index * ACQUAINTANCE_CIRCLE + which);
        if (random.nextDouble() < 0.85) {
            int c = cityOf(index);
            int from = cityStart[c];
            int to = cityStart[c + 1];
            int other = from + random.nextInt(Math.max(1, to - from));
            return other == index ? (index + 1) % size : other;
        }
        int other = random.nextInt(size);
        return other == index ? (index + 1) % size : other;
    }

    /** A random subscriber in the given age range, if one turns up in a few tries, else any. */
    int pick(SplittableRandom random, int minAge, int maxAge) {
        int candidate = random.nextInt(size);
        for (int attempt = 0; attempt < 4; attempt++) {
            int age = age(candidate);
            if (age >= minAge && age <= maxAge) {
                return candidate;
            }
            candidate = random.nextInt(size);
        }
        return candidate;
    }

    String merchantAccount(int merchant) {
        return alipay(MERCHANT_ACCOUNTS + merchant % merchants);
    }

    String employerAccount(int subscriber) {
        return alipay(EMPLOYER_ACCOUNTS + subscriber % Math.max(1, size / 200));
    }

    /** "alipay:2088…" with 12 digits from a bijection of the index, as Alipay user ids look. */
    static String alipay(long index) {
        long digits = Math.floorMod(index * 7_777_777L + 13_579L, ACCOUNT_SPACE);
        String text = Long.toString(digits);
        return "alipay:2088" + "000000000000".substring(text.length()) + text;
    }

    private int cityOf(int index) {
        int low = 0;
        int high = cities.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (cityStart[mid] <= index) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }
}
