package io.clearsky.server.cases.web;

import io.clearsky.server.RevealRequest;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.cases.CaseManagement;
import io.clearsky.server.cases.CaseManagement.Page;
import io.clearsky.server.cases.CaseStatus;
import io.clearsky.server.cases.CaseView;
import io.clearsky.server.cases.ReferralView;
import io.clearsky.server.cases.RevealedCase;
import io.clearsky.server.cases.TimelineEntry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The cases API: promote a cluster, move a case on, notes, timeline, referrals. */
@RestController
@Tag(name = "Cases", description = "Cases (案件) opened on clusters of linked reports")
class CaseController {

    private final CaseManagement cases;

    CaseController(CaseManagement cases) {
        this.cases = cases;
    }

    /** Which cluster to open a case on (any of its reports), its title, and who works it (default: you). */
    record Promotion(
            @Nullable Long reportId,
            @Nullable String title,
            @Nullable String analyst) {}

    @PostMapping("/api/v1/cases")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open a case on the cluster of a report (centres)")
    CaseView promote(@RequestBody @Nullable Promotion promotion) {
        if (promotion == null || promotion.reportId() == null) {
            throw new io.clearsky.server.InvalidInputException("reportId", "a report of the cluster to open a case on");
        }
        return cases.promote(promotion.reportId(), promotion.title(), promotion.analyst(), Caller.current());
    }

    @GetMapping("/api/v1/cases")
    @Operation(summary = "Your centre's cases and those referred to it, newest first")
    Page<CaseView> page(
            @RequestParam(required = false) @Nullable CaseStatus status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return cases.page(status, page, size, Caller.current());
    }

    @GetMapping("/api/v1/cases/{id}")
    @Operation(summary = "One case")
    CaseView one(@PathVariable long id) {
        return cases.get(id, Caller.current());
    }

    @GetMapping("/api/v1/cases/{id}/timeline")
    @Operation(summary = "What happened to a case, oldest first; phone, ID card and bank card numbers in texts masked")
    List<TimelineEntry> timeline(@PathVariable long id) {
        return cases.timeline(id, Caller.current());
    }

    /** Why the personal data is needed; it goes into the audit trail. */
    @PostMapping("/api/v1/cases/{id}/reveal")
    @Operation(
            summary = "The case's title and timeline as written, numbers in clear, with the reason you need them (5 to"
                    + " 500 characters); audited (PII_REVEAL)")
    RevealedCase reveal(@PathVariable long id, @RequestBody @Nullable RevealRequest reveal) {
        return cases.reveal(id, reveal == null ? null : reveal.reason(), Caller.current());
    }

    /** The status to move to and why. */
    record StatusChange(
            @Nullable CaseStatus status, @Nullable String note) {}

    @PostMapping("/api/v1/cases/{id}/status")
    @Operation(summary = "Move a case on: OPEN → INVESTIGATING → SOLVED → CLOSED (or straight to CLOSED)")
    CaseView status(@PathVariable long id, @RequestBody @Nullable StatusChange change) {
        return cases.changeStatus(
                id, change == null ? null : change.status(), change == null ? null : change.note(), Caller.current());
    }

    /** A note's text. */
    record Note(@Nullable String text) {}

    @PostMapping("/api/v1/cases/{id}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a note to a case's timeline")
    TimelineEntry note(@PathVariable long id, @RequestBody @Nullable Note note) {
        return cases.note(id, note == null ? null : note.text(), Caller.current());
    }

    /** The centre to refer the case to and why. */
    record Referral(@Nullable Long toAgencyId, @Nullable String reason) {}

    @PostMapping("/api/v1/cases/{id}/referrals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Refer a case to another jurisdiction's centre, which accepts or declines")
    ReferralView refer(@PathVariable long id, @RequestBody @Nullable Referral referral) {
        return cases.refer(
                id,
                referral == null ? null : referral.toAgencyId(),
                referral == null ? null : referral.reason(),
                Caller.current());
    }

    @GetMapping("/api/v1/referrals")
    @Operation(summary = "Referrals to your centre (incoming=true, the default) or from it")
    List<ReferralView> referrals(
            @RequestParam(defaultValue = "true") boolean incoming,
            @RequestParam(required = false) ReferralView.@Nullable Status status) {
        return cases.referrals(incoming, status, Caller.current());
    }

    /** The answer to a referral: a note, required when declining. */
    record Decision(@Nullable String note) {}

    @PostMapping("/api/v1/referrals/{id}/accept")
    @Operation(summary = "Accept a referral: the case becomes your centre's")
    ReferralView accept(@PathVariable long id, @RequestBody(required = false) @Nullable Decision decision) {
        return cases.decide(id, true, decision == null ? null : decision.note(), Caller.current());
    }

    @PostMapping("/api/v1/referrals/{id}/decline")
    @Operation(summary = "Decline a referral, saying why: the case stays where it was")
    ReferralView decline(@PathVariable long id, @RequestBody @Nullable Decision decision) {
        return cases.decide(id, false, decision == null ? null : decision.note(), Caller.current());
    }
}
