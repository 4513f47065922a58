package io.clearsky.server.warning.web;

import io.clearsky.server.RevealRequest;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.warning.DecisionView;
import io.clearsky.server.warning.DissuasionManagement;
import io.clearsky.server.warning.DissuasionManagement.Figures;
import io.clearsky.server.warning.DissuasionManagement.OutcomeForm;
import io.clearsky.server.warning.DissuasionManagement.RevealedTask;
import io.clearsky.server.warning.DissuasionManagement.TaskView;
import io.clearsky.server.warning.WarningManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Partners' warnings inbox and centres' dissuasion tasks. */
@RestController
@Tag(name = "Dissuasion", description = "Warnings for partners and dissuasion tasks (劝阻) for centres")
class WarningController {

    private final WarningManagement warnings;
    private final DissuasionManagement dissuasion;

    WarningController(WarningManagement warnings, DissuasionManagement dissuasion) {
        this.warnings = warnings;
        this.dissuasion = dissuasion;
    }

    @GetMapping("/api/v1/warnings")
    @Operation(summary = "Your warnings: the decisions on your events, newest first (partners; admins all)")
    WarningManagement.Page<DecisionView> inbox(
            @RequestParam(required = false) @Nullable String outcome,
            @RequestParam(required = false) @Nullable String since,
            @RequestParam(required = false) @Nullable Long agencyId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return warnings.inbox(outcome, since, agencyId, page, size, Caller.current());
    }

    @GetMapping("/api/v1/warnings/{id}")
    @Operation(summary = "One decision with its reasons and evidence (its partner, centres, admins)")
    DecisionView warning(@PathVariable long id) {
        return warnings.get(id, Caller.current());
    }

    @GetMapping("/api/v1/dissuasion-tasks")
    @Operation(summary = "Your centre's dissuasion tasks, HIGH first, oldest first within a priority (centres)")
    DissuasionManagement.Page<TaskView> tasks(
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String priority,
            @RequestParam(required = false) @Nullable Long centreId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return dissuasion.list(status, priority, centreId, page, size, Caller.current());
    }

    @GetMapping("/api/v1/dissuasion-tasks/figures")
    @Operation(summary = "Tasks by status, priority and outcome in a window (default the last 30 days)")
    Figures figures(
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to) {
        return dissuasion.figures(from, to, Caller.current());
    }

    @GetMapping("/api/v1/dissuasion-tasks/{id}")
    @Operation(summary = "One task, with whom to call (masked), what happened and the script")
    TaskView task(@PathVariable long id) {
        return dissuasion.get(id, Caller.current());
    }

    @PostMapping("/api/v1/dissuasion-tasks/{id}/take")
    @Operation(
            summary = "Take a task: you call the subscriber (a centre's caller); the answer shows the contact in clear,"
                    + " audited as revealed for the call")
    TaskView take(@PathVariable long id) {
        return dissuasion.take(id, Caller.current());
    }

    /** Why the personal data is needed; it goes into the audit trail. */
    @PostMapping("/api/v1/dissuasion-tasks/{id}/reveal")
    @Operation(
            summary = "The task's contact (and note) in clear, with the reason you need it (5 to 500 characters);"
                    + " audited (PII_REVEAL, the task's centre and those over it)")
    RevealedTask reveal(@PathVariable long id, @RequestBody @Nullable RevealRequest reveal) {
        return dissuasion.reveal(id, reveal == null ? null : reveal.reason(), Caller.current());
    }

    @PostMapping("/api/v1/dissuasion-tasks/{id}/outcome")
    @Operation(
            summary = "Record how the call ended: DISSUADED, ALREADY_PAID, UNREACHABLE or NOT_A_SCAM, with a note",
            description = "Once: the same outcome and note again is harmless, another a 409.")
    TaskView outcome(@PathVariable long id, @RequestBody @Nullable OutcomeForm form) {
        return dissuasion.record(id, form, Caller.current());
    }
}
