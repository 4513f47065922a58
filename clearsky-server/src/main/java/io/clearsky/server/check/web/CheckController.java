package io.clearsky.server.check.web;

import io.clearsky.server.ScamTextView;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.agencies.Permission;
import io.clearsky.server.check.ActivityReport;
import io.clearsky.server.check.CheckManagement;
import io.clearsky.server.check.CheckManagement.Item;
import io.clearsky.server.check.CheckManagement.TextToRead;
import io.clearsky.server.check.CheckResult;
import io.clearsky.server.check.SmsCheck;
import io.clearsky.server.check.SmsCheckResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The real-time check API and the activity report. */
@RestController
@Tag(name = "Check", description = "Is this a fraud number? Answered from memory; every hit is a sighting")
class CheckController {

    private final CheckManagement checks;

    CheckController(CheckManagement checks) {
        this.checks = checks;
    }

    @GetMapping("/api/v1/check")
    @Operation(summary = "Check one identifier (kind defaults to PHONE_NUMBER)")
    CheckResult check(
            @RequestParam(required = false) @Nullable String value,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String subscriber,
            @RequestParam(required = false) @Nullable String route,
            @RequestParam(required = false) @Nullable String areaCode) {
        Caller.current().require(Permission.CHECK);
        return checks.check(new Item(kind, value, areaCode), subscriber, route);
    }

    @PostMapping("/api/v1/check")
    @Operation(summary = "Check up to 1,000 identifiers at once; answers in the same order")
    BatchResult batch(@RequestBody BatchRequest request) {
        Caller.current().require(Permission.CHECK);
        return new BatchResult(checks.check(request.items(), request.subscriber(), request.route()));
    }

    @PostMapping("/api/v1/check/sms")
    @Operation(
            summary =
                    "Check a text message: its sender against the registry and its text with the scam-text classifier;"
                            + " a listed sender decides, a scam text makes an unknown sender's message SUSPICIOUS")
    SmsCheckResult sms(@RequestBody(required = false) @Nullable SmsCheck request) {
        Caller.current().require(Permission.CHECK);
        return checks.checkSms(request);
    }

    @PostMapping("/api/v1/check/text")
    @Operation(
            summary = "Read any text (an SMS, a chat message, a report's narrative) with the scam-text classifier:"
                    + " scam or not, the probability, the likely scam type and the words that weighed most")
    ScamTextView text(@RequestBody(required = false) @Nullable TextToRead request) {
        Caller.current().require(Permission.CHECK);
        return checks.readText(request);
    }

    @GetMapping("/api/v1/activity")
    @Operation(summary = "Activity of a centre's list: listed, still active, people reached, warnings fired")
    ActivityReport activity(
            @RequestParam(required = false) @Nullable Long agencyId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
        return checks.activity(agencyId, from, to, Caller.current());
    }

    record BatchRequest(
            List<Item> items,
            @Nullable String subscriber,
            @Nullable String route) {}

    record BatchResult(List<CheckResult> results) {}
}
