package io.clearsky.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MobileRangesTests {

    @Test
    void tableAgreesWithLibphonenumbersPatternForEverySevenDigitPrefix() {
        SplittableRandom random = new SplittableRandom(11);
        for (long prefix = 1_000_000; prefix < 2_000_000; prefix++) {
            for (long suffix : new long[] {0, 9_999, random.nextLong(10_000)}) {
                long national = prefix * 10_000 + suffix;
                assertThat(MobileRanges.contains(national))
                        .as("%d", national)
                        .isEqualTo(MobileRanges.PATTERN
                                .matcher(Long.toString(national))
                                .matches());
            }
        }
    }

    @Test
    void knowsCommonRanges() {
        assertThat(MobileRanges.contains(13800138000L)).isTrue();
        assertThat(MobileRanges.contains(19912345678L)).isTrue();
        assertThat(MobileRanges.contains(12000000000L)).isFalse();
        assertThat(MobileRanges.contains(10000000000L)).isFalse();
    }
}
