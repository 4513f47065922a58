package io.clearsky.stream;

import org.jspecify.annotations.Nullable;

/**
 * One record of the events topic as it arrived, before it is read: its text and where it came from, so a dead letter
 * can say which record it was. Public, as Flink's POJO serializer requires.
 *
 * @param text the record's value as UTF-8 text, null for a record without a value
 */
public record IncomingRecord(
        String topic, int partition, long offset, @Nullable String text) {}
