package io.clearsky.server.cases;

import io.clearsky.core.identifier.Identifier;
import io.clearsky.core.linkage.LinkKeys;
import io.clearsky.core.region.RegionCode;
import io.clearsky.server.AfterCommitListener;
import io.clearsky.server.ConflictException;
import io.clearsky.server.GroupCommit;
import io.clearsky.server.InvalidInputException;
import io.clearsky.server.NotFoundException;
import io.clearsky.server.agencies.Agency;
import io.clearsky.server.agencies.AgencyKind;
import io.clearsky.server.agencies.AgencyManagement;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.agencies.Permission;
import io.clearsky.server.cases.internal.Cases;
import io.clearsky.server.cases.internal.FraudCase;
import io.clearsky.server.cases.internal.LinkStore;
import io.clearsky.server.cases.internal.LinkageState;
import io.clearsky.server.cases.internal.LinkageState.Cluster;
import io.clearsky.server.cases.internal.LinkedReport;
import io.clearsky.server.registry.IndicatorChanged;
import io.clearsky.server.registry.RegistryManagement;
import io.clearsky.server.reports.FiledReport;
import io.clearsky.server.reports.ReportManagement;
import io.clearsky.server.reports.ReportProgress;
import io.clearsky.server.reports.ReportStatus;
import io.clearsky.server.reports.ReportedIdentifier;
import io.clearsky.server.reports.ReportsFiled;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links reports as they are filed and answers for the clusters: their summaries, the hubs to review, analysts'
 * exclusions. A cluster whose yuan losses reach its filing threshold becomes FILEABLE once, and {@link
 * ClusterFileable} tells its jurisdiction's centre. Reports that link to a case's cluster join the case.
 *
 * <p>One writer at a time: the linkage lives in memory behind a lock and is rebuilt from its tables at start, after
 * an exclusion, and after any transaction that changed it and then failed.
 */
@Service
@EnableConfigurationProperties(CaseSettings.class)
public class LinkageManagement {

    private final LinkStore store;
    private final Cases cases;
    private final ReportManagement reports;
    private final RegistryManagement registry;
    private final AgencyManagement agencies;
    private final CaseSettings settings;
    private final LinkKeys linkKeys;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Object lock = new Object();
    private final GroupCommit<ReportsFiled> linking = new GroupCommit<>(this::linkFiled, 20);
    private @Nullable LinkageState state;
    private @Nullable Set<String> allowlisted;

    LinkageManagement(
            LinkStore store,
            Cases cases,
            ReportManagement reports,
            RegistryManagement registry,
            AgencyManagement agencies,
            CaseSettings settings,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock) {
        this.store = store;
        this.cases = cases;
        this.reports = reports;
        this.registry = registry;
        this.agencies = agencies;
        this.settings = settings;
        this.linkKeys = settings.linkKeys();
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Batches of reports filed while another is being linked are linked together, in one transaction. */
    @AfterCommitListener
    void on(ReportsFiled filed) {
        linking.submit(filed);
    }

    private void linkFiled(List<ReportsFiled> group) {
        List<FiledReport> fresh = reports.filed(
                group.stream().flatMap(f -> f.reportIds().stream()).toList());
        synchronized (lock) {
            transactions.executeWithoutResult(tx -> {
                dropStateUnlessCommitted();
                link(fresh);
            });
        }
    }

    /** A number put on the allowlist stops linking at once; clusters it had joined are split. */
    @AfterCommitListener
    void on(IndicatorChanged changed) {
        if (!"ALLOWLISTED".equals(changed.action())) {
            return;
        }
        String key = linkKeys.of(new Identifier(changed.kind(), changed.value()));
        synchronized (lock) {
            if (allowlisted != null && key != null) {
                allowlisted.add(key);
            }
            LinkageState s = state();
            int id = key == null ? -1 : s.identifier(key);
            if (id >= 0 && !s.isExcluded(id)) {
                transactions.executeWithoutResult(tx -> {
                    dropStateUnlessCommitted();
                    excludeAndRebuild(id, key, "allowlisted official number", changed.actor());
                });
            }
        }
    }

    private void link(List<FiledReport> fresh) {
        LinkageState s = state();
        Set<String> allowed = allowlisted();
        List<LinkStore.Entry> newAllowed = new ArrayList<>();
        List<LinkStore.Entry> newEntries = new ArrayList<>();
        List<LinkedReport> rows = new ArrayList<>();
        List<int[]> links = new ArrayList<>();
        Map<Long, List<Integer>> joins = new LinkedHashMap<>();
        for (FiledReport report : fresh) {
            if (s.contains(report.id())) {
                continue; // delivered again after a restart
            }
            int[] identifiers = identifiers(s, report, allowed, newEntries, newAllowed);
            LinkedReport row = new LinkedReport(
                    s.reports(),
                    report.id(),
                    report.receiptNo(),
                    report.occurredAt(),
                    report.scamType(),
                    report.lossAmount(),
                    report.currency(),
                    report.region(),
                    report.victimKey());
            LinkageState.Added added = s.add(row, identifiers);
            rows.add(row);
            links.add(identifiers);
            for (LinkageState.Join join : added.joins()) {
                List<Integer> seqs = joins.computeIfAbsent(join.caseId(), k -> new ArrayList<>());
                for (int seq : join.seqs()) {
                    seqs.add(seq);
                }
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        store.addIdentifiers(newEntries, null);
        store.addIdentifiers(newAllowed, "allowlisted official number");
        store.addReports(rows, links);
        Instant now = clock.instant();
        joinCases(s, joins, now);
        Map<Cluster, Boolean> touched = new IdentityHashMap<>();
        for (LinkedReport row : rows) {
            Cluster cluster = settings.minReportsToFile() > 1
                    ? s.storedClusterOfReport(row.reportId())
                    : s.clusterOfReport(row.reportId());
            if (cluster != null && !cluster.fileable()) {
                touched.put(cluster, true);
            }
        }
        for (Cluster cluster : touched.keySet()) {
            fileIfDue(s, cluster, now);
        }
    }

    private int[] identifiers(
            LinkageState s,
            FiledReport report,
            Set<String> allowed,
            List<LinkStore.Entry> newEntries,
            List<LinkStore.Entry> newAllowed) {
        Set<Integer> ids = new java.util.LinkedHashSet<>();
        for (ReportedIdentifier reported : report.identifiers()) {
            Identifier identifier = reported.identifier();
            if (identifier == null) {
                continue; // unreadable, or an app name: kept on the report, links nothing
            }
            String key = linkKeys.of(identifier);
            if (key == null) {
                continue;
            }
            int id = s.identifier(key);
            if (id < 0) {
                boolean official = allowed.contains(key);
                id = s.newIdentifier(key, official);
                (official ? newAllowed : newEntries).add(new LinkStore.Entry(id, key, official));
            }
            ids.add(id);
        }
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    private void joinCases(LinkageState s, Map<Long, List<Integer>> joins, Instant now) {
        if (joins.isEmpty()) {
            return;
        }
        for (FraudCase fraudCase : cases.findAll(joins.keySet())) {
            List<Long> reportIds =
                    joins.get(fraudCase.id()).stream().map(s::reportId).toList();
            List<Long> added = cases.addReports(fraudCase.id(), reportIds, now);
            if (added.isEmpty()) {
                continue;
            }
            cases.log(
                    fraudCase.id(),
                    "system",
                    "REPORTS_JOINED",
                    added.size() + " report(s) linked to the case's cluster and joined it",
                    now);
            events.publishEvent(new CaseEvents.ReportsJoined(fraudCase.id(), fraudCase.caseNo(), added.size()));
            events.publishEvent(new ReportProgress(
                    added, ReportStatus.valueOf(fraudCase.status().name()), fraudCase.caseNo(), null, now));
        }
    }

    private void fileIfDue(LinkageState s, Cluster cluster, Instant now) {
        if (cluster.size() < settings.minReportsToFile()) {
            return;
        }
        Profile profile = profile(s, cluster);
        BigDecimal total = cluster.totalLossCny();
        if (total.signum() <= 0 || total.compareTo(profile.threshold()) < 0) {
            return;
        }
        cluster.markFileable();
        long name = s.nameOf(cluster);
        store.markFileable(name, total, profile.threshold(), profile.jurisdiction(), profile.agencyId(), now);
        events.publishEvent(new ClusterFileable(
                name,
                cluster.size(),
                cluster.victims(),
                total,
                profile.threshold(),
                profile.jurisdiction(),
                profile.agencyId(),
                reportIds(s, cluster)));
    }

    /** Where a cluster belongs and what threshold applies to it. */
    private record Profile(
            String jurisdiction, @Nullable Long agencyId, BigDecimal threshold, Map<String, Integer> victimsByRegion) {}

    private Profile profile(LinkageState s, Cluster cluster) {
        Map<String, Integer> byRegion = s.victimsByRegion(cluster);
        String jurisdiction = byRegion.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey)
                .orElseThrow();
        RegionCode region = RegionCode.parse(jurisdiction);
        return new Profile(jurisdiction, centreOf(region), settings.threshold(region, cluster.mainType()), byRegion);
    }

    /** The centre whose region covers the division most closely: a county's own centre before its city's. */
    private @Nullable Long centreOf(RegionCode region) {
        return agencies.all().stream()
                .filter(a -> a.kind() == AgencyKind.POLICE_CENTRE && a.regionCode() != null)
                .filter(a -> RegionCode.parse(a.regionCode()).covers(region))
                .max(Comparator.comparingInt(
                        (Agency a) -> RegionCode.parse(a.regionCode()).prefix().length()))
                .map(Agency::id)
                .orElse(null);
    }

    // --- queries ------------------------------------------------------------------------------------------------

    /** The cluster a report is in, summed up (centres with a victim of it in their region, and admins). */
    public ClusterSummary cluster(long reportId, Caller caller) {
        caller.require(Permission.REPORTS_READ);
        String region = agencies.regionScope(null, caller);
        synchronized (lock) {
            LinkageState s = state();
            return summary(s, visibleCluster(s, reportId, region));
        }
    }

    /**
     * The cluster a report is in as a graph: its summary and which report carries which identifier, for whom may see
     * the cluster (as {@link #cluster}).
     */
    public ClusterGraph graph(long reportId, Caller caller) {
        caller.require(Permission.REPORTS_READ);
        String region = agencies.regionScope(null, caller);
        ClusterSummary summary;
        Map<Integer, Long> reportOfSeq = new HashMap<>();
        synchronized (lock) {
            LinkageState s = state();
            Cluster cluster = visibleCluster(s, reportId, region);
            for (int seq : cluster.members()) {
                reportOfSeq.put(seq, s.reportId(seq));
            }
            summary = summary(s, cluster);
        }
        // the links are read without the lock, which every filing waits for: a report's seq and its links are
        // written once, in the transaction that linked it, which committed before the lock was let go
        List<ClusterGraph.Link> links = new ArrayList<>();
        for (LinkStore.Link link : store.linksOf(List.copyOf(reportOfSeq.keySet()))) {
            links.add(new ClusterGraph.Link(reportOfSeq.get(link.seq()), link.key()));
        }
        links.sort(Comparator.comparingLong(ClusterGraph.Link::reportId).thenComparing(ClusterGraph.Link::key));
        return new ClusterGraph(summary, links);
    }

    private static Cluster visibleCluster(LinkageState s, long reportId, @Nullable String region) {
        Cluster cluster = s.clusterOfReport(reportId);
        if (cluster == null || (region != null && !touches(s, cluster, region))) {
            throw new NotFoundException("report " + reportId + " is not linked (yet): it may be on its way");
        }
        return cluster;
    }

    private ClusterSummary summary(LinkageState s, Cluster cluster) {
        Profile profile = profile(s, cluster);
        int[] members = cluster.members();
        List<Integer> seqs = new ArrayList<>(members.length);
        for (int seq : members) {
            seqs.add(seq);
        }
        List<ClusterSummary.Tie> ties = new ArrayList<>();
        store.tiesOf(seqs)
                .forEach((id, count) -> ties.add(
                        new ClusterSummary.Tie(s.key(id), count, s.degree(id), s.isHub(id), s.isExcluded(id))));
        ties.sort(
                Comparator.comparingInt(ClusterSummary.Tie::reports).reversed().thenComparing(ClusterSummary.Tie::key));
        List<ClusterSummary.Count> regions = profile.victimsByRegion().entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new ClusterSummary.Count(e.getKey(), null, e.getValue()))
                .toList();
        List<ClusterSummary.Count> types = java.util.Arrays.stream(io.clearsky.core.indicator.ScamType.values())
                .filter(t -> cluster.reportsOf(t) > 0)
                .map(t -> new ClusterSummary.Count(t.name(), t.nameZh(), cluster.reportsOf(t)))
                .sorted(Comparator.comparingInt(ClusterSummary.Count::count).reversed())
                .toList();
        List<String> caseNos =
                cases.findAll(cluster.cases()).stream().map(FraudCase::caseNo).toList();
        return new ClusterSummary(
                s.nameOf(cluster),
                cluster.size(),
                cluster.victims(),
                cluster.totalLossCny(),
                cluster.largestLossCny(),
                cluster.fileable(),
                profile.threshold(),
                profile.jurisdiction(),
                profile.agencyId(),
                regions,
                types,
                Instant.ofEpochSecond(cluster.firstSecond()),
                Instant.ofEpochSecond(cluster.lastSecond()),
                ties,
                caseNos,
                reportIds(s, cluster));
    }

    /**
     * Clusters of at least {@code minReports} reports, the largest losses first; only fileable ones if asked; for
     * a centre, those with a victim in its region.
     */
    public List<ClusterRow> clusters(
            int minReports, boolean fileableOnly, @Nullable String region, int limit, Caller caller) {
        caller.require(Permission.REPORTS_READ);
        if (minReports < 2) {
            throw new InvalidInputException("minReports", "a cluster is 2 or more reports");
        }
        if (limit < 1 || limit > 500) {
            throw new InvalidInputException("limit", "must be 1 to 500");
        }
        String prefix = agencies.regionScope(region, caller);
        synchronized (lock) {
            LinkageState s = state();
            return s.clusters().stream()
                    .filter(c -> c.size() >= minReports && (!fileableOnly || c.fileable()))
                    .filter(c -> prefix == null || touches(s, c, prefix))
                    .sorted(Comparator.comparing(Cluster::totalLossCny)
                            .reversed()
                            .thenComparing(Cluster::size, Comparator.reverseOrder()))
                    .limit(limit)
                    .map(c -> new ClusterRow(
                            s.nameOf(c),
                            c.size(),
                            c.victims(),
                            c.totalLossCny(),
                            c.fileable(),
                            c.mainType(),
                            Instant.ofEpochSecond(c.firstSecond()),
                            Instant.ofEpochSecond(c.lastSecond()),
                            c.cases()))
                    .toList();
        }
    }

    /** Whether a victim of the cluster lives in the region (GB/T 2260 prefix): what a centre may see of clusters. */
    static boolean touches(LinkageState s, Cluster cluster, String prefix) {
        for (int seq : cluster.members()) {
            if (s.region(seq).startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** An identifier that ties more reports than the hub degree allows. */
    public record Hub(String key, int degree, boolean excluded) {}

    /** The identifiers that stopped linking because too many reports carry them: to review, then exclude. */
    public List<Hub> hubs(Caller caller) {
        caller.require(Permission.REPORTS_READ);
        synchronized (lock) {
            LinkageState s = state();
            List<Hub> hubs = new ArrayList<>();
            for (int id = 0; id < s.identifiers(); id++) {
                if (s.isHub(id)) {
                    hubs.add(new Hub(s.key(id), s.degree(id), s.isExcluded(id)));
                }
            }
            hubs.sort(Comparator.comparingInt(Hub::degree).reversed());
            return hubs;
        }
    }

    /** The identifiers taken out of linking, by analysts or the allowlist, newest first. */
    public List<LinkStore.Exclusion> exclusions(Caller caller) {
        caller.require(Permission.REPORTS_READ);
        return store.exclusions();
    }

    /** What an exclusion did to the clusters of two or more reports. */
    public record ExclusionResult(String key, int clustersBefore, int clustersAfter) {}

    /**
     * Takes an identifier out of linking for good and splits the clusters it had joined. Cases keep the reports
     * they hold; their timelines say what happened.
     */
    public ExclusionResult exclude(@Nullable String key, @Nullable String reason, Caller caller) {
        caller.require(Permission.CASES_WRITE);
        if (key == null || key.isBlank()) {
            throw new InvalidInputException("key", "the identifier's link key, as a cluster summary shows it");
        }
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new InvalidInputException("reason", "say why it must not link, 1 to 500 characters");
        }
        return transactions.execute(tx -> {
            synchronized (lock) {
                LinkageState s = state();
                int id = s.identifier(key.strip());
                if (id < 0) {
                    throw new NotFoundException("no report carries " + key);
                }
                if (s.isExcluded(id)) {
                    throw new ConflictException(key + " is already excluded from linking");
                }
                dropStateUnlessCommitted();
                return excludeAndRebuild(id, key.strip(), reason.strip(), caller.name());
            }
        });
    }

    private ExclusionResult excludeAndRebuild(int id, String key, String reason, String actor) {
        LinkageState before = state();
        int clustersBefore = linkedClusters(before);
        Set<Long> affectedCases = new HashSet<>();
        for (Cluster cluster : before.clusters()) {
            affectedCases.addAll(cluster.cases());
        }
        Instant now = clock.instant();
        store.exclude(id, reason, actor, now);
        state = load();
        int clustersAfter = linkedClusters(state);
        if (clustersAfter != clustersBefore) {
            for (long caseId : affectedCases) {
                if (touchedBy(before, caseId, state)) {
                    cases.log(caseId, actor, "CLUSTER_SPLIT", key + " no longer links reports: " + reason, now);
                }
            }
        }
        events.publishEvent(new CaseEvents.IdentifierExcluded(key, reason, clustersBefore, clustersAfter, actor));
        return new ExclusionResult(key, clustersBefore, clustersAfter);
    }

    private static boolean touchedBy(LinkageState before, long caseId, LinkageState after) {
        int sizeBefore = before.clusters().stream()
                .filter(c -> c.cases().contains(caseId))
                .mapToInt(Cluster::size)
                .sum();
        int sizeAfter = after.clusters().stream()
                .filter(c -> c.cases().contains(caseId))
                .mapToInt(Cluster::size)
                .sum();
        return sizeBefore != sizeAfter;
    }

    private static int linkedClusters(LinkageState s) {
        return (int) s.clusters().stream().filter(c -> c.size() > 1).count();
    }

    // --- for CaseManagement ---------------------------------------------------------------------------------------

    /** Runs work on the linkage under its lock; the state is dropped if the surrounding transaction fails. */
    <T> T locked(Function<LinkageState, T> work) {
        synchronized (lock) {
            dropStateUnlessCommitted();
            return work.apply(state());
        }
    }

    /** The name of a report's cluster (the report's own id when it is alone); 404 when it is not linked yet. */
    long clusterName(long reportId) {
        synchronized (lock) {
            LinkageState s = state();
            if (!s.contains(reportId)) {
                throw new NotFoundException("report " + reportId + " is not linked (yet)");
            }
            Cluster cluster = s.storedClusterOfReport(reportId);
            return cluster == null ? reportId : s.nameOf(cluster);
        }
    }

    List<Long> reportIds(LinkageState s, Cluster cluster) {
        List<Long> ids = new ArrayList<>(cluster.size());
        for (int seq : cluster.members()) {
            ids.add(s.reportId(seq));
        }
        ids.sort(null);
        return ids;
    }

    private LinkageState state() {
        if (state == null) {
            state = load();
        }
        return state;
    }

    private Set<String> allowlisted() {
        if (allowlisted == null) {
            Set<String> keys = new HashSet<>();
            for (Identifier identifier : registry.allowlisted()) {
                String key = linkKeys.of(identifier);
                if (key != null) {
                    keys.add(key);
                }
            }
            allowlisted = keys;
        }
        return allowlisted;
    }

    private LinkageState load() {
        List<LinkStore.Entry> dictionary = store.dictionary();
        List<LinkedReport> linked = new ArrayList<>();
        store.forEachReport(linked::add);
        int[] offsets = new int[linked.size() + 1];
        it.unimi.dsi.fastutil.ints.IntArrayList identifiers = new it.unimi.dsi.fastutil.ints.IntArrayList();
        int[] current = {0};
        store.forEachLink((seq, identifier) -> {
            while (current[0] < seq) {
                offsets[++current[0]] = identifiers.size();
            }
            identifiers.add(identifier);
        });
        while (current[0] < linked.size()) {
            offsets[++current[0]] = identifiers.size();
        }
        return LinkageState.rebuild(
                settings.maxDegree(),
                dictionary,
                linked,
                offsets,
                identifiers.toIntArray(),
                store.fileableAnchors(),
                cases.casesByReport());
    }

    /** If the transaction this runs in rolls back, what it did to the state in memory must go too. */
    private void dropStateUnlessCommitted() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        synchronized (lock) {
                            state = null;
                        }
                    }
                }
            });
        }
    }
}
