package io.clearsky.server.reports;

import io.clearsky.core.identifier.IndicatorKind;
import org.jspecify.annotations.Nullable;

/** The kinds of identifier a victim can report: the registry's kinds, and the name of an app the fraudster used. */
public enum ReportedKind {
    PHONE_NUMBER(IndicatorKind.PHONE_NUMBER),
    URL(IndicatorKind.URL),
    DOMAIN(IndicatorKind.DOMAIN),
    PAYMENT_ACCOUNT(IndicatorKind.PAYMENT_ACCOUNT),
    BANK_CARD(IndicatorKind.BANK_CARD),
    CHAT_ACCOUNT(IndicatorKind.CHAT_ACCOUNT),
    /** An app the victim was told to install (a fake investment app, a screen-sharing tool). */
    APP(null);

    private final @Nullable IndicatorKind indicatorKind;

    ReportedKind(@Nullable IndicatorKind indicatorKind) {
        this.indicatorKind = indicatorKind;
    }

    /** The registry's kind, or null for an app name, which the registry does not hold. */
    public @Nullable IndicatorKind indicatorKind() {
        return indicatorKind;
    }
}
