package io.clearsky.stream;

import org.jspecify.annotations.Nullable;

/**
 * One record the job writes to Kafka: a decision keyed by its event's id, or a dead letter keyed by where the record
 * came from. Public, as Flink's POJO serializer requires.
 *
 * @param key the Kafka record's key, null for none
 * @param json its value, one JSON object
 */
public record JsonLine(@Nullable String key, String json) {}
