package io.clearsky.server.funds.web;

import io.clearsky.server.InvalidInputException;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.funds.AccountRef;
import io.clearsky.server.funds.FunderView;
import io.clearsky.server.funds.MuleManagement;
import io.clearsky.server.funds.MuleSearch;
import io.clearsky.server.funds.MuleView;
import io.clearsky.server.funds.Page;
import io.clearsky.server.funds.TraceManagement;
import io.clearsky.server.funds.TraceRequest;
import io.clearsky.server.funds.TraceView;
import io.clearsky.server.funds.TransferForm;
import io.clearsky.server.funds.TransferManagement;
import io.clearsky.server.funds.TransferManagement.BalanceForm;
import io.clearsky.server.funds.TransferManagement.IntakeResult;
import io.clearsky.server.funds.TransferManagement.TransferView;
import io.clearsky.server.funds.WebhookManagement;
import io.clearsky.server.funds.WebhookManagement.WebhookView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Transfers and balances from partners, fund-flow traces for centres, and partners' webhooks. */
@RestController
@Tag(name = "Funds", description = "Transfers, balances and fund-flow traces (资金查控)")
class TransferController {

    // what the descriptions of the three queries that list a suspect account's payers say about them
    private static final String PAYERS = "masked: a card keeps its BIN and last 4, a cash point stays in clear. With a"
            + " reason (5 to 500 characters, else 400 naming reason) and PII_REVEAL (else 403) they are in clear for"
            + " this query, which the audit trail records as PERSONAL_DATA_REVEALED.";

    private final TransferManagement transfers;
    private final TraceManagement traces;
    private final WebhookManagement webhooks;
    private final MuleManagement mules;

    TransferController(
            TransferManagement transfers, TraceManagement traces, WebhookManagement webhooks, MuleManagement mules) {
        this.transfers = transfers;
        this.traces = traces;
        this.webhooks = webhooks;
        this.mules = mules;
    }

    /** A partner's batch of transfers. */
    record Batch(@Nullable List<TransferForm> transfers) {}

    @PostMapping(path = "/api/v1/funds/transfers", consumes = "application/json")
    @Operation(
            summary = "Send a batch of transfers (partners; up to 10,000, all or nothing)",
            description = "Idempotent by your transferId: a resend is a repeat, a later status (PENDING → SUCCEEDED,"
                    + " SUCCEEDED → REVERSED) an update; the same id with other details is a 409 and stores nothing.")
    IntakeResult receive(@RequestBody @Nullable Batch batch) {
        return transfers.receive(batch == null ? null : batch.transfers(), Caller.current());
    }

    @PostMapping(path = "/api/v1/funds/transfers", consumes = "text/csv")
    @Operation(
            summary = "Send a batch of transfers as CSV (partners)",
            description = "A header line names the columns: " + TransferForm.CSV_HEADER)
    IntakeResult receiveCsv(jakarta.servlet.http.HttpServletRequest request) throws java.io.IOException {
        try (Reader reader = new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8)) {
            return transfers.receiveCsv(reader, Caller.current());
        }
    }

    @GetMapping("/api/v1/funds/transfers")
    @Operation(summary = "Your own transfers in a window, newest first (partners)")
    Page<TransferView> mine(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        return transfers.ofPartner(from, to, page, size, Caller.current());
    }

    /** Balances a partner reports. */
    record Balances(@Nullable List<BalanceForm> balances) {}

    @PostMapping("/api/v1/funds/balances")
    @Operation(summary = "Report balance snapshots of your accounts (partners; idempotent by account and time)")
    IntakeResult balances(@RequestBody @Nullable Balances balances) {
        return transfers.receiveBalances(balances == null ? null : balances.balances(), Caller.current());
    }

    @GetMapping("/api/v1/funds/accounts/{institution}/{account}/transfers")
    @Operation(
            summary = "Transfers into and out of an account in a window, newest first (centres)",
            description = "Those who paid into the account are " + PAYERS)
    Page<TransferView> ofAccount(
            @PathVariable String institution,
            @PathVariable String account,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size,
            @RequestParam(required = false) @Nullable String reason) {
        return transfers.ofAccount(AccountRef.of(institution, account), from, to, page, size, reason, Caller.current());
    }

    @PostMapping("/api/v1/funds/traces")
    @Operation(
            summary = "Trace a victim's money forward: levels, amounts per account and per transfer, freeze plan"
                    + " (centres)",
            description = "From a transfer on record (partner, transferId) or from money that reached an account"
                    + " (account, institution, at, amount). FIFO apportionment by default, PROPORTIONAL as an option;"
                    + " hubs (merchants, exchanges) are flagged and not followed.")
    TraceView trace(@RequestBody @Nullable TraceRequest request) {
        return traces.trace(request, Caller.current());
    }

    @GetMapping("/api/v1/funds/accounts/{institution}/{account}/funders")
    @Operation(
            summary = "Who funded an account before a moment, level by level: candidate victims (centres)",
            description = "The funders are " + PAYERS)
    FunderView funders(
            @PathVariable String institution,
            @PathVariable String account,
            @RequestParam(required = false) @Nullable String before,
            @RequestParam(required = false) @Nullable String currency,
            @RequestParam(required = false) @Nullable Integer maxDepth,
            @RequestParam(required = false) @Nullable String reason) {
        if (maxDepth != null && (maxDepth < 1 || maxDepth > 10)) {
            throw new InvalidInputException("maxDepth", "1 to 10");
        }
        return traces.funders(
                AccountRef.of(institution, account), before, currency, maxDepth, reason, Caller.current());
    }

    @GetMapping("/api/v1/funds/mules")
    @Operation(
            summary = "Suspected mule accounts in a window, with their evidence, most suspicious first (centres)",
            description = "Accounts that received from at least minPayers (default 3, 1 to 20) unrelated payers and"
                    + " passed at least minForwardedShare (default 0.5) of what they received on within maxDelay"
                    + " (ISO-8601, default PT1H, PT1M to P1D) of its arrival; hubs excluded. from/to are ISO-8601 with"
                    + " an offset (default: the last day); the window is at most 31 days by default. The 30 days"
                    + " before from are read as history: a payer that dealt with the account then is no stranger."
                    + " The payers of the payments listed are " + PAYERS)
    MuleView mules(
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String currency,
            @RequestParam(required = false) @Nullable String minPayers,
            @RequestParam(required = false) @Nullable String maxDelay,
            @RequestParam(required = false) @Nullable String minForwardedShare,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) @Nullable String reason) {
        return mules.mules(
                new MuleSearch(from, to, currency, minPayers, maxDelay, minForwardedShare),
                page,
                size,
                reason,
                Caller.current());
    }

    /** Where to push orders and requests. */
    record WebhookSetting(@Nullable String url) {}

    @PutMapping("/api/v1/funds/webhook")
    @Operation(
            summary = "Set your webhook URL; the answer holds a new signing secret, shown once (partners)",
            description = "Each delivery is a POST with ClearSky-Delivery (an id to drop repeats), ClearSky-Event,"
                    + " and ClearSky-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of \"t.body\" under the secret>.")
    WebhookView setWebhook(@RequestBody @Nullable WebhookSetting setting) {
        return webhooks.set(setting == null ? null : setting.url(), Caller.current());
    }

    @GetMapping("/api/v1/funds/webhook")
    @Operation(summary = "Your webhook and its latest deliveries (partners)")
    WebhookView webhook() {
        return webhooks.get(Caller.current());
    }

    @DeleteMapping("/api/v1/funds/webhook")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove your webhook (partners)")
    void removeWebhook() {
        webhooks.remove(Caller.current());
    }
}
