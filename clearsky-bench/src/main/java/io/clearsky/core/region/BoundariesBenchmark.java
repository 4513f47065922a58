package io.clearsky.core.region;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A coordinate to its division on the shipped table ({@link Boundaries#shipped()}): 4,096 points drawn uniformly
 * from mainland China's bounding box (73.5-135.1 E, 18.2-53.6 N), so about half fall at sea or abroad and take the
 * snap search, and 4,096 points near the centres of the shipped cities (within 0.1 degree), cycled in a fixed order.
 *
 * <pre>
 * ./mvnw -q -B package -pl clearsky-bench -am -DskipTests
 * java -jar clearsky-bench/target/clearsky-benchmarks.jar 'BoundariesBenchmark' -f 1 -wi 3 -w 2s -i 5 -r 3s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class BoundariesBenchmark {

    static final int POINTS = 4096;

    Boundaries boundaries;
    double[] anywhereLat = new double[POINTS];
    double[] anywhereLon = new double[POINTS];
    double[] citiesLat = new double[POINTS];
    double[] citiesLon = new double[POINTS];
    int next;

    @Setup(Level.Trial)
    public void load() {
        long started = System.nanoTime();
        boundaries = Boundaries.shipped();
        System.out.printf(
                "%n%d divisions, %,d points loaded in %.0f ms%n",
                boundaries.divisions().size(), boundaries.points(), (System.nanoTime() - started) / 1e6);
        SplittableRandom random = new SplittableRandom(20_261_130L);
        for (int i = 0; i < POINTS; i++) {
            anywhereLat[i] = 18.2 + random.nextDouble() * (53.6 - 18.2);
            anywhereLon[i] = 73.5 + random.nextDouble() * (135.1 - 73.5);
        }
        // points near real places: a known city's centre plus up to 0.1 degree
        double[][] centres = {
            {24.4798, 118.0894}, {26.0745, 119.2965}, {22.5431, 114.0579}, {23.1291, 113.2644}, {30.2741, 120.1551},
            {30.6586, 104.0647}, {39.9087, 116.3975}, {31.2304, 121.4737}, {29.5630, 106.5516}, {34.3416, 108.9398},
            {36.0611, 103.8343}, {43.8256, 87.6168}, {45.8038, 126.5350}, {25.0389, 102.7183}, {28.2282, 112.9388}
        };
        for (int i = 0; i < POINTS; i++) {
            double[] centre = centres[random.nextInt(centres.length)];
            citiesLat[i] = centre[0] + (random.nextDouble() - 0.5) * 0.2;
            citiesLon[i] = centre[1] + (random.nextDouble() - 0.5) * 0.2;
        }
    }

    @Benchmark
    public Object nearCities() {
        int i = next++ & (POINTS - 1);
        return boundaries.locate(citiesLat[i], citiesLon[i]);
    }

    @Benchmark
    public Object anywhereInTheBox() {
        int i = next++ & (POINTS - 1);
        return boundaries.locate(anywhereLat[i], anywhereLon[i]);
    }
}
