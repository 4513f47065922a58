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
 * @param warmUpMaxEvents at start, the most stored events of the rules' longest window replayed into the engine so
 *     it remembers recent contacts and calls; 0 replays none
 * @param engine where events are decided: {@code embedded} (in this server) or {@code kafka} (forwarded to the Flink
 *     job, whose decisions come back over Kafka; transfer checks are still answered by this server's engine)
 * @param kafka the topics and brokers of the {@code kafka} engine
 */
@ConfigurationProperties("clearsky.warning")
public record WarningSettings(
        @Nullable String rulesFile,
        @DefaultValue("2s") Duration rulesPoll,
        @DefaultValue("90d") Duration retention,
        @DefaultValue("1000") int maxBatch,
        @DefaultValue("2000000") int backtestMaxEvents,
        @DefaultValue("200000") int answerCacheSize,
        @DefaultValue("5m") Duration maxFutureSkew,
        @DefaultValue("1000000") int warmUpMaxEvents,
        @DefaultValue("embedded") Engine engine,
        @DefaultValue Kafka kafka) {

    /** Where events are decided. */
    public enum Engine {
        /** In this server's memory. */
        EMBEDDED,
        /** By the Flink job: events to Kafka, decisions back. */
        KAFKA
    }

    /**
     * The Kafka side of {@code engine=kafka}.
     *
     * @param bootstrapServers the brokers, {@code host:port,...}
     * @param eventsTopic where accepted events go (the job's {@code --events}); one partition
     * @param decisionsTopic where the job's decisions come from (its {@code --decisions})
     * @param groupId this server's consumer group on the decisions topic
     */
    public record Kafka(
            @DefaultValue("localhost:9092") String bootstrapServers,
            @DefaultValue("clearsky.risk-events") String eventsTopic,
            @DefaultValue("clearsky.risk-decisions") String decisionsTopic,
            @DefaultValue("clearsky-server") String groupId) {}

    /** Whether the Flink job decides (events forwarded to Kafka). */
    public boolean kafkaEngine() {
        return engine == Engine.KAFKA;
    }

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
        if (warmUpMaxEvents < 0) {
            throw new IllegalArgumentException("clearsky.warning.warm-up-max-events must not be negative");
        }
        if (rulesPoll.toMillis() < 100) {
            throw new IllegalArgumentException("clearsky.warning.rules-poll must be at least 100ms");
        }
    }
}
