package io.clearsky.server.console.web;

import java.time.LocalDate;
import java.util.Locale;

/** The dashboard's window: today, or this month up to today (days in China Standard Time). */
enum Period {
    TODAY,
    MONTH;

    /** {@code today} or {@code month}; anything else is today. */
    static Period parse(String text) {
        return "month".equals(text.strip().toLowerCase(Locale.ROOT)) ? MONTH : TODAY;
    }

    LocalDate from(LocalDate today) {
        return this == TODAY ? today : today.withDayOfMonth(1);
    }

    /** The name in URLs. */
    String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
