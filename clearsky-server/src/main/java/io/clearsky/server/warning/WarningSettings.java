package io.clearsky.server.warning;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits and sources of the warning module ({@code clearsky.warning.*}).
 *
 * @param rulesFile a YAML rule file (core's {@code default-rules.yaml} is the template); when unset the shipped
 *     rules run, or a later version set through the API. The file is read again when its modification time changes
 * @param rulesPoll how often the rule file's modification time and the stored rule versions are looked at
 * @param retention how long stored events are kept for backtests and to recognise a resend
 * @param maxBatch the most events in one intake request
 * @param backtestMaxEvents the most stored events one backtest replays; a longer range is refused
 * @param answerCacheSize transfer-check answers kept in memory to answer a resend without reading the database
 * @param maxFutureSkew how far in the future an event's time may lie (partners' clocks differ a little)
 */
@ConfigurationProperties("clearsky.warning")
public record WarningSettings(
        @Nullable String rulesFile,
        @DefaultValue("2s") Duration rulesPoll,
        @DefaultValue("90d") Duration retention,
        @DefaultValue("1000") int maxBatch,
        @DefaultValue("2000000") int backtestMaxEvents,
        @DefaultValue("200000") int answerCacheSize,
        @DefaultValue("5m") Duration maxFutureSkew) {

    public WarningSettings {
        if (maxBatch < 1 || maxBatch > 10_000) {
            throw new IllegalArgumentException("clearsky.warning.max-batch must be 1 to 10000");
        }
        if (backtestMaxEvents < 1) {
            throw new IllegalArgumentException("clearsky.warning.backtest-max-events must be positive");
        }
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("clearsky.warning.retention must be positive");
        }
        if (rulesPoll.toMillis() < 100) {
            throw new IllegalArgumentException("clearsky.warning.rules-poll must be at least 100ms");
        }
    }
}
