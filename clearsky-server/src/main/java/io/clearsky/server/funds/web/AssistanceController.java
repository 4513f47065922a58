package io.clearsky.server.funds.web;

import io.clearsky.server.agencies.Caller;
import io.clearsky.server.funds.AnswerForm;
import io.clearsky.server.funds.AssistanceForm;
import io.clearsky.server.funds.AssistanceManagement;
import io.clearsky.server.funds.AssistanceManagement.Made;
import io.clearsky.server.funds.AssistanceStatus;
import io.clearsky.server.funds.AssistanceView;
import io.clearsky.server.funds.Page;
import io.clearsky.server.funds.internal.AssistanceRequests.FileContent;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Assistance requests (协查): centres ask partners, partners answer before the deadline. */
@RestController
@Tag(name = "Assistance requests", description = "Assistance requests (协查) from centres to partners")
class AssistanceController {

    private final AssistanceManagement assistance;

    AssistanceController(AssistanceManagement assistance) {
        this.assistance = assistance;
    }

    @PostMapping("/api/v1/funds/assistance")
    @Operation(summary = "Ask a partner about an account or a phone number (centres; send an Idempotency-Key)")
    ResponseEntity<AssistanceView> request(
            @RequestBody @Nullable AssistanceForm form,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey) {
        Made made = assistance.request(form, idempotencyKey, Caller.current());
        return ResponseEntity.status(made.repeated() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(made.request());
    }

    @GetMapping("/api/v1/funds/assistance")
    @Operation(summary = "Your centre's requests, or your inbox as a partner; open ones first by deadline")
    Page<AssistanceView> page(
            @RequestParam(required = false) @Nullable AssistanceStatus status,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return assistance.page(status, overdue, page, size, Caller.current());
    }

    @GetMapping("/api/v1/funds/assistance/{id}")
    @Operation(summary = "One request and its answer")
    AssistanceView one(@PathVariable long id) {
        return assistance.get(id, Caller.current());
    }

    @PostMapping("/api/v1/funds/assistance/{id}/answer")
    @Operation(
            summary = "Answer a request with structured data and files (the partner asked)",
            description = "Transfers join the transfer record; bound phone numbers go to the registry as your"
                    + " detections. The same answer again is a repeat; another one is a 409.")
    AssistanceView answer(@PathVariable long id, @RequestBody @Nullable AnswerForm form) {
        return assistance.answer(id, form, Caller.current());
    }

    @PostMapping("/api/v1/funds/assistance/{id}/withdraw")
    @Operation(summary = "Withdraw an open request (the requesting centre)")
    AssistanceView withdraw(@PathVariable long id) {
        return assistance.withdraw(id, Caller.current());
    }

    @GetMapping("/api/v1/funds/assistance/{id}/files/{position}")
    @Operation(summary = "A file of an answer")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable int position) {
        FileContent file = assistance.file(id, position, Caller.current());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.name(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(file.content());
    }
}
