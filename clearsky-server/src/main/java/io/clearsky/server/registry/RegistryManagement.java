package io.clearsky.server.registry;

import static java.util.stream.Collectors.toList;

import io.clearsky.core.identifier.Identifier;
import io.clearsky.core.identifier.IndicatorKind;
import io.clearsky.core.indicator.IndicatorSource;
import io.clearsky.core.indicator.IndicatorStatus;
import io.clearsky.core.indicator.ListingPolicy;
import io.clearsky.core.indicator.ScamType;
import io.clearsky.server.AfterCommitListener;
import io.clearsky.server.GroupCommit;
import io.clearsky.server.InvalidInputException;
import io.clearsky.server.NotFoundException;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.agencies.Permission;
import io.clearsky.server.registry.internal.Indicator;
import io.clearsky.server.registry.internal.IndicatorFilter;
import io.clearsky.server.registry.internal.Indicators;
import io.clearsky.server.reports.FiledReport;
import io.clearsky.server.reports.ReportManagement;
import io.clearsky.server.reports.ReportedIdentifier;
import io.clearsky.server.reports.ReportsFiled;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The registry's use cases: list, report, verify, allowlist, expire and keep alive. Each checks who may do it
 * first, changes one indicator through its own rules, and publishes {@link IndicatorChanged} for the audit trail.
 */
@Service
public class RegistryManagement {

    /**
     * Characters of event text per {@link IndicatorsReported}, well within the 1,000,000 the publication registry
     * keeps on H2 (migration V3_1). Under load a group of batches is one event, which the audit trail writes in one
     * transaction; an event per change, or per few changes, would cost the publication registry two commits each.
     */
    private static final int EVENT_TEXT_BUDGET = 400_000;
    /** Batches of citizens' reports recorded in one transaction when they arrive faster than they are recorded. */
    private static final int MAX_BATCHES_TOGETHER = 20;

    private final Indicators indicators;
    private final ReportManagement reports;
    private final ListingPolicy policy;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final TransactionTemplate ownTransactions;
    private final GroupCommit<ReportsFiled> citizenReports;
    private final Clock clock;

    RegistryManagement(
            Indicators indicators,
            ReportManagement reports,
            ListingPolicy policy,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock) {
        this.indicators = indicators;
        this.reports = reports;
        this.policy = policy;
        this.events = events;
        this.transactions = transactions;
        // a listener already runs in a transaction; each retried step needs one of its own to roll back alone
        this.ownTransactions = new TransactionTemplate(transactions.getTransactionManager());
        this.ownTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.citizenReports = new GroupCommit<>(this::recordCitizenReports, MAX_BATCHES_TOGETHER);
    }

    /** An anti-fraud centre lists an identifier it verified. */
    public IndicatorView list(
            Identifier identifier, @Nullable ScamType scamType, @Nullable String note, Caller caller) {
        caller.require(Permission.INDICATORS_WRITE);
        long agency = caller.requireAgency();
        return change(
                identifier,
                caller,
                "LISTED",
                i -> i.verify(agency, scamType, note, IndicatorSource.POLICE_LIST, clock.instant(), policy));
    }

    /** An anti-fraud centre confirms a reported or suspected indicator. */
    public IndicatorView verify(long id, @Nullable ScamType scamType, Caller caller) {
        caller.require(Permission.INDICATORS_WRITE);
        long agency = caller.requireAgency();
        Indicator indicator = indicators.find(id).orElseThrow(() -> new NotFoundException("indicator", id));
        return change(
                indicator.identifier(),
                caller,
                "VERIFIED",
                i -> i.verify(agency, scamType, null, IndicatorSource.POLICE_LIST, clock.instant(), policy));
    }

    /**
     * A citizen reports an identifier through a partner app, or a partner's own systems detected it. One reporter
     * counts once per identifier; a repeated report changes nothing and says so.
     *
     * @param reporter the partner's stable pseudonymous id of the reporting person (or of the detector)
     */
    public ReportOutcome report(
            Identifier identifier,
            String reporter,
            IndicatorSource source,
            @Nullable ScamType scamType,
            Caller caller) {
        caller.require(Permission.INDICATORS_REPORT);
        long agency = caller.requireAgency();
        if (reporter == null || reporter.isBlank() || reporter.length() > 128) {
            throw new InvalidInputException("reporter", "the reporter's pseudonymous id, 1 to 128 characters");
        }
        if (source == IndicatorSource.POLICE_LIST) {
            throw new InvalidInputException(
                    "source", "a report is CITIZEN_REPORT or PARTNER_DETECTION; centres list indicators");
        }
        return record(
                identifier, agency + ":" + reporter.strip(), agency, source, scamType, caller.name(), transactions);
    }

    private ReportOutcome record(
            Identifier identifier,
            String reporterKey,
            @Nullable Long agency,
            IndicatorSource source,
            @Nullable ScamType scamType,
            String actor,
            TransactionTemplate transaction) {
        return retrying(
                () -> transaction.execute(tx -> recordNow(identifier, reporterKey, agency, source, scamType, actor)));
    }

    /** Records one report of an identifier in the current transaction. */
    private ReportOutcome recordNow(
            Identifier identifier,
            String reporterKey,
            @Nullable Long agency,
            IndicatorSource source,
            @Nullable ScamType scamType,
            String actor) {
        Instant now = clock.instant();
        Indicator indicator = indicators
                .find(identifier.kind(), identifier.value())
                .orElseGet(() -> Indicator.fresh(identifier, now));
        IndicatorStatus before = indicator.id() == null ? null : indicator.status();
        if (indicator.id() == null) {
            indicator.report(source, 1, scamType, now, policy);
            indicators.save(indicator);
            indicators.addReport(indicator.id(), reporterKey, agency, source, scamType, now);
        } else {
            indicator.refuseIfAllowlisted();
            if (!indicators.addReport(indicator.id(), reporterKey, agency, source, scamType, now)) {
                return new ReportOutcome(indicator.view(), false);
            }
            indicator.reportedBy(source, 1, scamType, now, policy);
            indicators.save(indicator);
        }
        published(indicator, before, source == IndicatorSource.CITIZEN_REPORT ? "REPORTED" : "DETECTED", actor);
        return new ReportOutcome(indicator.view(), true);
    }

    /**
     * Every readable identifier in citizens' reports counts as a citizen report of it; the victim counts once per
     * identifier, whichever channel they reported through. Official numbers on the allowlist are left alone.
     * Batches are recorded one after another: the same gang's numbers come up in many of them at once, and recording
     * them side by side would only make the writers retry each other. Batches that arrive while one is being
     * recorded are recorded together ({@link GroupCommit}), in one transaction of a handful of
     * set-based statements whatever its size, so a gang's number is updated once for all of them; the new indicators
     * and changed statuses are announced with {@link IndicatorsReported}. Another writer in the way makes it try
     * again.
     */
    @AfterCommitListener
    void on(ReportsFiled filed) {
        citizenReports.submit(filed);
    }

    private void recordCitizenReports(List<ReportsFiled> group) {
        Map<Identifier, List<FiledReport>> byIdentifier = new LinkedHashMap<>();
        List<Long> ids =
                group.stream().flatMap(filed -> filed.reportIds().stream()).toList();
        for (FiledReport report : reports.filed(ids)) {
            for (ReportedIdentifier reported : report.identifiers()) {
                Identifier identifier = reported.identifier();
                if (identifier != null) {
                    byIdentifier
                            .computeIfAbsent(identifier, k -> new ArrayList<>())
                            .add(report);
                }
            }
        }
        if (!byIdentifier.isEmpty()) {
            retrying(() -> ownTransactions.execute(tx -> recordInOneTransaction(byIdentifier)));
        }
    }

    private int recordInOneTransaction(Map<Identifier, List<FiledReport>> byIdentifier) {
        Map<Identifier, Indicator> existing = new HashMap<>();
        byIdentifier.keySet().stream()
                .collect(Collectors.groupingBy(Identifier::kind, Collectors.mapping(Identifier::value, toList())))
                .forEach((kind, values) ->
                        indicators.findAll(kind, values).values().forEach(i -> existing.put(i.identifier(), i)));
        Map<Long, List<String>> asked = new HashMap<>();
        existing.forEach((identifier, indicator) -> asked.put(
                indicator.id(),
                byIdentifier.get(identifier).stream()
                        .map(RegistryManagement::reporterOf)
                        .distinct()
                        .toList()));
        Map<Long, Set<String>> known = indicators.knownReporters(asked);
        List<Counted> counted = new ArrayList<>();
        byIdentifier.forEach((identifier, filedReports) -> {
            Indicator indicator = existing.get(identifier);
            if (indicator != null && indicator.status() == IndicatorStatus.ALLOWLISTED) {
                return;
            }
            Set<String> before = indicator == null ? Set.of() : known.getOrDefault(indicator.id(), Set.of());
            Map<String, FiledReport> fresh = new LinkedHashMap<>();
            for (FiledReport report : filedReports) {
                if (!before.contains(reporterOf(report))) {
                    fresh.putIfAbsent(reporterOf(report), report);
                }
            }
            if (fresh.isEmpty()) {
                return;
            }
            FiledReport first = fresh.values().iterator().next();
            Instant latest = fresh.values().stream()
                    .map(FiledReport::receivedAt)
                    .max(Instant::compareTo)
                    .orElseThrow();
            IndicatorStatus previous = indicator == null ? null : indicator.status();
            Indicator reported = indicator == null ? Indicator.fresh(identifier, latest) : indicator;
            reported.reportedBy(IndicatorSource.CITIZEN_REPORT, fresh.size(), first.scamType(), latest, policy);
            counted.add(new Counted(reported, previous, List.copyOf(fresh.values())));
        });
        indicators.saveAll(counted.stream().map(Counted::indicator).toList());
        // saved: new indicators have their ids now
        List<Indicators.Reported> rows = new ArrayList<>();
        List<IndicatorChanged> changes = new ArrayList<>();
        for (Counted c : counted) {
            Indicator indicator = c.indicator();
            for (FiledReport r : c.reports()) {
                rows.add(new Indicators.Reported(
                        indicator.id(),
                        reporterOf(r),
                        r.sourceAgencyId(),
                        IndicatorSource.CITIZEN_REPORT,
                        r.scamType(),
                        r.receivedAt()));
            }
            if (c.previous() != indicator.status()) {
                changes.add(new IndicatorChanged(
                        indicator.id(),
                        indicator.kind(),
                        indicator.value(),
                        c.previous(),
                        indicator.status(),
                        "REPORTED",
                        "report:" + c.reports().get(0).receiptNo()));
            }
        }
        indicators.addReports(rows);
        IndicatorsReported.inParts(changes, EVENT_TEXT_BUDGET).forEach(events::publishEvent);
        return rows.size();
    }

    /** An indicator counted with the reports of victims new to it, and its status before. */
    private record Counted(Indicator indicator, @Nullable IndicatorStatus previous, List<FiledReport> reports) {}

    private static String reporterOf(FiledReport report) {
        return "victim:" + report.victimKey();
    }

    /** Puts an official number on the allowlist (admin only); it can never be listed afterwards. */
    public IndicatorView allowlist(Identifier identifier, @Nullable String note, Caller caller) {
        caller.require(Permission.PLATFORM_ADMIN);
        return change(identifier, caller, "ALLOWLISTED", i -> i.allowlist(note, clock.instant()));
    }

    /** One indicator. */
    public IndicatorView get(long id) {
        return indicators.find(id).map(Indicator::view).orElseThrow(() -> new NotFoundException("indicator", id));
    }

    /** The ids of the indicators of one kind among these values, by value (a query for other modules). */
    public java.util.Map<String, Long> idsOf(
            io.clearsky.core.identifier.IndicatorKind kind, java.util.Collection<String> values) {
        java.util.Map<String, Long> ids = new java.util.HashMap<>();
        indicators.findAll(kind, values).forEach((value, indicator) -> ids.put(value, indicator.id()));
        return ids;
    }

    /** Every official number on the allowlist: none of them is ever listed, nor links reports together. */
    public java.util.Set<Identifier> allowlisted() {
        IndicatorFilter filter = new IndicatorFilter(null, IndicatorStatus.ALLOWLISTED, null, null, null);
        java.util.Set<Identifier> all = new java.util.HashSet<>();
        for (int page = 0; ; page++) {
            List<Indicator> batch = indicators.page(filter, page, 1000);
            batch.forEach(i -> all.add(i.identifier()));
            if (batch.size() < 1000) {
                return all;
            }
        }
    }

    /** How many indicators an agency has listed, current and lapsed; all agencies' when null. */
    public long countListed(@Nullable Long agencyId) {
        return indicators.countListed(agencyId);
    }

    /** One page of indicators matching a filter. */
    public Page<IndicatorView> page(IndicatorFilter filter, int page, int size) {
        if (page < 0) {
            throw new InvalidInputException("page", "must be 0 or more");
        }
        if (size < 1 || size > 500) {
            throw new InvalidInputException("size", "must be 1 to 500");
        }
        return new Page<>(
                indicators.page(filter, page, size).stream()
                        .map(Indicator::view)
                        .toList(),
                page,
                size,
                indicators.count(filter));
    }

    /**
     * One page of indicators for a person of a centre: filtered by kind, status, scam type and listing agency, and by
     * a value as typed. The value is read as the API reads identifiers (of the kind asked for, or of every kind that
     * reads it), so {@code 138 0013 8000} finds {@code +8613800138000}; text no kind reads is searched as it is.
     */
    public Page<IndicatorView> search(
            @Nullable IndicatorKind kind,
            @Nullable IndicatorStatus status,
            @Nullable ScamType scamType,
            @Nullable Long agencyId,
            @Nullable String value,
            int page,
            int size,
            Caller caller) {
        caller.require(Permission.INDICATORS_READ);
        if (page < 0) {
            throw new InvalidInputException("page", "must be 0 or more");
        }
        if (size < 1 || size > 500) {
            throw new InvalidInputException("size", "must be 1 to 500");
        }
        List<String> texts = new ArrayList<>();
        if (value != null && !value.isBlank()) {
            if (value.length() > 2048) {
                throw new InvalidInputException("value", "at most 2048 characters");
            }
            texts.add(value.strip());
            for (IndicatorKind k : kind == null ? IndicatorKind.values() : new IndicatorKind[] {kind}) {
                try {
                    texts.add(io.clearsky.core.identifier.Identifiers.parse(k, value)
                            .value());
                } catch (RuntimeException unreadable) {
                    // not an identifier of this kind: the text as typed is searched all the same
                }
            }
        }
        Indicators.PageOf found =
                indicators.search(new IndicatorFilter(kind, status, scamType, agencyId, null), texts, page, size);
        return new Page<>(found.items().stream().map(Indicator::view).toList(), page, size, found.total());
    }

    /** One indicator, for a person who may read the registry. */
    public IndicatorView get(long id, Caller caller) {
        caller.require(Permission.INDICATORS_READ);
        return get(id);
    }

    /** An indicator with the newest of its reports (at most {@code limit}) and how many came from each source. */
    public IndicatorEvidence evidence(long id, int limit, Caller caller) {
        IndicatorView indicator = get(id, caller);
        List<IndicatorEvidence.Report> reports = indicators.reportsOf(id, Math.max(1, Math.min(limit, 500))).stream()
                .map(r -> new IndicatorEvidence.Report(r.source(), r.agencyId(), r.type(), r.at()))
                .toList();
        return new IndicatorEvidence(indicator, reports, indicators.reportSources(id));
    }

    /**
     * The SUSPECTED indicators waiting for a centre to confirm or reject them, the most reported first, then the
     * longest waiting. Indicators are shared nationally, so every centre sees the same queue.
     */
    public Page<IndicatorView> reviewQueue(int page, int size, Caller caller) {
        caller.require(Permission.INDICATORS_READ);
        if (page < 0) {
            throw new InvalidInputException("page", "must be 0 or more");
        }
        if (size < 1 || size > 500) {
            throw new InvalidInputException("size", "must be 1 to 500");
        }
        IndicatorFilter suspected = new IndicatorFilter(null, IndicatorStatus.SUSPECTED, null, null, null);
        return new Page<>(
                indicators.suspected(page, size).stream().map(Indicator::view).toList(),
                page,
                size,
                indicators.count(suspected));
    }

    /**
     * A centre judged a reported or suspected indicator's evidence not enough: it goes back to REPORTED and warns no
     * more (409 for any other status). Its reports stay counted, so a reporter new to it brings it back as SUSPECTED.
     */
    public IndicatorView reject(long id, Caller caller) {
        caller.require(Permission.INDICATORS_WRITE);
        caller.requireAgency();
        Indicator indicator = indicators.find(id).orElseThrow(() -> new NotFoundException("indicator", id));
        return retrying(() -> transactions.execute(tx -> {
            Indicator current =
                    indicators.find(indicator.id()).orElseThrow(() -> new NotFoundException("indicator", id));
            IndicatorStatus before = current.status();
            if (before == IndicatorStatus.REPORTED) {
                // rejected already (or never suspected): nothing changes, so nothing is published or audited
                return current.view();
            }
            current.reject(clock.instant(), policy);
            indicators.save(current);
            published(current, before, "REJECTED", caller.name());
            return current.view();
        }));
    }

    /**
     * How many indicators the caller's centre has on its list (it verified them first), per status and kind; for an
     * admin, the given agency's.
     */
    public List<IndicatorEvidence.Tally> tally(@Nullable Long agencyId, Caller caller) {
        caller.require(Permission.INDICATORS_READ);
        long agency = agencyId != null && caller.seesAll() ? agencyId : caller.requireAgency();
        return indicators.tally(agency).stream()
                .map(t -> new IndicatorEvidence.Tally(t.status(), t.kind(), t.count()))
                .toList();
    }

    /** Lapses listings past their expiry day; runs every hour and at start. */
    @Scheduled(initialDelay = 10_000, fixedDelay = 3_600_000)
    public int expireDue() {
        LocalDate today = LocalDate.now(clock.withZone(Indicator.ZONE));
        int expired = 0;
        List<Long> due;
        do {
            due = indicators.dueToExpire(today, 1000);
            for (long id : due) {
                Boolean changed = transactions.execute(tx -> indicators
                        .find(id)
                        .map(i -> {
                            IndicatorStatus before = i.status();
                            if (!i.expireIfDue(today, clock.instant())) {
                                return false;
                            }
                            indicators.save(i);
                            published(i, before, "EXPIRED", "system");
                            return true;
                        })
                        .orElse(false));
                expired += Boolean.TRUE.equals(changed) ? 1 : 0;
            }
        } while (due.size() == 1000);
        return expired;
    }

    /** Sightings keep listings alive, and bring expired ones back as SUSPECTED. */
    @ApplicationModuleListener
    void on(SightingsRecorded recorded) {
        for (SightingsRecorded.Sighted sighted : recorded.sightings()) {
            retrying(() -> ownTransactions.execute(tx -> {
                indicators.find(sighted.kind(), sighted.value()).ifPresent(indicator -> {
                    IndicatorStatus before = indicator.status();
                    if (indicator.sighted(sighted.lastSeen(), policy)) {
                        indicators.save(indicator);
                        if (before != indicator.status()) {
                            published(indicator, before, "REACTIVATED", "system");
                        }
                    }
                });
                return null;
            }));
        }
    }

    private IndicatorView change(
            Identifier identifier, Caller caller, String action, java.util.function.Consumer<Indicator> step) {
        return retrying(() -> transactions.execute(tx -> {
            Instant now = clock.instant();
            Indicator indicator = indicators
                    .find(identifier.kind(), identifier.value())
                    .orElseGet(() -> Indicator.fresh(identifier, now));
            IndicatorStatus before = indicator.id() == null ? null : indicator.status();
            step.accept(indicator);
            indicators.save(indicator);
            published(indicator, before, action, caller.name());
            return indicator.view();
        }));
    }

    private void published(Indicator indicator, @Nullable IndicatorStatus before, String action, String actor) {
        events.publishEvent(new IndicatorChanged(
                indicator.id(), indicator.kind(), indicator.value(), before, indicator.status(), action, actor));
    }

    private static <T> T retrying(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** A report's outcome: the indicator now, and whether this report counted (false for a repeat). */
    public record ReportOutcome(IndicatorView indicator, boolean counted) {}

    /** One page of a list. */
    public record Page<T>(List<T> items, int page, int size, long total) {}
}
