package io.clearsky.server.warning.web;

import io.clearsky.server.agencies.Caller;
import io.clearsky.server.warning.EventManagement;
import io.clearsky.server.warning.EventManagement.IntakeResult;
import io.clearsky.server.warning.TransferCheckManagement;
import io.clearsky.server.warning.TransferCheckManagement.Answer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Partners' events and synchronous transfer checks. */
@RestController
@Tag(name = "Warning", description = "Early warning (预警): partners' events, transfer checks, warnings")
class EventController {

    private final EventManagement events;
    private final TransferCheckManagement checks;

    EventController(EventManagement events, TransferCheckManagement checks) {
        this.events = events;
        this.checks = checks;
    }

    @PostMapping(path = "/api/v1/events", consumes = "application/json")
    @Operation(
            summary = "Send a batch of events (partners; up to 1,000, all or nothing)",
            description = "{\"events\":[…]}: calls, sms, link-visit, app-install, transfer-attempt in the versioned"
                    + " event JSON (see docs/warning.md). Idempotent by your event id: a resend is a duplicate,"
                    + " the same id with other content a 409 that stores nothing. Answers the decisions made.")
    IntakeResult receive(@RequestBody @Nullable JsonNode body) {
        return events.receive(body, Caller.current());
    }

    @PostMapping(path = "/api/v1/transfer-checks", consumes = "application/json")
    @Operation(
            summary = "Check one transfer attempt before authorising it (payment partners)",
            description = "The transfer-attempt event (type optional). Answers ALLOW, REVIEW, HOLD or BLOCK with"
                    + " the reasons; committed before it answers; the same id answers the same again.")
    Answer check(@RequestBody @Nullable JsonNode body) {
        return checks.check(body, Caller.current());
    }
}
