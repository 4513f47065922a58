package io.clearsky.server.registry.web;

import io.clearsky.server.InvalidInputException;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.registry.ImportJob;
import io.clearsky.server.registry.ImportJob.ImportMode;
import io.clearsky.server.registry.ImportJob.RowError;
import io.clearsky.server.registry.ImportManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Bulk import of police lists: upload, follow progress, read the error report. */
@RestController
@Tag(name = "Imports", description = "Bulk import of police lists (CSV)")
class ImportController {

    private final ImportManagement imports;

    ImportController(ImportManagement imports) {
        this.imports = imports;
    }

    @PostMapping(value = "/api/v1/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary =
                    "Upload a police list as a multipart 'file' (CSV with a header: value[,kind][,scam_type][,note][,area_code]); 202 with the job")
    ResponseEntity<ImportJob> upload(
            @RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "ALL_OR_NOTHING") String mode,
            @RequestHeader(value = "Idempotency-Key", required = false) @Nullable String idempotencyKey)
            throws IOException {
        ImportJob job = imports.start(
                file.getInputStream(), file.getOriginalFilename(), mode(mode), idempotencyKey, Caller.current());
        return accepted(job);
    }

    @PostMapping(
            value = "/api/v1/imports",
            consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(summary = "Upload a police list as the request body (text/csv); 202 with the job")
    ResponseEntity<ImportJob> uploadBody(
            HttpServletRequest request,
            @RequestParam(defaultValue = "ALL_OR_NOTHING") String mode,
            @RequestParam(required = false) @Nullable String fileName,
            @RequestHeader(value = "Idempotency-Key", required = false) @Nullable String idempotencyKey)
            throws IOException {
        ImportJob job = imports.start(request.getInputStream(), fileName, mode(mode), idempotencyKey, Caller.current());
        return accepted(job);
    }

    @GetMapping("/api/v1/imports")
    @Operation(summary = "Recent imports of the caller's centre")
    List<ImportJob> recent() {
        return imports.recent(Caller.current());
    }

    @GetMapping("/api/v1/imports/{id}")
    @Operation(summary = "One import and its progress")
    ImportJob one(@PathVariable long id) {
        return imports.get(id, Caller.current());
    }

    @GetMapping("/api/v1/imports/{id}/errors")
    @Operation(summary = "An import's row errors, by line")
    List<RowError> errors(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "1000") int size) {
        return imports.errors(id, page, size, Caller.current());
    }

    private static ImportMode mode(String text) {
        try {
            return ImportMode.valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("mode", "ALL_OR_NOTHING or SKIP_BAD_ROWS");
        }
    }

    private static ResponseEntity<ImportJob> accepted(ImportJob job) {
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create("/api/v1/imports/" + job.id()))
                .body(job);
    }
}
