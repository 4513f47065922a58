package io.clearsky.server.audit.web;

import io.clearsky.server.agencies.Caller;
import io.clearsky.server.audit.AuditFilter;
import io.clearsky.server.audit.AuditRecord;
import io.clearsky.server.audit.AuditTrail;
import io.clearsky.server.audit.ChainVerification;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read the audit trail and check that nobody changed it (admins). */
@RestController
@Tag(name = "Audit", description = "The tamper-evident audit trail")
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/api/v1/audit")
    @Operation(
            summary = "The newest audit records, newest first; filtered by actor, action, subject, the subject's kind"
                    + " (bulletin, case, ...) and time (from inclusive, to exclusive, ISO-8601 instants)")
    List<AuditRecord> recent(
            @RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @Nullable String subject,
            @RequestParam(required = false) @Nullable Instant from,
            @RequestParam(required = false) @Nullable Instant to,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        return trail.find(new AuditFilter(actor, action, subject, from, to, kind), page, size, Caller.current());
    }

    @GetMapping("/api/v1/audit/verify")
    @Operation(
            summary = "Re-compute the hash chain and name the first broken record, if any; count the records"
                    + " not sealed yet")
    ChainVerification verify() {
        return trail.verify(Caller.current());
    }
}
