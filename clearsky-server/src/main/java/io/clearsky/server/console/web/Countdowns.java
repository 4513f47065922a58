package io.clearsky.server.console.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * The time left to a deadline as the money pages say it ("还剩 3 小时 12 分", "overdue by 5 min"), in the page's
 * language. The pages render it on the server; {@code money.js} counts down from the same deadline with the same
 * patterns (the page carries them), so the text a reader sees never depends on the script having run.
 */
final class Countdowns {

    private final MessageSource messages;
    private final Locale locale;
    private final Instant now;

    Countdowns(MessageSource messages, Locale locale, Instant now) {
        this.messages = messages;
        this.locale = locale;
        this.now = now;
    }

    /** Whether the deadline has passed. */
    public boolean over(@Nullable Instant deadline) {
        return deadline != null && !deadline.isAfter(now);
    }

    /** "还剩 2 天 23 小时", or "已超期 5 分" once past: whole minutes, rounded down (at least 1 once overdue). */
    public String text(@Nullable Instant deadline) {
        if (deadline == null) {
            return "—";
        }
        if (over(deadline)) {
            long minutes = Math.max(1, Duration.between(deadline, now).toMinutes());
            return message("money.countdown.over", span(minutes));
        }
        return message(
                "money.countdown.left", span(Duration.between(now, deadline).toMinutes()));
    }

    /**
     * A number of minutes as days and hours from two days on, as hours and minutes below (a stop-payment's 48 hours
     * are counted to the minute), or as minutes under an hour.
     */
    String span(long minutes) {
        if (minutes >= 2 * 24 * 60) {
            return message("money.countdown.days", minutes / (24 * 60), minutes % (24 * 60) / 60);
        }
        if (minutes >= 60) {
            return message("money.countdown.hours", minutes / 60, minutes % 60);
        }
        return message("money.countdown.minutes", minutes);
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
