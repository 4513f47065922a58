package io.clearsky.core.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clearsky.core.region.Boundaries.Division;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BoundariesTests {

    private static final Boundaries SHIPPED = Boundaries.shipped();

    private static String code(double latitude, double longitude) {
        return SHIPPED.locate(latitude, longitude).map(d -> d.code().code()).orElse("none");
    }

    @Test
    void knownPointsLieInTheirCities() {
        assertThat(code(24.4798, 118.0894)).isEqualTo("350200"); // Xiamen, Zhongshan Road
        assertThat(code(26.0745, 119.2965)).isEqualTo("350100"); // Fuzhou, Gulou
        assertThat(code(22.5431, 114.0579)).isEqualTo("440300"); // Shenzhen, Futian
        assertThat(code(23.1291, 113.2644)).isEqualTo("440100"); // Guangzhou
        assertThat(code(30.2741, 120.1551)).isEqualTo("330100"); // Hangzhou
        assertThat(code(30.6586, 104.0647)).isEqualTo("510100"); // Chengdu
        assertThat(code(43.8256, 87.6168)).isEqualTo("650100"); // Urumqi
    }

    @Test
    void theMunicipalitiesAreMappedToTheirDistricts() {
        assertThat(code(39.9087, 116.3975)).isEqualTo("110101"); // Tiananmen, Dongcheng
        assertThat(code(39.9929, 116.3100)).isEqualTo("110108"); // Peking University, Haidian
        assertThat(code(31.2397, 121.4998)).isEqualTo("310115"); // Lujiazui, Pudong
        assertThat(code(29.5630, 106.5516)).isEqualTo("500103"); // Jiefangbei, Yuzhong
    }

    @Test
    void thePacificAndTheYellowSeaAreInNoDivision() {
        assertThat(SHIPPED.locate(34.0, 124.0)).isEmpty(); // Yellow Sea, between Shandong and Korea
        assertThat(SHIPPED.locate(30.0, 140.0)).isEmpty(); // the Pacific
        assertThat(SHIPPED.locate(48.8566, 2.3522)).isEmpty(); // Paris: outside the grid
    }

    @Test
    void aPointJustOffTheCoastSnapsToTheNearestDivision() {
        // Xiamen's ferry terminal sits on the shoreline, where a simplified coast may leave it just outside
        Optional<Division> ferry = SHIPPED.locate(24.4585, 118.0717);
        assertThat(ferry).map(d -> d.code().code()).contains("350200");
    }

    @Test
    void coordinatesOutOfRangeAreRefused() {
        assertThatThrownBy(() -> SHIPPED.locate(91, 118)).hasMessageContaining("latitude");
        assertThatThrownBy(() -> SHIPPED.locate(24, 181)).hasMessageContaining("longitude");
        assertThatThrownBy(() -> SHIPPED.locate(Double.NaN, 118)).hasMessageContaining("latitude");
    }

    @Test
    void theShippedTableHasEveryProvinceAndKnowsItsCodes() {
        assertThat(SHIPPED.divisions()).hasSizeGreaterThan(400);
        assertThat(SHIPPED.divisions().stream()
                        .map(d -> d.code().province().code())
                        .distinct())
                .hasSize(34);
        assertThat(SHIPPED.division(RegionCode.parse("350200")))
                .map(Division::name)
                .contains("厦门");
        assertThat(SHIPPED.division(RegionCode.parse("350206"))).isEmpty();
    }
}
