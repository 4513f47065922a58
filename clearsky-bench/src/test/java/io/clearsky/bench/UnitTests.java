package io.clearsky.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnitTests {

    @Test
    void ratesFromAMillionUpInMillionsAndBelowInWholeNumbers() {
        assertThat(Unit.PER_SECOND.format(19_684_321)).isEqualTo("19.68 M/s");
        assertThat(Unit.PER_SECOND.format(1_000_000)).isEqualTo("1.00 M/s");
        assertThat(Unit.PER_SECOND.format(29_466.4)).isEqualTo("29,466/s");
        assertThat(Unit.PER_SECOND.format(155_012.7)).isEqualTo("155,013/s");
    }

    @Test
    void anErrorIsOnTheValuesScale() {
        assertThat(Unit.PER_SECOND.format(4_130_000, 240_000)).isEqualTo("4.13 ± 0.24 M/s");
        assertThat(Unit.PER_SECOND.format(155_000, 1_234)).isEqualTo("155,000 ± 1,234/s");
        assertThat(Unit.PER_SECOND.format(4_130_000, Double.NaN)).isEqualTo("4.13 M/s");
    }

    @Test
    void millisecondsAndBytes() {
        assertThat(Unit.MILLISECONDS.format(17.934)).isEqualTo("17.93 ms");
        assertThat(Unit.BYTES.format(269_484_032)).isEqualTo("257.0 MiB");
        assertThat(Unit.BYTES.format(1.5 * (1L << 30))).isEqualTo("1.50 GiB");
    }

    @Test
    void secondsAndMicroseconds() {
        assertThat(Unit.SECONDS.format(3.434, 2.37)).isEqualTo("3.43 ± 2.37 s");
        assertThat(Unit.MICROSECONDS.format(1.0)).isEqualTo("1.00 µs");
        assertThat(Unit.SECONDS.formatBound(10)).isEqualTo("10 s");
        assertThat(Unit.MICROSECONDS.formatBound(20)).isEqualTo("20 µs");
    }

    @Test
    void aMissingValueIsNotApplicable() {
        assertThat(Unit.MILLISECONDS.format(Double.NaN)).isEqualTo("n/a");
    }

    @Test
    void boundsHaveNoTrailingZeros() {
        assertThat(Unit.PER_SECOND.formatBound(1_000_000)).isEqualTo("1 M/s");
        assertThat(Unit.PER_SECOND.formatBound(2_500_000)).isEqualTo("2.5 M/s");
        assertThat(Unit.PER_SECOND.formatBound(30_000)).isEqualTo("30,000/s");
        assertThat(Unit.MILLISECONDS.formatBound(0.5)).isEqualTo("0.5 ms");
        assertThat(Unit.BYTES.formatBound(512L << 20)).isEqualTo("512 MiB");
    }
}
