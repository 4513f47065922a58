package io.clearsky.stream;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.jspecify.annotations.Nullable;

/**
 * The job's arguments, as {@code flink run} passes them: {@code --name value} pairs.
 *
 * @param bootstrapServers the Kafka brokers, {@code host:port,...}
 * @param eventsTopic where partners' events arrive, one JSON object a record (one partition: see docs/stream.md)
 * @param decisionsTopic where decisions go, one JSON object a record, keyed by the event's id
 * @param deadLettersTopic where records that cannot be read go, with the reason
 * @param groupId the Kafka consumer group (offsets live in Flink's checkpoints; the group only shows progress)
 * @param rulesFile the YAML rule file, read when the job is submitted; null for the rules ClearSky ships
 * @param watchlistFile the registry snapshot ({@code WatchlistSnapshot}), shipped to every task manager
 * @param parallelism of the keyed rules and the sinks; null for the cluster's default
 * @param outOfOrderness how far an event may arrive behind a later one before its key's expired state is gone
 * @param futureTolerance how far ahead of the clock an event may be stamped and still move event time on
 * @param checkpointInterval how often state and offsets are checkpointed and decisions committed
 * @param delivery exactly-once (Kafka transactions, decisions visible at each checkpoint) or at-least-once
 * @param transactionTimeout of the exactly-once producers; at most the brokers' transaction.max.timeout.ms
 * @param bounded stop at the events topic's end as found at start (a replay), instead of running on
 * @param fromEarliest start at the earliest offset when the group has none (else at the latest)
 */
record RiskJobSettings(
        String bootstrapServers,
        String eventsTopic,
        String decisionsTopic,
        String deadLettersTopic,
        String groupId,
        @Nullable String rulesFile,
        String watchlistFile,
        @Nullable Integer parallelism,
        Duration outOfOrderness,
        Duration futureTolerance,
        Duration checkpointInterval,
        DeliveryGuarantee delivery,
        Duration transactionTimeout,
        boolean bounded,
        boolean fromEarliest) {

    static final String USAGE = """
            clearsky-stream: the ClearSky risk job
              --bootstrap-servers HOST:PORT[,...]   Kafka brokers (required)
              --watchlist PATH                      registry snapshot, kind<TAB>value<TAB>state lines (required)
              --rules PATH                          rule file (YAML); default: the rules ClearSky ships
              --events TOPIC                        default clearsky.risk-events (must have one partition)
              --decisions TOPIC                     default clearsky.risk-decisions
              --dead-letters TOPIC                  default clearsky.risk-events.dead-letters
              --group-id ID                         default clearsky-risk-job
              --parallelism N                       keyed rules and sinks; default: the cluster's
              --out-of-orderness DURATION           default 10m
              --future-tolerance DURATION           default 1h
              --checkpoint-interval DURATION        default 30s
              --delivery exactly-once|at-least-once default exactly-once
              --transaction-timeout DURATION        default 10m (at most the brokers' transaction.max.timeout.ms)
              --starting-offsets earliest|latest    where to start when the group has no offsets; default earliest
              --bounded                             stop at the end of the events topic as found at start
            Durations: 90s, 30m, 1h, or ISO-8601 (PT30M).
            """;

    private static final Set<String> FLAGS = Set.of("bounded");
    private static final Set<String> OPTIONS = Set.of(
            "bootstrap-servers",
            "watchlist",
            "rules",
            "events",
            "decisions",
            "dead-letters",
            "group-id",
            "parallelism",
            "out-of-orderness",
            "future-tolerance",
            "checkpoint-interval",
            "delivery",
            "transaction-timeout",
            "starting-offsets");

    public RiskJobSettings {
        if (parallelism != null && parallelism < 1) {
            throw new IllegalArgumentException("--parallelism must be at least 1");
        }
        if (checkpointInterval.toMillis() < 10 || transactionTimeout.compareTo(checkpointInterval) <= 0) {
            throw new IllegalArgumentException(
                    "--checkpoint-interval must be at least 10ms and shorter than --transaction-timeout");
        }
        if (outOfOrderness.isNegative() || futureTolerance.isNegative()) {
            throw new IllegalArgumentException("--out-of-orderness and --future-tolerance must not be negative");
        }
    }

    /**
     * Reads {@code --name value} arguments.
     *
     * @throws IllegalArgumentException naming the argument at fault
     */
    static RiskJobSettings parse(String... args) {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + arg);
            }
            String name = arg.substring(2);
            if (FLAGS.contains(name)) {
                given.put(name, "true");
            } else if (OPTIONS.contains(name)) {
                if (i + 1 == args.length) {
                    throw new IllegalArgumentException(arg + " needs a value");
                }
                given.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("unknown argument " + arg);
            }
        }
        String delivery = given.getOrDefault("delivery", "exactly-once");
        String startingOffsets = given.getOrDefault("starting-offsets", "earliest");
        if (!startingOffsets.equals("earliest") && !startingOffsets.equals("latest")) {
            throw new IllegalArgumentException("--starting-offsets is earliest or latest");
        }
        return new RiskJobSettings(
                required(given, "bootstrap-servers"),
                given.getOrDefault("events", "clearsky.risk-events"),
                given.getOrDefault("decisions", "clearsky.risk-decisions"),
                given.getOrDefault("dead-letters", "clearsky.risk-events.dead-letters"),
                given.getOrDefault("group-id", "clearsky-risk-job"),
                given.get("rules"),
                required(given, "watchlist"),
                given.containsKey("parallelism") ? integer(given.get("parallelism"), "parallelism") : null,
                duration(given.getOrDefault("out-of-orderness", "10m"), "out-of-orderness"),
                duration(given.getOrDefault("future-tolerance", "1h"), "future-tolerance"),
                duration(given.getOrDefault("checkpoint-interval", "30s"), "checkpoint-interval"),
                switch (delivery) {
                    case "exactly-once" -> DeliveryGuarantee.EXACTLY_ONCE;
                    case "at-least-once" -> DeliveryGuarantee.AT_LEAST_ONCE;
                    default -> throw new IllegalArgumentException("--delivery is exactly-once or at-least-once");
                },
                duration(given.getOrDefault("transaction-timeout", "10m"), "transaction-timeout"),
                given.containsKey("bounded"),
                startingOffsets.equals("earliest"));
    }

    private static String required(Map<String, String> given, String name) {
        String value = given.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    private static int integer(String value, String name) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, was " + value);
        }
    }

    static Duration duration(String value, String name) {
        String text = value.strip().toLowerCase(Locale.ROOT);
        try {
            if (text.matches("\\d{1,9}(ms|s|m|h|d)")) {
                long amount = Long.parseLong(text.replaceAll("\\D", ""));
                return switch (text.replaceAll("\\d", "")) {
                    case "ms" -> Duration.ofMillis(amount);
                    case "s" -> Duration.ofSeconds(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    case "h" -> Duration.ofHours(amount);
                    default -> Duration.ofDays(amount);
                };
            }
            return Duration.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--" + name + " must be a duration such as 30s, 10m or PT10M");
        }
    }
}
