package io.clearsky.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;

/**
 * A seeded mix of listed and unknown numbers to check, each in E.164 and in a raw form as a client would send it.
 *
 * @param e164 the numbers, E.164
 * @param raw the same numbers as sent ("+86 138 0013 8000")
 * @param listed how many of them are on the police list
 */
record Probes(List<String> e164, List<String> raw, int listed) {

    Probes {
        e164 = List.copyOf(e164);
        raw = List.copyOf(raw);
        if (e164.size() != raw.size()) {
            throw new IllegalArgumentException("e164 and raw differ in size");
        }
    }

    /** {@code count} probes, each listed with probability {@code listedShare}, written by {@code format}. */
    static Probes mix(
            List<String> listed,
            List<String> unknown,
            double listedShare,
            int count,
            long seed,
            BiFunction<String, SplittableRandom, String> format) {
        if (listed.isEmpty() || unknown.isEmpty()) {
            throw new IllegalArgumentException("need listed and unknown numbers to mix");
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<String> e164 = new ArrayList<>(count);
        List<String> raw = new ArrayList<>(count);
        int hits = 0;
        for (int i = 0; i < count; i++) {
            boolean hit = random.nextDouble() < listedShare;
            List<String> from = hit ? listed : unknown;
            String number = from.get(random.nextInt(from.size()));
            e164.add(number);
            raw.add(format.apply(number, random));
            if (hit) {
                hits++;
            }
        }
        return new Probes(e164, raw, hits);
    }

    int size() {
        return e164.size();
    }

    /** The share of probes on the list. */
    double listedShare() {
        return e164.isEmpty() ? 0 : (double) listed / e164.size();
    }
}
