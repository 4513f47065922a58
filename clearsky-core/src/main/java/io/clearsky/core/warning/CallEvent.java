package io.clearsky.core.warning;

import java.time.Instant;
import java.util.Objects;

/**
 * A call, as the callee's operator or phone app saw it.
 *
 * @param caller the number that really placed the call (E.164), as the operator's switch knows it; the presented
 *     number when the partner cannot know better
 * @param presented the number shown to the callee (E.164), which a spoofing caller chooses
 * @param callee the subscriber called (E.164)
 * @param durationSeconds how long the call was connected, 0 when it was not answered
 */
public record CallEvent(
        String id,
        Instant at,
        String caller,
        String presented,
        String callee,
        int durationSeconds,
        CallDirection direction,
        CallRoute route)
        implements RiskEvent {

    public CallEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(presented, "presented");
        Objects.requireNonNull(callee, "callee");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(route, "route");
        if (durationSeconds < 0) {
            throw new IllegalArgumentException("durationSeconds must not be negative");
        }
    }

    @Override
    public String type() {
        return "call";
    }
}
