package io.clearsky.bench;

import java.math.BigDecimal;
import java.util.Locale;

/** What a figure counts, and how its values are written: millions a second, seconds, mebibytes. */
enum Unit {
    PER_SECOND,
    SECONDS,
    MILLISECONDS,
    MICROSECONDS,
    BYTES;

    private static final double MEGA = 1e6;
    private static final double MIB = 1 << 20;
    private static final double GIB = 1 << 30;

    /** A measured value: "19.68 M/s", "29,466/s", "3.43 s", "17.93 ms", "1.00 µs", "257.0 MiB"; "n/a" for NaN. */
    String format(double value) {
        return format(value, Double.NaN);
    }

    /** A measured value with its error on the same scale, "19.68 ± 5.46 M/s"; a NaN error is left out. */
    String format(double value, double error) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        Scale scale = scale(value);
        String text = String.format(Locale.ROOT, scale.pattern(), value / scale.divisor());
        if (Double.isFinite(error)) {
            text += " ± " + String.format(Locale.ROOT, scale.pattern(), error / scale.divisor());
        }
        return text + scale.suffix();
    }

    /** A target's bound without trailing zeros: "20 M/s", "30,000/s", "5 ms", "1 GiB". */
    String formatBound(double bound) {
        Scale scale = scale(bound);
        double scaled = bound / scale.divisor();
        String number = scaled == Math.rint(scaled)
                ? String.format(Locale.ROOT, "%,d", (long) scaled)
                : BigDecimal.valueOf(scaled).stripTrailingZeros().toPlainString();
        return number + scale.suffix();
    }

    private Scale scale(double value) {
        return switch (this) {
            case PER_SECOND -> Math.abs(value) >= MEGA ? new Scale(MEGA, "%.2f", " M/s") : new Scale(1, "%,.0f", "/s");
            case SECONDS -> new Scale(1, "%.2f", " s");
            case MILLISECONDS -> new Scale(1, "%.2f", " ms");
            case MICROSECONDS -> new Scale(1, "%.2f", " µs");
            case BYTES -> Math.abs(value) >= GIB ? new Scale(GIB, "%.2f", " GiB") : new Scale(MIB, "%.1f", " MiB");
        };
    }

    private record Scale(double divisor, String pattern, String suffix) {}
}
