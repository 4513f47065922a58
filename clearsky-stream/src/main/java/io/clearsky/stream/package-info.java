/**
 * The Apache Flink job that scores partners' risk events: Kafka in, the core's {@link io.clearsky.core.warning.RiskRules}
 * over keyed state, decisions back to Kafka. {@link io.clearsky.stream.RiskJob} wires the topology; everything the
 * rules decide lives in {@code clearsky-core}.
 */
@NullMarked
package io.clearsky.stream;

import org.jspecify.annotations.NullMarked;
