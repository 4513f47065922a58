package io.clearsky.server.cases.internal;

import io.clearsky.core.indicator.ScamType;
import io.clearsky.core.linkage.Linker;
import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import it.unimi.dsi.fastutil.objects.ObjectArrayList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The linkage in memory: core's {@link Linker} over dense ids, the dictionary from link keys to identifier ids,
 * what each report adds to its cluster's sums, and the clusters' running sums. Not thread-safe; its owner holds a
 * lock. Everything here can be rebuilt from {@link LinkStore}.
 */
public final class LinkageState {

    // How: clusters are kept by their union–find root. Before a report is added, the roots of the clusters its
    // identifiers lead to are noted; afterwards those that now share the report's root were merged, and their sums
    // are folded into the largest (small into large, so a report's data moves O(log n) times at most). A report
    // alone is not stored as a cluster (most reports link to nothing, and a cluster object costs a few hundred
    // bytes); it is made from the report's own figures when needed.

    private static final ScamType[] TYPES = ScamType.values();

    private Linker linker;
    private final Object2IntOpenHashMap<String> idsByKey = new Object2IntOpenHashMap<>();
    private final ObjectArrayList<String> keys = new ObjectArrayList<>();
    private final LongArrayList reportIds = new LongArrayList();
    private final Long2IntOpenHashMap seqsByReport = new Long2IntOpenHashMap();
    private final LongArrayList lossFen = new LongArrayList();
    private final IntArrayList regions = new IntArrayList();
    private final IntArrayList types = new IntArrayList();
    private final LongArrayList occurred = new LongArrayList();
    private final LongArrayList victims = new LongArrayList();
    private final Int2ObjectOpenHashMap<Cluster> clusters = new Int2ObjectOpenHashMap<>();

    public LinkageState(int maxDegree) {
        this.linker = new Linker(maxDegree);
        idsByKey.defaultReturnValue(-1);
        seqsByReport.defaultReturnValue(-1);
    }

    /** The state the tables describe, as the same reports added in the same order would have left it. */
    public static LinkageState rebuild(
            int maxDegree,
            List<LinkStore.Entry> dictionary,
            List<LinkedReport> reports,
            int[] offsets,
            int[] identifiers,
            Set<Long> fileableAnchors,
            Map<Long, List<Long>> casesByReport) {
        LinkageState state = new LinkageState(maxDegree);
        BitSet excluded = new BitSet();
        for (LinkStore.Entry entry : dictionary) {
            if (entry.id() != state.keys.size()) {
                throw new IllegalStateException("identifier ids are not dense at " + entry.id());
            }
            state.keys.add(entry.key());
            state.idsByKey.put(entry.key(), entry.id());
            if (entry.excluded()) {
                excluded.set(entry.id());
            }
        }
        state.linker = Linker.rebuild(maxDegree, excluded, offsets, identifiers);
        for (LinkedReport report : reports) {
            state.remember(report);
        }
        for (int seq = 0; seq < reports.size(); seq++) {
            long reportId = state.reportIds.getLong(seq);
            List<Long> cases = casesByReport.getOrDefault(reportId, List.of());
            boolean fileable = fileableAnchors.contains(reportId);
            if (state.linker.clusterSize(seq) < 2 && cases.isEmpty() && !fileable) {
                continue; // a report alone is its own cluster, kept implicitly
            }
            int root = state.linker.cluster(seq);
            Cluster cluster = state.clusters.get(root);
            if (cluster == null) {
                cluster = new Cluster();
                state.clusters.put(root, cluster);
            }
            state.addTo(cluster, seq);
            cluster.fileable |= fileable;
            for (long caseId : cases) {
                cluster.addCase(caseId);
            }
        }
        return state;
    }

    /** The identifier id of a link key, or -1 if it has none yet. */
    public int identifier(String key) {
        return idsByKey.getInt(key);
    }

    /** Gives a new link key the next identifier id; an excluded one never links. */
    public int newIdentifier(String key, boolean excluded) {
        int id = keys.size();
        keys.add(key);
        idsByKey.put(key, id);
        if (excluded) {
            linker.exclude(id);
        }
        return id;
    }

    public int identifiers() {
        return keys.size();
    }

    public String key(int identifier) {
        return keys.get(identifier);
    }

    public int degree(int identifier) {
        return linker.degree(identifier);
    }

    public boolean isHub(int identifier) {
        return linker.isHub(identifier);
    }

    public boolean isExcluded(int identifier) {
        return linker.excluded().get(identifier);
    }

    public int reports() {
        return reportIds.size();
    }

    public boolean contains(long reportId) {
        return seqsByReport.containsKey(reportId);
    }

    /** A case joined by reports: the case and the reports (by seq) that are new to it. */
    public record Join(long caseId, int[] seqs) {}

    /** What adding a report did: the cluster it is in now, and the cases that other reports joined with it. */
    public record Added(int root, Cluster cluster, List<Join> joins) {}

    /** Links the next report; its seq must be {@link #reports()}. */
    public Added add(LinkedReport report, int[] identifiers) {
        if (report.seq() != reports()) {
            throw new IllegalStateException(
                    "report " + report.reportId() + " has seq " + report.seq() + ", expected " + reports());
        }
        IntOpenHashSet before = new IntOpenHashSet();
        for (int identifier : identifiers) {
            int first = linker.firstReport(identifier);
            if (first >= 0) {
                before.add(linker.cluster(first));
            }
        }
        int seq = linker.addReport(identifiers);
        remember(report);
        int root = linker.cluster(seq);
        List<Cluster> parts = new ArrayList<>();
        parts.add(single(seq));
        for (int old : before) {
            if (linker.cluster(old) == root) {
                Cluster part = clusters.remove(old);
                parts.add(part != null ? part : single(old));
            }
        }
        List<Join> joins = joins(parts);
        Cluster largest = parts.get(0);
        for (Cluster part : parts) {
            if (part.members.size() > largest.members.size()) {
                largest = part;
            }
        }
        for (Cluster part : parts) {
            if (part != largest) {
                largest.absorb(part);
            }
        }
        if (largest.size() > 1) {
            clusters.put(root, largest);
        }
        return new Added(root, largest, joins);
    }

    /** A report that is a cluster on its own, which is not stored until something is said about it. */
    private Cluster single(int seq) {
        Cluster cluster = new Cluster();
        addTo(cluster, seq);
        return cluster;
    }

    private static List<Join> joins(List<Cluster> parts) {
        List<Join> joins = new ArrayList<>();
        for (Cluster holder : parts) {
            for (long caseId : holder.cases) {
                IntArrayList newcomers = new IntArrayList();
                for (Cluster other : parts) {
                    if (!other.cases.contains(caseId)) {
                        newcomers.addAll(other.members);
                    }
                }
                if (!newcomers.isEmpty()) {
                    joins.add(new Join(caseId, newcomers.toIntArray()));
                }
            }
        }
        return joins;
    }

    /** The stored cluster a report is in; null for a report alone (or not linked yet). */
    public Cluster storedClusterOfReport(long reportId) {
        int seq = seqsByReport.get(reportId);
        return seq < 0 ? null : clusters.get(linker.cluster(seq));
    }

    /** The cluster a report is in, or null for a report not linked (yet). */
    public Cluster clusterOfReport(long reportId) {
        int seq = seqsByReport.get(reportId);
        if (seq < 0) {
            return null;
        }
        int root = linker.cluster(seq);
        Cluster cluster = clusters.get(root);
        if (cluster == null) {
            // a report alone: kept from now on, since the caller may mark it (a case, FILEABLE)
            cluster = single(seq);
            clusters.put(root, cluster);
        }
        return cluster;
    }

    /** The id of the report that names a cluster. */
    public long nameOf(Cluster cluster) {
        return reportIds.getLong(linker.cluster(cluster.members.getInt(0)));
    }

    /** The clusters of two or more reports, and lone reports something was said about (a case, FILEABLE). */
    public Collection<Cluster> clusters() {
        return clusters.values();
    }

    public int clusterCount() {
        return clusters.size();
    }

    public long reportId(int seq) {
        return reportIds.getLong(seq);
    }

    public String region(int seq) {
        return String.format("%06d", regions.getInt(seq));
    }

    /** The region with most distinct victims in the cluster (the lower code on a tie), with the victims per region. */
    public Map<String, Integer> victimsByRegion(Cluster cluster) {
        Int2IntOpenHashMap counts = new Int2IntOpenHashMap();
        Set<String> seen = new java.util.HashSet<>();
        for (int seq : cluster.members) {
            if (seen.add(victims.getLong(seq) + "@" + regions.getInt(seq))) {
                counts.addTo(regions.getInt(seq), 1);
            }
        }
        Map<String, Integer> byRegion = new HashMap<>();
        counts.int2IntEntrySet().forEach(e -> byRegion.put(String.format("%06d", e.getIntKey()), e.getIntValue()));
        return byRegion;
    }

    private void remember(LinkedReport report) {
        reportIds.add(report.reportId());
        seqsByReport.put(report.reportId(), report.seq());
        lossFen.add(
                "CNY".equals(report.currency())
                        ? report.lossAmount().movePointRight(2).longValueExact()
                        : 0);
        regions.add(Integer.parseInt(report.region()));
        types.add(report.scamType().ordinal());
        occurred.add(report.occurredAt().getEpochSecond());
        victims.add(Long.parseUnsignedLong(report.victimKey().substring(0, 16), 16));
    }

    private void addTo(Cluster cluster, int seq) {
        cluster.members.add(seq);
        long loss = lossFen.getLong(seq);
        cluster.totalFen += loss;
        cluster.maxFen = Math.max(cluster.maxFen, loss);
        cluster.victims.add(victims.getLong(seq));
        cluster.types[types.getInt(seq)]++;
        long at = occurred.getLong(seq);
        cluster.first = Math.min(cluster.first, at);
        cluster.last = Math.max(cluster.last, at);
    }

    /** One cluster's running sums. */
    public static final class Cluster {

        final IntArrayList members = new IntArrayList(1);
        long totalFen;
        long maxFen;
        final LongOpenHashSet victims = new LongOpenHashSet(1);
        final int[] types = new int[TYPES.length];
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        final LongArrayList cases = new LongArrayList(0);
        boolean fileable;

        void absorb(Cluster other) {
            members.addAll(other.members);
            totalFen += other.totalFen;
            maxFen = Math.max(maxFen, other.maxFen);
            victims.addAll(other.victims);
            for (int t = 0; t < types.length; t++) {
                types[t] += other.types[t];
            }
            first = Math.min(first, other.first);
            last = Math.max(last, other.last);
            for (long caseId : other.cases) {
                if (!cases.contains(caseId)) {
                    cases.add(caseId);
                }
            }
            fileable |= other.fileable;
        }

        public int[] members() {
            return members.toIntArray();
        }

        public int size() {
            return members.size();
        }

        public int victims() {
            return victims.size();
        }

        public BigDecimal totalLossCny() {
            return BigDecimal.valueOf(totalFen, 2);
        }

        public BigDecimal largestLossCny() {
            return BigDecimal.valueOf(maxFen, 2);
        }

        public long firstSecond() {
            return first;
        }

        public long lastSecond() {
            return last;
        }

        public int reportsOf(ScamType type) {
            return types[type.ordinal()];
        }

        /** The scam type most of its reports name (the first in the code list on a tie). */
        public ScamType mainType() {
            int best = 0;
            for (int t = 1; t < types.length; t++) {
                if (types[t] > types[best]) {
                    best = t;
                }
            }
            return TYPES[best];
        }

        public List<Long> cases() {
            return List.copyOf(cases);
        }

        public void addCase(long caseId) {
            if (!cases.contains(caseId)) {
                cases.add(caseId);
            }
        }

        public boolean fileable() {
            return fileable;
        }

        public void markFileable() {
            fileable = true;
        }
    }
}
