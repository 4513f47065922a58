package io.clearsky.server.funds.web;

import io.clearsky.server.agencies.Caller;
import io.clearsky.server.funds.CaseFunds;
import io.clearsky.server.funds.FundsStatistics;
import io.clearsky.server.funds.RecoveryForm;
import io.clearsky.server.funds.RecoveryManagement;
import io.clearsky.server.funds.RecoveryManagement.Recorded;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Money returned to victims per case, and the money side's figures. */
@RestController
@Tag(name = "Recovery", description = "Money stopped, frozen and returned to victims")
class RecoveryController {

    private final RecoveryManagement recoveries;

    RecoveryController(RecoveryManagement recoveries) {
        this.recoveries = recoveries;
    }

    @PostMapping("/api/v1/funds/recoveries")
    @Operation(summary = "Record money returned to a victim of a case (the case's centre; send an Idempotency-Key)")
    ResponseEntity<CaseFunds.Recovery> record(
            @RequestBody @Nullable RecoveryForm form,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey) {
        Recorded recorded = recoveries.record(form, idempotencyKey, Caller.current());
        return ResponseEntity.status(recorded.repeated() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(recorded.recovery());
    }

    @GetMapping("/api/v1/funds/cases/{caseId}")
    @Operation(summary = "A case's orders, money stopped and frozen, and money returned (the case's centre)")
    CaseFunds ofCase(@PathVariable long caseId) {
        return recoveries.ofCase(caseId, Caller.current());
    }

    @GetMapping("/api/v1/funds/statistics")
    @Operation(summary = "Requests answered and how fast, orders executed, money stopped, frozen and returned")
    FundsStatistics statistics(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
        return recoveries.statistics(from, to, Caller.current());
    }
}
