package io.clearsky.server.warning;

import io.clearsky.core.warning.EventCodec;
import io.clearsky.core.warning.InvalidEventException;
import io.clearsky.core.warning.RiskEvent;
import io.clearsky.server.InvalidInputException.FieldProblem;
import io.clearsky.server.agencies.Agency;
import io.clearsky.server.agencies.AgencyKind;
import io.clearsky.server.agencies.AgencyManagement;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.agencies.Permission;
import io.clearsky.server.warning.internal.KafkaBridge;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Who may send events (partner companies), and reading one event with every check the intake makes. */
@Component
class Partners {

    private static final int MAX_ID = 128;

    private final AgencyManagement agencies;
    private final Clock clock;
    private final Duration skew;
    private final boolean kafka;

    Partners(AgencyManagement agencies, WarningSettings settings, Clock clock) {
        this.agencies = agencies;
        this.clock = clock;
        this.skew = settings.maxFutureSkew();
        this.kafka = settings.kafkaEngine();
    }

    /** The partner company the caller speaks for, or 403. */
    Agency partner(Caller caller) {
        caller.require(Permission.EVENTS_SEND);
        Agency agency = agencies.get(caller.requireAgency());
        if (agency.kind() != AgencyKind.PARTNER) {
            throw new AccessDeniedException("only partners send events");
        }
        return agency;
    }

    /**
     * Reads one event of a partner, adding its problem to {@code problems} (the field named under {@code path}) and answering null
     * when it cannot be read. A time further in the future than the allowed clock skew is refused: rules run on event
     * time, and state expiry follows the latest event time seen.
     */
    @Nullable
    RiskEvent read(long agencyId, JsonNode node, String path, List<FieldProblem> problems) {
        RiskEvent event;
        try {
            event = EventCodec.read(node, path);
        } catch (InvalidEventException e) {
            problems.add(new FieldProblem(e.field(), e.reason()));
            return null;
        }
        if (event.at().isAfter(clock.instant().plus(skew))) {
            problems.add(new FieldProblem(path.isEmpty() ? "at" : path + ".at", "is in the future"));
            return null;
        }
        String forwarded = KafkaBridge.forwardedId(agencyId, event.id());
        if (kafka && forwarded.length() > MAX_ID) {
            // the Flink job reads ids of at most 128 characters, and gets this one with the agency in front
            problems.add(new FieldProblem(
                    path.isEmpty() ? "id" : path + ".id",
                    "at most " + (MAX_ID - forwarded.length() + event.id().length()) + " characters here"));
            return null;
        }
        return event;
    }
}
