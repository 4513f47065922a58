package io.clearsky.server.registry.web;

import io.clearsky.core.identifier.Identifier;
import io.clearsky.core.identifier.IndicatorKind;
import io.clearsky.core.indicator.IndicatorSource;
import io.clearsky.core.indicator.IndicatorStatus;
import io.clearsky.core.indicator.ScamType;
import io.clearsky.server.Identifiers;
import io.clearsky.server.InvalidInputException;
import io.clearsky.server.agencies.AgencyManagement;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.agencies.Permission;
import io.clearsky.server.registry.IndicatorView;
import io.clearsky.server.registry.RegistryManagement;
import io.clearsky.server.registry.RegistryManagement.Page;
import io.clearsky.server.registry.RegistryManagement.ReportOutcome;
import io.clearsky.server.registry.internal.Exports;
import io.clearsky.server.registry.internal.IndicatorFilter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The registry's API: list, look at, verify and report indicators, the allowlist, and exports. */
@RestController
@Tag(name = "Registry", description = "The fraud-indicator database (涉诈数据库)")
class RegistryController {

    private final RegistryManagement registry;
    private final Exports exports;
    private final AgencyManagement agencies;
    private final Clock clock;

    RegistryController(RegistryManagement registry, Exports exports, AgencyManagement agencies, Clock clock) {
        this.registry = registry;
        this.exports = exports;
        this.agencies = agencies;
        this.clock = clock;
    }

    @GetMapping("/api/v1/indicators")
    @Operation(summary = "Indicators, filtered and paged, most recently changed first (centres and admins)")
    Page<IndicatorView> page(
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable IndicatorStatus status,
            @RequestParam(required = false) @Nullable String scamType,
            @RequestParam(required = false) @Nullable Long agencyId,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        Caller.current().require(Permission.INDICATORS_READ);
        return registry.page(filter(kind, status, scamType, agencyId, q), page, size);
    }

    @GetMapping("/api/v1/indicators/{id}")
    @Operation(summary = "One indicator")
    IndicatorView one(@PathVariable long id) {
        Caller.current().require(Permission.INDICATORS_READ);
        return registry.get(id);
    }

    @PostMapping("/api/v1/indicators")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "List an indicator as VERIFIED for the caller's centre (idempotent: listing again changes nothing new)")
    IndicatorView list(@RequestBody NewIndicator request) {
        IndicatorKind kind = Identifiers.kind("kind", request.kind());
        Identifier identifier = Identifiers.parse("value", kind, request.value(), request.areaCode());
        return registry.list(identifier, scamType("scamType", request.scamType()), request.note(), Caller.current());
    }

    @PostMapping("/api/v1/indicators/{id}/verify")
    @Operation(summary = "Confirm a reported or suspected indicator (centres)")
    IndicatorView verify(@PathVariable long id, @RequestBody(required = false) @Nullable Verification request) {
        return registry.verify(id, request == null ? null : scamType("scamType", request.scamType()), Caller.current());
    }

    @PostMapping("/api/v1/indicators/{id}/reject")
    @Operation(
            summary =
                    "Reject a reported or suspected indicator (centres): back to REPORTED, it warns no more; 409 for any other status")
    IndicatorView reject(@PathVariable long id) {
        return registry.reject(id, Caller.current());
    }

    @PostMapping("/api/v1/indicators/reports")
    @Operation(
            summary =
                    "Report a number (or other identifier) from a partner app; one reporter counts once (201 when counted, 200 for a repeat)")
    ResponseEntity<ReportOutcome> report(@RequestBody NewReport request) {
        IndicatorKind kind = Identifiers.kind("kind", request.kind());
        Identifier identifier = Identifiers.parse("value", kind, request.value(), request.areaCode());
        IndicatorSource source = IndicatorSource.CITIZEN_REPORT;
        if (request.source() != null && !request.source().isBlank()) {
            try {
                source = IndicatorSource.valueOf(request.source().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("source", "CITIZEN_REPORT or PARTNER_DETECTION");
            }
        }
        ReportOutcome outcome = registry.report(
                identifier, request.reporter(), source, scamType("scamType", request.scamType()), Caller.current());
        return ResponseEntity.status(outcome.counted() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(outcome);
    }

    @GetMapping("/api/v1/allowlist")
    @Operation(summary = "The allowlist of official numbers")
    Page<IndicatorView> allowlist(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
        Caller.current().require(Permission.INDICATORS_READ);
        return registry.page(new IndicatorFilter(null, IndicatorStatus.ALLOWLISTED, null, null, null), page, size);
    }

    @PostMapping("/api/v1/allowlist")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an official number to the allowlist (admin)")
    IndicatorView addToAllowlist(@RequestBody NewAllowlisted request) {
        IndicatorKind kind = Identifiers.kind("kind", request.kind());
        Identifier identifier = Identifiers.parse("value", kind, request.value(), null);
        return registry.allowlist(identifier, request.note(), Caller.current());
    }

    @GetMapping("/api/v1/indicators/export")
    @Operation(
            summary = "Export indicators as CSV (format=csv, re-importable), a STIX 2.1 bundle (format=stix) or the"
                    + " Flink job's watchlist snapshot (format=watchlist, docs/stream.md)")
    ResponseEntity<StreamingResponseBody> export(
            @RequestParam(defaultValue = "csv") String format,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable IndicatorStatus status,
            @RequestParam(required = false) @Nullable String scamType,
            @RequestParam(required = false) @Nullable Long agencyId) {
        Caller.current().require(Permission.INDICATORS_READ);
        IndicatorFilter filter = filter(kind, status, scamType, agencyId, null);
        String stamp = java.time.LocalDate.now(clock).toString();
        if (format.equalsIgnoreCase("stix")) {
            Map<Long, String> names = new LinkedHashMap<>();
            agencies.all().forEach(a -> names.put(a.id(), a.nameZh() + " / " + a.nameEn()));
            return ResponseEntity.ok()
                    .contentType(MediaType.APPLICATION_JSON)
                    .header(
                            HttpHeaders.CONTENT_DISPOSITION,
                            "attachment; filename=clearsky-indicators-" + stamp + ".stix.json")
                    .body(out -> exports.stix(filter, names, clock.instant(), out));
        }
        if (format.equalsIgnoreCase("watchlist")) {
            return ResponseEntity.ok()
                    .contentType(new MediaType("text", "tab-separated-values", java.nio.charset.StandardCharsets.UTF_8))
                    .header(
                            HttpHeaders.CONTENT_DISPOSITION,
                            "attachment; filename=clearsky-watchlist-" + stamp + ".tsv")
                    .body(out -> exports.watchlist(filter, clock.instant(), out));
        }
        if (!format.equalsIgnoreCase("csv")) {
            throw new InvalidInputException("format", "csv, stix or watchlist");
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=clearsky-indicators-" + stamp + ".csv")
                .body(out -> exports.csv(filter, out));
    }

    private static IndicatorFilter filter(
            @Nullable String kind,
            @Nullable IndicatorStatus status,
            @Nullable String scamType,
            @Nullable Long agencyId,
            @Nullable String q) {
        return new IndicatorFilter(
                kind == null ? null : Identifiers.kind("kind", kind),
                status,
                scamType("scamType", scamType),
                agencyId,
                q);
    }

    static @Nullable ScamType scamType(String field, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ScamType.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }

    record NewIndicator(
            @Nullable String kind,
            String value,
            @Nullable String scamType,
            @Nullable String note,
            @Nullable String areaCode) {}

    record Verification(@Nullable String scamType) {}

    record NewReport(
            @Nullable String kind,
            String value,
            String reporter,
            @Nullable String source,
            @Nullable String scamType,
            @Nullable String areaCode) {}

    record NewAllowlisted(
            @Nullable String kind, String value, @Nullable String note) {}
}
