package io.clearsky.server.cases;

import io.clearsky.server.ConflictException;
import io.clearsky.server.InvalidInputException;
import io.clearsky.server.NotFoundException;
import io.clearsky.server.PersonalData;
import io.clearsky.server.PersonalDataRevealed;
import io.clearsky.server.agencies.Agency;
import io.clearsky.server.agencies.AgencyKind;
import io.clearsky.server.agencies.AgencyManagement;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.agencies.Permission;
import io.clearsky.server.cases.internal.Cases;
import io.clearsky.server.cases.internal.FraudCase;
import io.clearsky.server.cases.internal.LinkageState;
import io.clearsky.server.reports.ReportProgress;
import io.clearsky.server.reports.ReportStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cases (案件): an analyst promotes a cluster to a case, moves it through its statuses, writes notes, and refers it
 * to another jurisdiction, which accepts or declines. Each change checks who may make it first, lands on the case's
 * timeline, and reaches the reporters of the case's reports.
 */
@Service
public class CaseManagement {

    private final Cases cases;
    private final LinkageManagement linkage;
    private final AgencyManagement agencies;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CaseManagement(
            Cases cases,
            LinkageManagement linkage,
            AgencyManagement agencies,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock) {
        this.cases = cases;
        this.linkage = linkage;
        this.agencies = agencies;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Opens a case on the cluster of a report, for the caller's centre. Every report of the cluster joins it, and
     * so will every report that links to the cluster later.
     */
    public CaseView promote(long reportId, @Nullable String title, @Nullable String analyst, Caller caller) {
        caller.require(Permission.CASES_WRITE);
        long agency = caller.requireAgency();
        String name = text("title", title, 200, true);
        String assignee = analyst == null || analyst.isBlank() ? caller.name() : text("analyst", analyst, 128, true);
        String region = agencies.regionScope(null, caller);
        return transactions.execute(tx -> linkage.locked(s -> {
            LinkageState.Cluster cluster = s.clusterOfReport(reportId);
            if (cluster == null || (region != null && !LinkageManagement.touches(s, cluster, region))) {
                throw new NotFoundException("report " + reportId + " is not linked (yet): it may be on its way");
            }
            if (!cluster.cases().isEmpty()) {
                throw new ConflictException("this cluster is already case "
                        + cases.findAll(cluster.cases()).stream()
                                .map(FraudCase::caseNo)
                                .toList());
            }
            Instant now = clock.instant();
            FraudCase opened = cases.open(name, reportId, agency, assignee, now);
            List<Long> members = linkage.reportIds(s, cluster);
            cases.addReports(opened.id(), members, now);
            cluster.addCase(opened.id());
            cases.log(
                    opened.id(),
                    caller.name(),
                    "OPENED",
                    "on a cluster of " + members.size() + " report(s), " + cluster.victims() + " victim(s), "
                            + cluster.totalLossCny().toPlainString() + " yuan"
                            + (cluster.fileable() ? ", past its filing threshold" : ""),
                    now);
            events.publishEvent(
                    new CaseEvents.CaseOpened(opened.id(), opened.caseNo(), agency, members.size(), caller.name()));
            events.publishEvent(new ReportProgress(members, ReportStatus.OPEN, opened.caseNo(), null, now));
            return view(opened);
        }));
    }

    /** A case the caller may see: its centre's, one referred to its centre, or any for an admin. */
    public CaseView get(long caseId, Caller caller) {
        return view(visible(caseId, caller));
    }

    /** The caller's centre's cases (all for an admin), newest first. */
    public Page<CaseView> page(@Nullable CaseStatus status, int page, int size, Caller caller) {
        caller.require(Permission.CASES_READ);
        if (page < 0) {
            throw new InvalidInputException("page", "must be 0 or more");
        }
        if (size < 1 || size > 200) {
            throw new InvalidInputException("size", "must be 1 to 200");
        }
        java.util.Set<Long> agency = caller.visibleAgencies();
        return new Page<>(
                cases.page(agency, status, page, size).stream().map(this::view).toList(),
                page,
                size,
                cases.count(agency, status));
    }

    /** One page of a list. */
    public record Page<T>(List<T> items, int page, int size, long total) {}

    /** What happened to a case, oldest first, with the phone, ID card and bank card numbers in its texts masked. */
    public List<TimelineEntry> timeline(long caseId, Caller caller) {
        visible(caseId, caller);
        return cases.timeline(caseId).stream().map(CaseManagement::masked).toList();
    }

    /**
     * A case's texts in clear, its title and its timeline as written (notes, status remarks, referral reasons), for
     * who may see the case and gives a reason; the audit trail records who, which case and why.
     */
    public RevealedCase reveal(long caseId, @Nullable String reason, Caller caller) {
        caller.require(Permission.CASES_READ).require(Permission.PII_REVEAL);
        String why = PersonalData.reason(reason);
        FraudCase fraudCase = visible(caseId, caller);
        RevealedCase revealed = new RevealedCase(caseId, fraudCase.caseNo(), fraudCase.title(), cases.timeline(caseId));
        transactions.executeWithoutResult(tx -> events.publishEvent(
                new PersonalDataRevealed("case", caseId, List.of("title", "timeline"), caller.name(), why)));
        return revealed;
    }

    /** Moves a case to another status, if the rules allow it; its reporters see the new status. */
    public CaseView changeStatus(long caseId, @Nullable CaseStatus target, @Nullable String note, Caller caller) {
        caller.require(Permission.CASES_WRITE);
        if (target == null) {
            throw new InvalidInputException("status", "one of " + java.util.Arrays.toString(CaseStatus.values()));
        }
        String remark = note == null || note.isBlank() ? null : text("note", note, 1000, false);
        return transactions.execute(tx -> {
            FraudCase fraudCase = owned(caseId, caller);
            Instant now = clock.instant();
            CaseStatus before = fraudCase.moveTo(target, now);
            cases.save(fraudCase);
            cases.log(
                    caseId,
                    caller.name(),
                    "STATUS_CHANGED",
                    before + " -> " + target + (remark == null ? "" : ": " + remark),
                    now);
            events.publishEvent(
                    new CaseEvents.CaseStatusChanged(caseId, fraudCase.caseNo(), before, target, caller.name()));
            events.publishEvent(new ReportProgress(
                    cases.reportsOf(caseId), ReportStatus.valueOf(target.name()), fraudCase.caseNo(), null, now));
            return view(fraudCase);
        });
    }

    /** Adds a note to a case's timeline. */
    public TimelineEntry note(long caseId, @Nullable String text, Caller caller) {
        caller.require(Permission.CASES_WRITE);
        String note = text("text", text, 2000, true);
        return transactions.execute(tx -> {
            FraudCase fraudCase = owned(caseId, caller);
            fraudCase.requireOpen();
            cases.log(caseId, caller.name(), "NOTE", note, clock.instant());
            List<TimelineEntry> timeline = cases.timeline(caseId);
            return masked(timeline.get(timeline.size() - 1));
        });
    }

    /** Offers the case to another centre, which accepts or declines; one referral at a time. */
    public ReferralView refer(long caseId, @Nullable Long toAgencyId, @Nullable String reason, Caller caller) {
        caller.require(Permission.CASES_WRITE);
        if (toAgencyId == null) {
            throw new InvalidInputException("toAgencyId", "the centre to refer the case to");
        }
        String why = text("reason", reason, 1000, true);
        Agency target = agencies.find(toAgencyId)
                .filter(a -> a.kind() == AgencyKind.POLICE_CENTRE)
                .orElseThrow(() -> new InvalidInputException("toAgencyId", "no anti-fraud centre " + toAgencyId));
        return transactions.execute(tx -> {
            FraudCase fraudCase = owned(caseId, caller);
            fraudCase.requireOpen();
            if (target.id() == fraudCase.agencyId()) {
                throw new InvalidInputException("toAgencyId", "the case is already this centre's");
            }
            if (cases.pendingReferral(caseId).isPresent()) {
                throw new ConflictException(
                        "case " + fraudCase.caseNo() + " already waits for an answer to a referral");
            }
            Instant now = clock.instant();
            long referralId = cases.refer(caseId, fraudCase.agencyId(), target.id(), why, caller.name(), now);
            cases.log(
                    caseId,
                    caller.name(),
                    "REFERRED",
                    "to " + target.nameZh() + " (" + target.code() + "): " + why,
                    now);
            events.publishEvent(new CaseEvents.CaseReferred(
                    caseId, fraudCase.caseNo(), referralId, fraudCase.agencyId(), target.id(), caller.name()));
            return masked(cases.referral(referralId).orElseThrow());
        });
    }

    /**
     * The receiving centre answers a referral: accepting moves the case to it (and to the accepting analyst),
     * declining leaves it where it was. The case's reporters see the move.
     */
    public ReferralView decide(long referralId, boolean accept, @Nullable String note, Caller caller) {
        caller.require(Permission.CASES_WRITE);
        long agency = caller.requireAgency();
        String remark = note == null || note.isBlank() ? null : text("note", note, 1000, false);
        if (!accept && remark == null) {
            throw new InvalidInputException("note", "say why the referral is declined");
        }
        return transactions.execute(tx -> {
            ReferralView referral = cases.referral(referralId)
                    .filter(r -> r.toAgencyId() == agency)
                    .orElseThrow(() -> new NotFoundException("referral", referralId));
            if (referral.status() != ReferralView.Status.PENDING) {
                throw new ConflictException("referral " + referralId + " was already " + referral.status());
            }
            Instant now = clock.instant();
            ReferralView.Status status = accept ? ReferralView.Status.ACCEPTED : ReferralView.Status.DECLINED;
            if (!cases.decide(referralId, status, caller.name(), remark, now)) {
                throw new ConflictException("referral " + referralId + " was answered meanwhile");
            }
            FraudCase fraudCase = cases.find(referral.caseId()).orElseThrow();
            Agency receiver = agencies.get(agency);
            if (accept) {
                fraudCase.transferTo(agency, caller.name(), now);
                cases.save(fraudCase);
                events.publishEvent(new ReportProgress(
                        cases.reportsOf(fraudCase.id()),
                        ReportStatus.valueOf(fraudCase.status().name()),
                        fraudCase.caseNo(),
                        "移交" + receiver.nameZh() + "办理 / referred to " + receiver.nameEn(),
                        now));
            }
            cases.log(
                    fraudCase.id(),
                    caller.name(),
                    accept ? "REFERRAL_ACCEPTED" : "REFERRAL_DECLINED",
                    receiver.nameZh() + (remark == null ? "" : ": " + remark),
                    now);
            events.publishEvent(new CaseEvents.ReferralDecided(
                    fraudCase.id(), fraudCase.caseNo(), referralId, accept, remark, caller.name()));
            return masked(cases.referral(referralId).orElseThrow());
        });
    }

    /** Referrals to the caller's centre ({@code incoming}) or from it, newest first. */
    public List<ReferralView> referrals(boolean incoming, ReferralView.@Nullable Status status, Caller caller) {
        caller.require(Permission.CASES_READ);
        return cases.referrals(caller.visibleAgencies(), incoming, status).stream()
                .map(CaseManagement::masked)
                .toList();
    }

    private FraudCase visible(long caseId, Caller caller) {
        caller.require(Permission.CASES_READ);
        FraudCase fraudCase = cases.find(caseId).orElseThrow(() -> new NotFoundException("case", caseId));
        boolean referredHere = caller.agencyId() != null
                && cases.pendingReferral(caseId)
                        .filter(r -> r.toAgencyId() == caller.agencyId())
                        .isPresent();
        if (!caller.mayActFor(fraudCase.agencyId()) && !referredHere) {
            throw new NotFoundException("case", caseId);
        }
        return fraudCase;
    }

    private FraudCase owned(long caseId, Caller caller) {
        FraudCase fraudCase = cases.find(caseId).orElseThrow(() -> new NotFoundException("case", caseId));
        if (!caller.mayActFor(fraudCase.agencyId())) {
            throw new NotFoundException("case", caseId);
        }
        return fraudCase;
    }

    private CaseView view(FraudCase c) {
        List<Long> reportIds = cases.reportsOf(c.id());
        return new CaseView(
                c.id(),
                c.caseNo(),
                PersonalData.text(c.title()),
                c.agencyId(),
                c.analyst(),
                c.status(),
                c.createdAt(),
                c.updatedAt(),
                c.anchorReportId(),
                reportIds.size(),
                cases.lossOf(c.id()),
                reportIds,
                cases.pendingReferral(c.id()).map(CaseManagement::masked).orElse(null));
    }

    private static TimelineEntry masked(TimelineEntry e) {
        return new TimelineEntry(e.id(), e.at(), e.actor(), e.kind(), PersonalData.text(e.detail()));
    }

    private static ReferralView masked(ReferralView r) {
        return new ReferralView(
                r.id(),
                r.caseId(),
                r.caseNo(),
                r.fromAgencyId(),
                r.toAgencyId(),
                r.status(),
                PersonalData.text(r.reason()),
                r.createdBy(),
                r.createdAt(),
                r.decidedBy(),
                r.decidedAt(),
                PersonalData.text(r.decisionNote()));
    }

    private static String text(String field, @Nullable String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new InvalidInputException(field, "must not be empty");
            }
            return "";
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new InvalidInputException(field, "at most " + max + " characters");
        }
        return stripped;
    }
}
