package io.clearsky.core.identifier;

/** The kinds of identifier a fraud indicator can be keyed by. */
public enum IndicatorKind {
    PHONE_NUMBER,
    URL,
    DOMAIN,
    PAYMENT_ACCOUNT,
    BANK_CARD,
    CHAT_ACCOUNT
}
