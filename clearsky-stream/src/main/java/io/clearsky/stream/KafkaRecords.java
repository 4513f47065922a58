package io.clearsky.stream;

import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jspecify.annotations.Nullable;

/** How the job's records look in Kafka: UTF-8 text values in, JSON lines with UTF-8 keys out. */
final class KafkaRecords {

    private KafkaRecords() {}

    /** Events topic records as they arrived; reading them is {@link EventReader}'s job, so nothing fails here. */
    static final class Incoming implements KafkaRecordDeserializationSchema<IncomingRecord> {

        private static final long serialVersionUID = 1L;

        @Override
        public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<IncomingRecord> out) {
            byte[] value = record.value();
            out.collect(new IncomingRecord(
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    value == null ? null : new String(value, StandardCharsets.UTF_8)));
        }

        @Override
        public TypeInformation<IncomingRecord> getProducedType() {
            return TypeInformation.of(IncomingRecord.class);
        }
    }

    /** JSON lines to one topic, keyed as the line says. */
    static final class Outgoing implements KafkaRecordSerializationSchema<JsonLine> {

        private static final long serialVersionUID = 1L;

        private final String topic;

        Outgoing(String topic) {
            this.topic = topic;
        }

        @Override
        public ProducerRecord<byte[], byte[]> serialize(
                JsonLine line, KafkaSinkContext context, @Nullable Long timestamp) {
            byte[] key = line.key() == null ? null : line.key().getBytes(StandardCharsets.UTF_8);
            // no timestamp: Kafka stamps the time of writing. The event's time is in the JSON; as the record's
            // timestamp, an event stamped ahead of the brokers' clock would be refused and stop the job.
            return new ProducerRecord<>(topic, null, null, key, line.json().getBytes(StandardCharsets.UTF_8));
        }
    }
}
