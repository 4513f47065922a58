package io.clearsky.core.region;

import java.util.Set;

/**
 * A GB/T 2260 administrative division code: six digits, two each for province, city and county. {@code 350000} is
 * Fujian province, {@code 350200} the city of Xiamen, {@code 350206} Huli district in Xiamen. A code covers itself
 * and the divisions below it.
 */
public record RegionCode(String code) {

    // The province-level prefixes in use (mainland provinces, autonomous regions and municipalities; 71 Taiwan,
    // 81 Hong Kong and 82 Macao as listed in the standard).
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43",
            "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82");

    /** What level of division a code names. */
    public enum Level {
        PROVINCE,
        CITY,
        COUNTY
    }

    public RegionCode {
        if (code == null || !code.matches("\\d{6}")) {
            throw new IllegalArgumentException("a GB/T 2260 region code is six digits, e.g. 350200");
        }
        if (!PROVINCES.contains(code.substring(0, 2))) {
            throw new IllegalArgumentException("'" + code.substring(0, 2) + "' is no province code of GB/T 2260");
        }
        if (code.substring(2, 4).equals("00") && !code.endsWith("0000")) {
            throw new IllegalArgumentException("a county code needs its city digits");
        }
    }

    /** Parses a code, trimming spaces; throws {@link IllegalArgumentException} saying what is wrong. */
    public static RegionCode parse(String text) {
        return new RegionCode(text == null ? "" : text.strip());
    }

    public Level level() {
        if (code.endsWith("0000")) {
            return Level.PROVINCE;
        }
        return code.endsWith("00") ? Level.CITY : Level.COUNTY;
    }

    /** The significant digits: {@code 35} for a province, {@code 3502} for a city, all six for a county. */
    public String prefix() {
        return switch (level()) {
            case PROVINCE -> code.substring(0, 2);
            case CITY -> code.substring(0, 4);
            case COUNTY -> code;
        };
    }

    /** Whether this division is the other or contains it. */
    public boolean covers(RegionCode other) {
        return other.code.startsWith(prefix());
    }

    /** The province this division lies in. */
    public RegionCode province() {
        return new RegionCode(code.substring(0, 2) + "0000");
    }

    /** The city this division lies in (itself for a city; a province has none and answers itself). */
    public RegionCode city() {
        return level() == Level.PROVINCE ? this : new RegionCode(code.substring(0, 4) + "00");
    }

    @Override
    public String toString() {
        return code;
    }
}
