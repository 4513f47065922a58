package io.clearsky.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TargetTests {

    @Test
    void atLeastIsMetAtTheBoundAndMissedBelowIt() {
        Target target = Target.atLeast(20_000_000);

        assertThat(target.verdict(20_000_000, Size.FULL)).isEqualTo(Verdict.MET);
        assertThat(target.verdict(25_000_000, Size.FULL)).isEqualTo(Verdict.MET);
        assertThat(target.verdict(19_680_000, Size.FULL)).isEqualTo(Verdict.MISSED);
    }

    @Test
    void belowIsMissedAtTheBound() {
        Target target = Target.below(5);

        assertThat(target.verdict(4.99, Size.FULL)).isEqualTo(Verdict.MET);
        assertThat(target.verdict(5, Size.FULL)).isEqualTo(Verdict.MISSED);
    }

    @Test
    void atMostIsMetAtTheBound() {
        Target target = Target.atMost(1L << 30);

        assertThat(target.verdict(1L << 30, Size.FULL)).isEqualTo(Verdict.MET);
        assertThat(target.verdict((1L << 30) + 1, Size.FULL)).isEqualTo(Verdict.MISSED);
    }

    @Test
    void neverClaimsMetOrMissedAtQuickSize() {
        assertThat(Target.atLeast(20_000_000).verdict(1, Size.QUICK)).isEqualTo(Verdict.TARGET_AT_FULL_SIZE);
        assertThat(Target.atLeast(20_000_000).verdict(1e9, Size.QUICK)).isEqualTo(Verdict.TARGET_AT_FULL_SIZE);
        assertThat(Target.below(5).verdict(1, Size.QUICK)).isEqualTo(Verdict.TARGET_AT_FULL_SIZE);
    }

    @Test
    void noTargetAndNoValue() {
        assertThat(Target.NONE.verdict(1, Size.FULL)).isEqualTo(Verdict.NO_TARGET);
        assertThat(Target.NONE.verdict(1, Size.QUICK)).isEqualTo(Verdict.NO_TARGET);
        assertThat(Target.below(5).verdict(Double.NaN, Size.FULL)).isEqualTo(Verdict.NOT_MEASURED);
    }

    @Test
    void writesTheBoundInTheFiguresUnit() {
        assertThat(Target.atLeast(20_000_000).text(Unit.PER_SECOND)).isEqualTo("≥ 20 M/s");
        assertThat(Target.atLeast(30_000).text(Unit.PER_SECOND)).isEqualTo("≥ 30,000/s");
        assertThat(Target.below(5).text(Unit.MILLISECONDS)).isEqualTo("< 5 ms");
        assertThat(Target.atMost(1L << 30).text(Unit.BYTES)).isEqualTo("≤ 1 GiB");
        assertThat(Target.NONE.text(Unit.MILLISECONDS)).isEqualTo("—");
    }
}
