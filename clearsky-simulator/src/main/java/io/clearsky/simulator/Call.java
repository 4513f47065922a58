package io.clearsky.simulator;

import io.clearsky.core.indicator.Route;
import java.time.Instant;

/**
 * A call as the callee's operator and phone see it: the number presented (which a spoofing gang chooses, so it
 * may be an official number or someone else's), the route it came in on, and the true caller, which only the
 * ground truth and the operator's switch know.
 */
public record Call(
        Instant time, String trueCaller, String presented, Route route, String callee, int durationSeconds) {}
