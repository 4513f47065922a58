/**
 * Early warning (预警): the events partners send, the risk rules read from a versioned file, the keyed state the
 * rules keep, and the decisions they make. One rule code serves the embedded {@link RiskEngine} and the Flink job.
 */
@NullMarked
package io.clearsky.core.warning;

import org.jspecify.annotations.NullMarked;
