package io.clearsky.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearsky.core.identifier.PhoneNumberCategory;
import io.clearsky.core.identifier.PhoneNumbers;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SyntheticNumbersTests {

    @Test
    void theSameSeedGivesTheSameNumbersAndAnotherSeedOthers() {
        List<String> first = SyntheticNumbers.chineseMobiles(42, 2000, List.of());
        List<String> again = SyntheticNumbers.chineseMobiles(42, 2000, List.of());
        List<String> other = SyntheticNumbers.chineseMobiles(43, 2000, List.of());

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(first.get(0)).isEqualTo(again.get(0)).startsWith("+861");
    }

    @Test
    void generatesDistinctValidMobilesOutsideTheExcludedOnes() {
        List<String> listed = SyntheticNumbers.chineseMobiles(7, 5000, List.of());
        List<String> unknown = SyntheticNumbers.chineseMobiles(7, 5000, listed);

        assertThat(new HashSet<>(listed)).hasSize(5000);
        assertThat(unknown).doesNotContainAnyElementsOf(listed).doesNotHaveDuplicates();
        assertThat(listed)
                .allSatisfy(number ->
                        assertThat(PhoneNumbers.parse(number).category()).isEqualTo(PhoneNumberCategory.MOBILE));
    }

    @Test
    void everyRawFormNormalisesBackToItsNumber() {
        SplittableRandom random = new SplittableRandom(1);
        for (String number : SyntheticNumbers.chineseMobiles(3, 500, List.of())) {
            assertThat(PhoneNumbers.parse(SyntheticNumbers.rawChinese(number, random))
                            .e164())
                    .isEqualTo(number);
        }
        for (String number : SyntheticNumbers.usNumbers(3, 500, List.of())) {
            assertThat(PhoneNumbers.parse(SyntheticNumbers.rawUs(number, random))
                            .e164())
                    .isEqualTo(number);
        }
    }

    @Test
    void acceptsOnlyValidTenDigitUsNumbers() {
        assertThat(SyntheticNumbers.usE164("4692576503")).isEqualTo("+14692576503");
        assertThat(SyntheticNumbers.usE164("0692576503")).isNull();
        assertThat(SyntheticNumbers.usE164("833")).isNull();
    }

    @Test
    void probesAreDeterministicAndHitTheListAboutAsOftenAsAsked() {
        List<String> listed = SyntheticNumbers.chineseMobiles(11, 1000, List.of());
        List<String> unknown = SyntheticNumbers.chineseMobiles(12, 1000, listed);

        Probes probes = Probes.mix(listed, unknown, 0.10, 20_000, 5, SyntheticNumbers::rawChinese);
        Probes again = Probes.mix(listed, unknown, 0.10, 20_000, 5, SyntheticNumbers::rawChinese);

        assertThat(again).isEqualTo(probes);
        assertThat(probes.listedShare()).isBetween(0.09, 0.11);
        long listedProbes =
                probes.e164().stream().filter(new HashSet<>(listed)::contains).count();
        assertThat(listedProbes).isEqualTo(probes.listed());
    }
}
