package io.clearsky.core.indicator;

import java.util.Locale;

/** The national scam-type code list, with Chinese and English names. */
public enum ScamType {
    BRUSHING_REBATE("刷单返利", "Brushing / part-time-job rebate"),
    FAKE_INVESTMENT("虚假网络投资理财", "Fake investment"),
    FAKE_LOAN("虚假网络贷款", "Fake loan"),
    FAKE_CUSTOMER_SERVICE("冒充电商物流客服", "Fake shop or courier customer service"),
    IMPERSONATING_OFFICIALS("冒充公检法及政府机关", "Impersonating police, prosecutors, courts or officials"),
    FAKE_CREDIT_REPAIR("虚假征信", "Fake credit repair"),
    FAKE_GAME_TRADE("网络游戏虚假交易", "Fake game-item trade"),
    ROMANCE("网络婚恋交友", "Romance / pig butchering"),
    IMPERSONATING_ACQUAINTANCE("冒充领导熟人", "Impersonating a boss or acquaintance"),
    FAKE_SHOPPING("虚假购物服务", "Fake shopping"),
    OTHER("其他", "Other");

    private final String nameZh;
    private final String nameEn;

    ScamType(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** The code (e.g. {@code FAKE_INVESTMENT}), or the Chinese name, case-insensitively. */
    public static ScamType parse(String text) {
        String trimmed = text.strip();
        for (ScamType type : values()) {
            if (type.name().equalsIgnoreCase(trimmed) || type.nameZh.equals(trimmed)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown scam type '" + text + "'; expected one of "
                + java.util.Arrays.toString(values()).toUpperCase(Locale.ROOT));
    }
}
