package io.clearsky.server.warning.web;

import io.clearsky.core.warning.Backtest;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.warning.RuleManagement;
import io.clearsky.server.warning.RuleManagement.RulesView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The risk rules and their backtests. */
@RestController
@Tag(name = "Warning rules", description = "The risk rules (预警规则), their versions and backtests")
class RuleController {

    private final RuleManagement rules;

    RuleController(RuleManagement rules) {
        this.rules = rules;
    }

    @GetMapping("/api/v1/warning/rules")
    @Operation(summary = "The rules in force: version, name, YAML text (admins and centres)")
    RulesView current() {
        return rules.current(Caller.current());
    }

    @GetMapping("/api/v1/warning/rules/{version}")
    @Operation(summary = "A version that ran: the text behind a decision's rulesVersion (admins and centres)")
    RulesView version(@PathVariable int version) {
        return rules.version(version, Caller.current());
    }

    @PutMapping(
            path = "/api/v1/warning/rules",
            consumes = {"application/yaml", "application/x-yaml", "text/plain"})
    @Operation(
            summary = "Set a new version of the rules (admins): the YAML rule file as the body",
            description = "Every field is checked (400 naming it, e.g. rules.calling-burst.window); version must be"
                    + " above the one in force. Runs from the next event on, on every replica within seconds.")
    RulesView put(@RequestBody @Nullable String text) {
        return rules.put(text, Caller.current());
    }

    @PostMapping(
            path = "/api/v1/warning/backtests",
            consumes = {"application/yaml", "application/x-yaml", "text/plain"})
    @Operation(
            summary = "Replay stored events under proposed rules beside the rules in force (admins and centres)",
            description = "The proposed YAML rule file as the body; from and to (ISO-8601 with an offset) bound the"
                    + " events replayed (at most 2,000,000 by default); limit (default 100) caps the changes listed.")
    Backtest.Report backtest(
            @RequestBody @Nullable String text,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable Integer limit) {
        return rules.backtest(text, from, to, limit, Caller.current());
    }
}
