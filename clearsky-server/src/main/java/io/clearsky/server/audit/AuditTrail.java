package io.clearsky.server.audit;

import io.clearsky.server.AfterCommitListener;
import io.clearsky.server.GroupCommit;
import io.clearsky.server.agencies.AgencyEvents;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.agencies.Permission;
import io.clearsky.server.audit.internal.AuditRecords;
import io.clearsky.server.registry.ImportFinished;
import io.clearsky.server.registry.IndicatorChanged;
import io.clearsky.server.registry.IndicatorsReported;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends to and verifies the audit trail. Each record's hash is SHA-256 over the previous record's hash and this
 * record's fields, so changing or removing any record breaks every hash after it. Other modules' events arrive
 * through the event publication registry, so a crash between a change and its audit record loses neither.
 */
@Service
public class AuditTrail {

    static final String GENESIS = "0".repeat(64);

    private final AuditRecords records;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private final GroupCommit<List<Entry>> appender = new GroupCommit<>(this::appendNow, 100);

    AuditTrail(AuditRecords records, Clock clock, PlatformTransactionManager transactions) {
        this.records = records;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Appends one record, committed when this returns. */
    public void append(String actor, String action, String subject, @Nullable String detail) {
        appendAll(List.of(new Entry(actor, action, subject, detail)));
    }

    /** What one record says: who did what to which subject. */
    public record Entry(
            String actor,
            String action,
            String subject,
            @Nullable String detail) {}

    /**
     * Appends records in this order, chained and committed together when this returns. Records arriving from other
     * threads meanwhile are appended in the same transaction ({@link GroupCommit}): the chain is one line, so the
     * trail keeps up with a busy intake by writing more per transaction, not by writing side by side.
     */
    public void appendAll(List<Entry> entries) {
        if (!entries.isEmpty()) {
            appender.submit(entries);
        }
    }

    /**
     * Appends a group of entry lists under the group's lock, so records from one replica never race for a sequence
     * number; another replica that took it first makes this one try again.
     */
    private void appendNow(List<List<Entry>> group) {
        List<Entry> entries = group.stream().flatMap(List::stream).toList();
        for (int attempt = 1; ; attempt++) {
            try {
                ownTransaction.executeWithoutResult(tx -> {
                    AuditRecord last = records.last();
                    long seq = last == null ? 0 : last.seq();
                    String previous = last == null ? GENESIS : last.hash();
                    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
                    List<AuditRecord> appended = new ArrayList<>(entries.size());
                    for (Entry e : entries) {
                        seq++;
                        String hash = hash(seq, now, e.actor(), e.action(), e.subject(), e.detail(), previous);
                        appended.add(new AuditRecord(
                                seq, now, e.actor(), e.action(), e.subject(), e.detail(), previous, hash));
                        previous = hash;
                    }
                    records.insertAll(appended);
                });
                return;
            } catch (DuplicateKeyException anotherReplicaWasFirst) {
                if (attempt == 5) {
                    throw anotherReplicaWasFirst;
                }
            }
        }
    }

    /** Re-computes every hash and link, oldest first. */
    public ChainVerification verify(Caller caller) {
        caller.require(Permission.AUDIT_READ);
        long[] count = {0};
        Long[] broken = {null};
        String[] previous = {GENESIS};
        records.forEach(record -> {
            count[0]++;
            if (broken[0] != null) {
                return;
            }
            String expected = hash(
                    record.seq(),
                    record.occurredAt(),
                    record.actor(),
                    record.action(),
                    record.subject(),
                    record.detail(),
                    previous[0]);
            if (!record.previousHash().equals(previous[0]) || !record.hash().equals(expected)) {
                broken[0] = record.seq();
            }
            previous[0] = record.hash();
        });
        return new ChainVerification(broken[0] == null, count[0], broken[0]);
    }

    /** The newest records, newest first. */
    public List<AuditRecord> recent(int page, int size, Caller caller) {
        caller.require(Permission.AUDIT_READ);
        return records.recent(Math.max(0, page), Math.min(Math.max(1, size), 500));
    }

    @AfterCommitListener
    void on(IndicatorChanged e) {
        appendAll(List.of(entry(e)));
    }

    @AfterCommitListener
    void on(IndicatorsReported e) {
        appendAll(e.changes().stream().map(AuditTrail::entry).toList());
    }

    private static Entry entry(IndicatorChanged e) {
        return new Entry(
                e.actor(),
                "INDICATOR_" + e.action(),
                "indicator:" + e.indicatorId(),
                e.kind() + " " + e.value() + " " + (e.previousStatus() == null ? "new" : e.previousStatus()) + " -> "
                        + e.status());
    }

    @AfterCommitListener
    void on(ImportFinished e) {
        append(
                e.actor(),
                "IMPORT_" + e.status(),
                "import:" + e.jobId(),
                "agency " + e.agencyId() + ": " + e.accepted() + " rows listed, " + e.rejected() + " rejected");
    }

    @AfterCommitListener
    void on(AgencyEvents.AgencyRegistered e) {
        append(e.actor(), "AGENCY_REGISTERED", "agency:" + e.agencyId(), e.code() + " (" + e.kind() + ")");
    }

    @AfterCommitListener
    void on(AgencyEvents.ApiKeyIssued e) {
        append(e.actor(), "API_KEY_ISSUED", "agency:" + e.agencyId(), "key " + e.prefix());
    }

    @AfterCommitListener
    void on(AgencyEvents.ApiKeyRevoked e) {
        append(e.actor(), "API_KEY_REVOKED", "agency:" + e.agencyId(), "key " + e.prefix());
    }

    @AfterCommitListener
    void on(AgencyEvents.ApiKeyRotated e) {
        append(
                e.actor(),
                "API_KEY_ROTATED",
                "agency:" + e.agencyId(),
                "key " + e.prefix() + " -> " + e.newPrefix() + ", old key until " + e.oldExpiresAt());
    }

    @AfterCommitListener
    void on(AgencyEvents.UserLocked e) {
        append(
                "security",
                "USER_LOCKED",
                "user:" + e.username(),
                e.attempts() + " failed logins in a row; locked until " + e.until());
    }

    @AfterCommitListener
    void on(AgencyEvents.UserUnlocked e) {
        append(e.actor(), "USER_UNLOCKED", "user:" + e.username(), null);
    }

    @AfterCommitListener
    void on(AgencyEvents.UserCreated e) {
        append(e.actor(), "USER_CREATED", "user:" + e.username(), "role " + e.role());
    }

    @AfterCommitListener
    void on(AgencyEvents.PasswordChanged e) {
        append(e.username(), "PASSWORD_CHANGED", "user:" + e.username(), null);
    }

    @AfterCommitListener
    void on(io.clearsky.server.reports.ReportsFiled e) {
        List<Long> ids = e.reportIds();
        append(
                "intake",
                "REPORTS_FILED",
                "reports:" + ids.get(0) + (ids.size() > 1 ? ".." + ids.get(ids.size() - 1) : ""),
                ids.size() + " report(s)");
    }

    @AfterCommitListener
    void on(io.clearsky.server.reports.ReporterContactRevealed e) {
        append(e.actor(), "REPORTER_CONTACT_REVEALED", "report:" + e.reportId(), e.receiptNo() + ": " + e.reason());
    }

    @AfterCommitListener
    void on(io.clearsky.server.PersonalDataRevealed e) {
        append(
                e.actor(),
                "PERSONAL_DATA_REVEALED",
                e.resource() + ":" + e.resourceId(),
                String.join(", ", e.fields()) + ": " + e.reason());
    }

    @AfterCommitListener
    void on(io.clearsky.server.cases.ClusterFileable e) {
        append(
                "linkage",
                "CLUSTER_FILEABLE",
                "cluster:" + e.clusterId(),
                e.reports() + " reports, " + e.victims() + " victims, "
                        + e.totalLossCny().toPlainString() + " yuan >= "
                        + e.threshold().toPlainString() + "; jurisdiction " + e.jurisdiction() + ", agency "
                        + e.agencyId());
    }

    @AfterCommitListener
    void on(io.clearsky.server.cases.CaseEvents.CaseOpened e) {
        append(
                e.actor(),
                "CASE_OPENED",
                "case:" + e.caseId(),
                e.caseNo() + ", agency " + e.agencyId() + ", " + e.reports() + " report(s)");
    }

    @AfterCommitListener
    void on(io.clearsky.server.cases.CaseEvents.CaseStatusChanged e) {
        append(e.actor(), "CASE_STATUS_CHANGED", "case:" + e.caseId(), e.caseNo() + " " + e.from() + " -> " + e.to());
    }

    @AfterCommitListener
    void on(io.clearsky.server.cases.CaseEvents.CaseReferred e) {
        append(
                e.actor(),
                "CASE_REFERRED",
                "case:" + e.caseId(),
                e.caseNo() + " from agency " + e.fromAgencyId() + " to agency " + e.toAgencyId() + " (referral "
                        + e.referralId() + ")");
    }

    @AfterCommitListener
    void on(io.clearsky.server.cases.CaseEvents.ReferralDecided e) {
        append(
                e.actor(),
                e.accepted() ? "REFERRAL_ACCEPTED" : "REFERRAL_DECLINED",
                "case:" + e.caseId(),
                e.caseNo() + " referral " + e.referralId() + (e.note() == null ? "" : ": " + e.note()));
    }

    @AfterCommitListener
    void on(io.clearsky.server.cases.CaseEvents.ReportsJoined e) {
        append("linkage", "CASE_REPORTS_JOINED", "case:" + e.caseId(), e.caseNo() + ": " + e.reports() + " report(s)");
    }

    @AfterCommitListener
    void on(io.clearsky.server.cases.CaseEvents.IdentifierExcluded e) {
        append(
                e.actor(),
                "LINK_IDENTIFIER_EXCLUDED",
                "link:" + e.key(),
                e.reason() + " (linked clusters " + e.clustersBefore() + " -> " + e.clustersAfter() + ")");
    }

    @AfterCommitListener
    void on(io.clearsky.server.funds.FundsEvents.TransfersReceived e) {
        append(
                e.actor(),
                "TRANSFERS_RECEIVED",
                "agency:" + e.partnerId(),
                e.added() + " transfer(s) added, " + e.updated() + " status update(s)");
    }

    @AfterCommitListener
    void on(io.clearsky.server.funds.FundsEvents.OrderChanged e) {
        append(
                e.actor(),
                "ORDER_" + e.action(),
                "order:" + e.orderId(),
                e.orderNo() + " " + e.kind() + " " + e.status() + ", agency " + e.agencyId() + " to partner "
                        + e.partnerId() + (e.caseId() == null ? "" : ", case " + e.caseId()) + ": " + e.detail());
    }

    @AfterCommitListener
    void on(io.clearsky.server.funds.FundsEvents.AssistanceChanged e) {
        append(
                e.actor(),
                "ASSISTANCE_" + e.action(),
                "assistance:" + e.requestId(),
                e.requestNo() + ", agency " + e.agencyId() + " to partner " + e.partnerId()
                        + (e.detail().isEmpty() ? "" : ": " + e.detail()));
    }

    @AfterCommitListener
    void on(io.clearsky.server.funds.FundsEvents.RecoveryRecorded e) {
        append(
                e.actor(),
                "RECOVERY_RECORDED",
                "case:" + e.caseId(),
                e.amount().amount() + " " + e.amount().currency() + " returned"
                        + (e.orderId() == null ? "" : " from order " + e.orderId()) + " (recovery " + e.recoveryId()
                        + ")");
    }

    @AfterCommitListener
    void on(io.clearsky.server.warning.WarningEvents.EventsReceived e) {
        append(
                e.actor(),
                "WARNING_EVENTS_RECEIVED",
                "agency:" + e.agencyId(),
                e.accepted() + " event(s) accepted, " + e.duplicates() + " duplicate(s), " + e.decisions()
                        + " decision(s)");
    }

    @AfterCommitListener
    void on(io.clearsky.server.warning.WarningEvents.RulesChanged e) {
        append(e.actor(), "WARNING_RULES_CHANGED", "rules:" + e.version(), e.name() + " (" + e.source() + ")");
    }

    @AfterCommitListener
    void on(io.clearsky.server.warning.WarningEvents.DissuasionTaskChanged e) {
        append(
                e.actor(),
                "DISSUASION_" + e.action(),
                "dissuasion-task:" + e.taskId(),
                "centre " + e.centreId() + (e.detail().isEmpty() ? "" : ": " + e.detail()));
    }

    static String hash(
            long seq,
            Instant at,
            String actor,
            String action,
            String subject,
            @Nullable String detail,
            String previous) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String canonical = previous
                    + '\n'
                    + seq
                    + '\n'
                    + at
                    + '\n'
                    + actor
                    + '\n'
                    + action
                    + '\n'
                    + subject
                    + '\n'
                    + (detail == null ? "" : detail);
            return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
