package io.clearsky.server.reports;

/** How the victim paid the fraudster. */
public enum PaymentMethod {
    BANK_TRANSFER,
    ALIPAY,
    WECHAT_PAY,
    UNIONPAY_QUICK_PASS,
    CASH,
    CRYPTOCURRENCY,
    GIFT_CARD,
    GAME_CURRENCY,
    OTHER,
    /** Nothing was paid (an attempt), or the victim does not say. */
    NONE
}
