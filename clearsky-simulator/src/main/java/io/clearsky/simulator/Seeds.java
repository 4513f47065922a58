package io.clearsky.simulator;

import java.util.SplittableRandom;

/**
 * Independent, reproducible random streams: one per (seed, purpose, index), so any entity of the world — the
 * 7-millionth subscriber, gang 12's third number slot — can be made without making the ones before it.
 */
final class Seeds {

    private Seeds() {}

    /** A generator for one purpose and index of a world's seed. */
    static SplittableRandom random(long seed, long purpose, long index) {
        return new SplittableRandom(mix(seed, purpose, index));
    }

    /** A well-mixed 64-bit value of three inputs (the SplitMix64 finaliser applied in turn). */
    static long mix(long seed, long purpose, long index) {
        return finalise(finalise(finalise(seed) ^ purpose) ^ index);
    }

    private static long finalise(long z) {
        // Stafford's variant 13 of the MurmurHash3 finaliser, as in SplittableRandom and SplitMix64
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** A Poisson-distributed count with the given mean (Knuth's method for small means, normal above 30). */
    static int poisson(SplittableRandom random, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            double value = mean + Math.sqrt(mean) * gaussian(random);
            return (int) Math.max(0, Math.round(value));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    /** A standard normal value (Box–Muller; SplittableRandom has no nextGaussian on Java 17). */
    static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    /** A log-normal value with the given median and spread (sigma of the underlying normal). */
    static double logNormal(SplittableRandom random, double median, double sigma) {
        return median * Math.exp(sigma * gaussian(random));
    }

    /** An exponentially distributed value with the given mean. */
    static double exponential(SplittableRandom random, double mean) {
        return -mean * Math.log(1.0 - random.nextDouble());
    }
}
