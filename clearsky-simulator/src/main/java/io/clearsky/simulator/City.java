package io.clearsky.simulator;

/**
 * A city (地级市) by its GB/T 2260 administrative division code, with its names, long-distance area code and a
 * population weight that sets how many subscribers live there.
 */
public record City(String code, String nameZh, String nameEn, String areaCode, int weight) {

    public City {
        if (!code.matches("\\d{6}")) {
            throw new IllegalArgumentException("a division code has six digits: " + code);
        }
        if (weight <= 0) {
            throw new IllegalArgumentException("weight must be positive: " + weight);
        }
    }

    /** The name of the city's anti-fraud centre, e.g. "厦门市反诈中心". */
    public String centreNameZh() {
        return nameZh + "反诈中心";
    }

    /** The English name of the city's anti-fraud centre, e.g. "Xiamen Anti-Fraud Centre". */
    public String centreNameEn() {
        return nameEn + " Anti-Fraud Centre";
    }
}
