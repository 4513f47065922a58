package io.clearsky.core.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RegionCodeTests {

    @Test
    void aCityCoversItsCountiesButNotItsNeighbours() {
        RegionCode xiamen = RegionCode.parse("350200");
        assertThat(xiamen.level()).isEqualTo(RegionCode.Level.CITY);
        assertThat(xiamen.covers(RegionCode.parse("350206"))).isTrue();
        assertThat(xiamen.covers(xiamen)).isTrue();
        assertThat(xiamen.covers(RegionCode.parse("350100"))).isFalse();
        assertThat(RegionCode.parse("350000").covers(RegionCode.parse("350206")))
                .isTrue();
        assertThat(RegionCode.parse("350206").covers(xiamen)).isFalse();
        assertThat(RegionCode.parse("350206").city()).isEqualTo(xiamen);
        assertThat(RegionCode.parse("350206").province()).isEqualTo(RegionCode.parse("350000"));
    }

    @Test
    void garbageIsRefusedWithTheReason() {
        assertThatThrownBy(() -> RegionCode.parse("3502")).hasMessageContaining("six digits");
        assertThatThrownBy(() -> RegionCode.parse("990100")).hasMessageContaining("no province");
        assertThatThrownBy(() -> RegionCode.parse("350010")).hasMessageContaining("city digits");
    }
}
