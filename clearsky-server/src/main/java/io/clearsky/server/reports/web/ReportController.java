package io.clearsky.server.reports.web;

import io.clearsky.core.indicator.ScamType;
import io.clearsky.server.InvalidInputException;
import io.clearsky.server.RevealRequest;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.reports.Receipt;
import io.clearsky.server.reports.ReportForm;
import io.clearsky.server.reports.ReportManagement;
import io.clearsky.server.reports.ReportManagement.BatchResult;
import io.clearsky.server.reports.ReportManagement.Page;
import io.clearsky.server.reports.ReportManagement.Submitter;
import io.clearsky.server.reports.ReportStatistics;
import io.clearsky.server.reports.ReportStatus;
import io.clearsky.server.reports.ReportTracking;
import io.clearsky.server.reports.ReportView;
import io.clearsky.server.reports.ReporterContact;
import io.clearsky.server.reports.RevealedReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The reports API: the public intake and status lookup, partners' batches, and the analysts' reading. */
@RestController
@Tag(name = "Reports", description = "Citizens' scam reports (报案)")
class ReportController {

    private final ReportManagement reports;

    ReportController(ReportManagement reports) {
        this.reports = reports;
    }

    @PostMapping("/api/v1/reports")
    @Operation(
            summary = "File a scam report (open to anyone; send an Idempotency-Key so a retry never files twice)",
            description = "Answers 201 with the receipt number, or 200 with the first receipt for a retry under the"
                    + " same key. Identifiers that cannot be read are kept as written and marked so.")
    ResponseEntity<Receipt> file(
            @RequestBody @Nullable ReportForm form,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
            HttpServletRequest request) {
        if (form == null) {
            throw new InvalidInputException("body", "a report is required");
        }
        Receipt receipt = reports.file(form, idempotencyKey, new Submitter(callerOrNull(), request.getRemoteAddr()));
        return ResponseEntity.status(receipt.repeated() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(receipt);
    }

    /** A partner's batch of reports. */
    record Batch(@Nullable List<ReportForm> reports) {}

    @PostMapping("/api/v1/reports/batch")
    @Operation(
            summary = "File a batch of reports from a partner's system (up to 500, each with its own idempotencyKey)",
            description = "Each report stands alone: the answer lists, in order, each one's receipt or errors.")
    BatchResult batch(@RequestBody @Nullable Batch batch) {
        return reports.fileBatch(batch == null ? null : batch.reports(), Caller.current());
    }

    /** A reporter's lookup: the receipt number and the phone number the report was filed with. */
    record Lookup(@Nullable String receiptNo, @Nullable String phone) {}

    @PostMapping("/api/v1/reports/status")
    @Operation(
            summary = "Follow a report by its receipt number and the reporter's phone number (open to anyone)",
            description = "A POST so that the phone number stays out of URLs and access logs.")
    ReportTracking status(@RequestBody @Nullable Lookup lookup, HttpServletRequest request) {
        if (lookup == null) {
            throw new InvalidInputException("body", "receiptNo and phone are required");
        }
        return reports.track(lookup.receiptNo(), lookup.phone(), request.getRemoteAddr());
    }

    @GetMapping("/api/v1/reports")
    @Operation(
            summary = "Reports in your region, newest first, without reporters' personal data and with the numbers in"
                    + " narratives masked (centres)")
    Page<ReportView> page(
            @RequestParam(required = false) @Nullable ScamType scamType,
            @RequestParam(required = false) @Nullable ReportStatus status,
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return reports.page(scamType, status, region, from, to, page, size, Caller.current());
    }

    @GetMapping("/api/v1/reports/{id}")
    @Operation(summary = "One report, without its reporter's personal data, its narrative masked (centres)")
    ReportView one(@PathVariable long id) {
        return reports.get(id, Caller.current());
    }

    @GetMapping("/api/v1/reports/receipts/{receiptNo}")
    @Operation(summary = "The report with a receipt number (centres)")
    ReportView byReceipt(@PathVariable String receiptNo) {
        return reports.byReceipt(receiptNo, Caller.current());
    }

    /** Why the personal data is needed; it goes into the audit trail. */
    @PostMapping("/api/v1/reports/{id}/reporter")
    @Operation(summary = "The reporter's contact, with the reason you need it; audited (centres of the region)")
    ReporterContact reporter(@PathVariable long id, @RequestBody @Nullable RevealRequest reveal) {
        return reports.contact(id, reveal == null ? null : reveal.reason(), Caller.current());
    }

    @PostMapping("/api/v1/reports/{id}/reveal")
    @Operation(
            summary = "The report's personal data in clear: the narrative as written and the reporter's contact, with"
                    + " the reason you need it (5 to 500 characters); audited (PII_REVEAL, centres of the region)")
    RevealedReport reveal(@PathVariable long id, @RequestBody @Nullable RevealRequest reveal) {
        return reports.reveal(id, reveal == null ? null : reveal.reason(), Caller.current());
    }

    @GetMapping("/api/v1/reports/statistics")
    @Operation(summary = "Reports, victims and losses by scam type, region and month (default: this year)")
    ReportStatistics statistics(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(required = false) @Nullable String region) {
        return reports.statistics(from, to, region, Caller.current());
    }

    private static @Nullable Caller callerOrNull() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Caller caller ? caller : null;
    }
}
