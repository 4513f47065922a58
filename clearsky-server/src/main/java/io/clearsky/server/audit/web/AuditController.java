package io.clearsky.server.audit.web;

import io.clearsky.server.agencies.Caller;
import io.clearsky.server.audit.AuditRecord;
import io.clearsky.server.audit.AuditTrail;
import io.clearsky.server.audit.ChainVerification;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
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
    @Operation(summary = "The newest audit records, newest first")
    List<AuditRecord> recent(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
        return trail.recent(page, size, Caller.current());
    }

    @GetMapping("/api/v1/audit/verify")
    @Operation(summary = "Re-compute the hash chain and name the first broken record, if any")
    ChainVerification verify() {
        return trail.verify(Caller.current());
    }
}
