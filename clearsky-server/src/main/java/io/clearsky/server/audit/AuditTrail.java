package io.clearsky.server.audit;

import io.clearsky.server.agencies.AgencyEvents;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.agencies.Permission;
import io.clearsky.server.audit.internal.AuditRecords;
import io.clearsky.server.audit.internal.AuditRecords.NewRecord;
import io.clearsky.server.audit.internal.AuditSealer;
import io.clearsky.server.audit.internal.ChainVerifier;
import io.clearsky.server.registry.ImportFinished;
import io.clearsky.server.registry.IndicatorChanged;
import io.clearsky.server.registry.IndicatorsReported;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends to and verifies the audit trail. Every audited event is recorded in the transaction that published it, as
 * that transaction's last write, so a change and its record commit or roll back together; the record says who (actor,
 * agency), from where (client address, or the thread for work without a request), what and when. The
 * {@link AuditSealer} then chains committed records: each one's hash is SHA-256 over the previous record's hash and
 * this record's fields, so changing or removing any record breaks the chain at that record.
 */
@Service
public class AuditTrail {

    /** What a subject's kind looks like: {@code case}, {@code dissuasion-task}. */
    private static final java.util.regex.Pattern SUBJECT_KIND = java.util.regex.Pattern.compile("[a-z][a-z-]{0,39}");

    private final AuditRecords records;
    private final AuditSealer sealer;
    private final ChainVerifier verifier;
    private final Clock clock;

    AuditTrail(AuditRecords records, AuditSealer sealer, ChainVerifier verifier, Clock clock) {
        this.records = records;
        this.sealer = sealer;
        this.verifier = verifier;
        this.clock = clock;
    }

    /**
     * What one record says: who did what to which subject.
     *
     * @param actorsAgency the actor's agency as the event knows it, for work done away from the actor's request
     */
    private record Entry(
            String actor,
            @Nullable Long actorsAgency,
            String action,
            String subject,
            @Nullable String detail) {}

    /** Re-computes every hash and link in chain order and counts the records not sealed yet. */
    public ChainVerification verify(Caller caller) {
        caller.require(Permission.AUDIT_READ);
        return verifier.verify(clock.instant());
    }

    /**
     * The newest records that match the filter, newest first: all of them for an admin or a platform auditor (one
     * without an agency), those written by people and systems of its centres for a centre's auditor.
     */
    public List<AuditRecord> find(AuditFilter filter, int page, int size, Caller caller) {
        caller.require(Permission.AUDIT_READ);
        if (filter.kind() != null && !SUBJECT_KIND.matcher(filter.kind()).matches()) {
            throw new io.clearsky.server.InvalidInputException(
                    "kind",
                    "a subject's kind, the part before its colon: lower-case letters and hyphens, e.g. bulletin");
        }
        java.util.Set<Long> agencies = caller.seesAll() || caller.agencyId() == null ? null : caller.agencies();
        List<AuditRecord> found = records.find(filter, agencies, Math.max(0, page), Math.min(Math.max(1, size), 500));
        // details quote notes and reasons, which may name victims: masked for a reader who may not reveal them
        return caller.may(Permission.PII_REVEAL)
                ? found
                : found.stream().map(AuditRecord::withPersonalDataMasked).toList();
    }

    private void record(String actor, String action, String subject, @Nullable String detail) {
        record(List.of(new Entry(actor, null, action, subject, detail)));
    }

    /**
     * Inserts the entries, unsealed, in the current transaction (or on their own when there is none), and has the
     * sealer woken once they commit.
     */
    private void record(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String address = address();
        records.insert(entries.stream()
                .map(e -> new NewRecord(
                        now,
                        e.actor(),
                        agencyOf(e.actor(), e.actorsAgency()),
                        address,
                        e.action(),
                        e.subject(),
                        e.detail()))
                .toList());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    sealer.wake();
                }
            });
        } else {
            sealer.wake();
        }
    }

    /**
     * The agency of the caller on this thread, if that caller is the actor (work done on one thread for another's
     * request must not be put down to the thread's own caller); else the agency the event names, if any (a system
     * actor such as the linkage has none).
     */
    private static @Nullable Long agencyOf(String actor, @Nullable Long actorsAgency) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.getPrincipal() instanceof Caller caller
                && caller.name().equals(actor)) {
            return caller.agencyId();
        }
        return actorsAgency;
    }

    /**
     * The client's address for a request (the proxy's, unless {@code server.forward-headers-strategy} says the
     * server is behind one it trusts), else the thread's name: the listener or job that made the change.
     */
    private static String address() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            return request.getRequest().getRemoteAddr();
        }
        return "thread " + Thread.currentThread().getName();
    }

    @AuditListener
    void on(IndicatorChanged e) {
        record(List.of(entry(e)));
    }

    @AuditListener
    void on(IndicatorsReported e) {
        record(e.changes().stream().map(AuditTrail::entry).toList());
    }

    private static Entry entry(IndicatorChanged e) {
        return new Entry(
                e.actor(),
                null,
                "INDICATOR_" + e.action(),
                "indicator:" + e.indicatorId(),
                e.kind() + " " + e.value() + " " + (e.previousStatus() == null ? "new" : e.previousStatus()) + " -> "
                        + e.status());
    }

    @AuditListener
    void on(ImportFinished e) {
        record(List.of(new Entry(
                e.actor(),
                e.agencyId(),
                "IMPORT_" + e.status(),
                "import:" + e.jobId(),
                "agency " + e.agencyId() + ": " + e.accepted() + " rows listed, " + e.rejected() + " rejected")));
    }

    @AuditListener
    void on(AgencyEvents.AgencyRegistered e) {
        record(e.actor(), "AGENCY_REGISTERED", "agency:" + e.agencyId(), e.code() + " (" + e.kind() + ")");
    }

    @AuditListener
    void on(AgencyEvents.ApiKeyIssued e) {
        record(e.actor(), "API_KEY_ISSUED", "agency:" + e.agencyId(), "key " + e.prefix());
    }

    @AuditListener
    void on(AgencyEvents.ApiKeyRevoked e) {
        record(e.actor(), "API_KEY_REVOKED", "agency:" + e.agencyId(), "key " + e.prefix());
    }

    @AuditListener
    void on(AgencyEvents.ApiKeyRotated e) {
        record(
                e.actor(),
                "API_KEY_ROTATED",
                "agency:" + e.agencyId(),
                "key " + e.prefix() + " -> " + e.newPrefix() + ", old key until " + e.oldExpiresAt());
    }

    @AuditListener
    void on(AgencyEvents.UserLocked e) {
        record(
                "security",
                "USER_LOCKED",
                "user:" + e.username(),
                e.attempts() + " failed logins in a row; locked until " + e.until());
    }

    @AuditListener
    void on(AgencyEvents.UserUnlocked e) {
        record(e.actor(), "USER_UNLOCKED", "user:" + e.username(), null);
    }

    @AuditListener
    void on(io.clearsky.server.PersonalDataRevealed e) {
        record(
                e.actor(),
                "PERSONAL_DATA_REVEALED",
                e.resource() + ":" + e.resourceId(),
                String.join(", ", e.fields()) + ": " + e.reason());
    }

    @AuditListener
    void on(AgencyEvents.UserCreated e) {
        record(e.actor(), "USER_CREATED", "user:" + e.username(), "role " + e.role());
    }

    @AuditListener
    void on(AgencyEvents.PasswordChanged e) {
        record(e.username(), "PASSWORD_CHANGED", "user:" + e.username(), null);
    }

    @AuditListener
    void on(io.clearsky.server.reports.ReportsFiled e) {
        List<Long> ids = e.reportIds();
        record(
                "intake",
                "REPORTS_FILED",
                "reports:" + ids.get(0) + (ids.size() > 1 ? ".." + ids.get(ids.size() - 1) : ""),
                ids.size() + " report(s)");
    }

    @AuditListener
    void on(io.clearsky.server.reports.ReporterContactRevealed e) {
        record(e.actor(), "REPORTER_CONTACT_REVEALED", "report:" + e.reportId(), e.receiptNo() + ": " + e.reason());
    }

    @AuditListener
    void on(io.clearsky.server.cases.ClusterFileable e) {
        record(
                "linkage",
                "CLUSTER_FILEABLE",
                "cluster:" + e.clusterId(),
                e.reports() + " reports, " + e.victims() + " victims, "
                        + e.totalLossCny().toPlainString() + " yuan >= "
                        + e.threshold().toPlainString() + "; jurisdiction " + e.jurisdiction() + ", agency "
                        + e.agencyId());
    }

    @AuditListener
    void on(io.clearsky.server.cases.CaseEvents.CaseOpened e) {
        record(
                e.actor(),
                "CASE_OPENED",
                "case:" + e.caseId(),
                e.caseNo() + ", agency " + e.agencyId() + ", " + e.reports() + " report(s)");
    }

    @AuditListener
    void on(io.clearsky.server.cases.CaseEvents.CaseStatusChanged e) {
        record(e.actor(), "CASE_STATUS_CHANGED", "case:" + e.caseId(), e.caseNo() + " " + e.from() + " -> " + e.to());
    }

    @AuditListener
    void on(io.clearsky.server.cases.CaseEvents.CaseReferred e) {
        record(
                e.actor(),
                "CASE_REFERRED",
                "case:" + e.caseId(),
                e.caseNo() + " from agency " + e.fromAgencyId() + " to agency " + e.toAgencyId() + " (referral "
                        + e.referralId() + ")");
    }

    @AuditListener
    void on(io.clearsky.server.cases.CaseEvents.ReferralDecided e) {
        record(
                e.actor(),
                e.accepted() ? "REFERRAL_ACCEPTED" : "REFERRAL_DECLINED",
                "case:" + e.caseId(),
                e.caseNo() + " referral " + e.referralId() + (e.note() == null ? "" : ": " + e.note()));
    }

    @AuditListener
    void on(io.clearsky.server.cases.CaseEvents.ReportsJoined e) {
        record("linkage", "CASE_REPORTS_JOINED", "case:" + e.caseId(), e.caseNo() + ": " + e.reports() + " report(s)");
    }

    @AuditListener
    void on(io.clearsky.server.cases.CaseEvents.IdentifierExcluded e) {
        record(
                e.actor(),
                "LINK_IDENTIFIER_EXCLUDED",
                "link:" + e.key(),
                e.reason() + " (linked clusters " + e.clustersBefore() + " -> " + e.clustersAfter() + ")");
    }

    @AuditListener
    void on(io.clearsky.server.funds.FundsEvents.WebhookChanged e) {
        record(
                e.actor(),
                "WEBHOOK_" + e.action(),
                "agency:" + e.partnerId(),
                e.url() == null ? "deliveries stopped" : e.url() + " with a new signing secret");
    }

    @AuditListener
    void on(io.clearsky.server.funds.FundsEvents.TransfersReceived e) {
        record(
                e.actor(),
                "TRANSFERS_RECEIVED",
                "agency:" + e.partnerId(),
                e.added() + " transfer(s) added, " + e.updated() + " status update(s)");
    }

    @AuditListener
    void on(io.clearsky.server.funds.FundsEvents.OrderChanged e) {
        record(
                e.actor(),
                "ORDER_" + e.action(),
                "order:" + e.orderId(),
                e.orderNo() + " " + e.kind() + " " + e.status() + ", agency " + e.agencyId() + " to partner "
                        + e.partnerId() + (e.caseId() == null ? "" : ", case " + e.caseId()) + ": " + e.detail());
    }

    @AuditListener
    void on(io.clearsky.server.funds.FundsEvents.AssistanceChanged e) {
        record(
                e.actor(),
                "ASSISTANCE_" + e.action(),
                "assistance:" + e.requestId(),
                e.requestNo() + ", agency " + e.agencyId() + " to partner " + e.partnerId()
                        + (e.detail().isEmpty() ? "" : ": " + e.detail()));
    }

    @AuditListener
    void on(io.clearsky.server.funds.FundsEvents.RecoveryRecorded e) {
        record(
                e.actor(),
                "RECOVERY_RECORDED",
                "case:" + e.caseId(),
                e.amount().amount() + " " + e.amount().currency() + " returned"
                        + (e.orderId() == null ? "" : " from order " + e.orderId()) + " (recovery " + e.recoveryId()
                        + ")");
    }

    @AuditListener
    void on(io.clearsky.server.warning.WarningEvents.EventsReceived e) {
        record(
                e.actor(),
                "WARNING_EVENTS_RECEIVED",
                "agency:" + e.agencyId(),
                e.accepted() + " event(s) accepted, " + e.duplicates() + " duplicate(s), " + e.decisions()
                        + " decision(s)");
    }

    @AuditListener
    void on(io.clearsky.server.warning.WarningEvents.RulesChanged e) {
        record(e.actor(), "WARNING_RULES_CHANGED", "rules:" + e.version(), e.name() + " (" + e.source() + ")");
    }

    @AuditListener
    void on(io.clearsky.server.warning.WarningEvents.DissuasionTaskChanged e) {
        record(
                e.actor(),
                "DISSUASION_" + e.action(),
                "dissuasion-task:" + e.taskId(),
                "centre " + e.centreId() + (e.detail().isEmpty() ? "" : ": " + e.detail()));
    }

    @AuditListener
    void on(io.clearsky.server.bulletins.BulletinEvents.BulletinPublished e) {
        record(
                e.actor(),
                "BULLETIN_PUBLISHED",
                "bulletin:" + e.bulletinId(),
                "agency " + e.agencyId() + ", region " + e.regionCode() + ", " + e.scamType() + ", " + e.window());
    }

    @AuditListener
    void on(io.clearsky.server.bulletins.BulletinEvents.BulletinWithdrawn e) {
        record(
                e.actor(),
                "BULLETIN_WITHDRAWN",
                "bulletin:" + e.bulletinId(),
                "agency " + e.agencyId() + ", " + e.markersPurged() + " delivery marker(s) deleted");
    }
}
