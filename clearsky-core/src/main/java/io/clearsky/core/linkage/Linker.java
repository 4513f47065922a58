package io.clearsky.core.linkage;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Clusters reports that share identifiers, one report at a time. Reports and identifiers are dense int ids chosen
 * by the caller (reports in arrival order from 0, identifiers from any dictionary); a cluster is named by one of its
 * reports.
 *
 * <p>Guards against false merges: an <em>excluded</em> identifier (an allowlisted number, or one an analyst split a
 * cluster on) never links; an identifier already tying {@code maxDegree} reports — typically a platform's customer
 * service line that fraudsters quote — links no further report and is reported as a hub for review. Both rules
 * depend only on the identifiers and the order of the reports, so {@link #rebuild} over the same reports in the same
 * order gives the same clusters as adding them one by one. Excluding an identifier later takes a rebuild to split
 * what it had joined.
 *
 * <p>Not thread-safe: one writer, as in a module that owns the linkage.
 */
public final class Linker {

    // How: union–find over reports (union by size, path halving; Tarjan & van Leeuwen 1984), with each identifier
    // pointing at the first report that carried it. A new report is united with each of its identifiers' first
    // report, which is enough, since every earlier carrier is already in that report's component. Memory: two ints
    // a report and two an identifier.

    private final int maxDegree;
    private final BitSet excluded;
    private int[] parent;
    private int[] size;
    private int reports;
    private int clusters;
    private int[] firstReport; // per identifier: report + 1, 0 for none yet
    private int[] degree; // per identifier: reports that carried it (excluded ones not counted)

    /** An empty linkage where identifiers stop linking once they tie {@code maxDegree} reports. */
    public Linker(int maxDegree) {
        this(maxDegree, new BitSet(), 1024, 1024);
    }

    private Linker(int maxDegree, BitSet excluded, int reportCapacity, int identifierCapacity) {
        if (maxDegree < 2) {
            throw new IllegalArgumentException("maxDegree must be at least 2, is " + maxDegree);
        }
        this.maxDegree = maxDegree;
        this.excluded = excluded;
        this.parent = new int[Math.max(16, reportCapacity)];
        this.size = new int[parent.length];
        this.firstReport = new int[Math.max(16, identifierCapacity)];
        this.degree = new int[firstReport.length];
    }

    /**
     * Builds the linkage of many reports at once: report {@code r} carries {@code identifiers[offsets[r] ..
     * offsets[r + 1])}. Gives the same clusters as adding the reports one by one.
     */
    public static Linker rebuild(int maxDegree, BitSet excluded, int[] offsets, int[] identifiers) {
        int reports = offsets.length - 1;
        int maxIdentifier = -1;
        for (int i = 0; i < offsets[reports]; i++) {
            maxIdentifier = Math.max(maxIdentifier, identifiers[i]);
        }
        Linker linker = new Linker(maxDegree, (BitSet) excluded.clone(), reports, maxIdentifier + 1);
        for (int r = 0; r < reports; r++) {
            linker.add(identifiers, offsets[r], offsets[r + 1]);
        }
        return linker;
    }

    /** Adds the next report with the identifiers it carries and returns its report id. */
    public int addReport(int... identifiers) {
        return add(identifiers, 0, identifiers.length);
    }

    private int add(int[] identifiers, int from, int to) {
        int report = reports++;
        if (report == parent.length) {
            parent = Arrays.copyOf(parent, parent.length * 2);
            size = Arrays.copyOf(size, size.length * 2);
        }
        parent[report] = report;
        size[report] = 1;
        clusters++;
        for (int i = from; i < to; i++) {
            int identifier = identifiers[i];
            if (identifier < 0) {
                throw new IllegalArgumentException("identifier ids are not negative: " + identifier);
            }
            if (excluded.get(identifier)) {
                continue;
            }
            if (identifier >= firstReport.length) {
                int capacity = Math.max(identifier + 1, firstReport.length * 2);
                firstReport = Arrays.copyOf(firstReport, capacity);
                degree = Arrays.copyOf(degree, capacity);
            }
            int first = firstReport[identifier];
            int carried = ++degree[identifier];
            if (first == 0) {
                firstReport[identifier] = report + 1;
            } else if (carried <= maxDegree) {
                union(report, first - 1);
            }
        }
        return report;
    }

    /** The cluster a report belongs to, named by one of its reports. */
    public int cluster(int report) {
        checkReport(report);
        int r = report;
        while (parent[r] != r) {
            parent[r] = parent[parent[r]];
            r = parent[r];
        }
        return r;
    }

    /** How many reports the report's cluster holds. */
    public int clusterSize(int report) {
        return size[cluster(report)];
    }

    /** Whether two reports are in one cluster. */
    public boolean linked(int a, int b) {
        return cluster(a) == cluster(b);
    }

    /** How many reports carried the identifier (excluded identifiers count none). */
    public int degree(int identifier) {
        return identifier < degree.length ? degree[identifier] : 0;
    }

    /** The first report that carried the identifier, or -1 if none has (or it was excluded from the start). */
    public int firstReport(int identifier) {
        return identifier < firstReport.length ? firstReport[identifier] - 1 : -1;
    }

    /** Whether the identifier tied more reports than {@code maxDegree} and stopped linking: one to review. */
    public boolean isHub(int identifier) {
        return degree(identifier) > maxDegree;
    }

    /**
     * Excludes an identifier from linking from now on. Clusters it already joined stay joined until a {@link
     * #rebuild} with the returned exclusions.
     */
    public BitSet exclude(int identifier) {
        excluded.set(identifier);
        return (BitSet) excluded.clone();
    }

    /** The identifiers that never link. */
    public BitSet excluded() {
        return (BitSet) excluded.clone();
    }

    public int reports() {
        return reports;
    }

    public int clusters() {
        return clusters;
    }

    public int maxDegree() {
        return maxDegree;
    }

    private void union(int a, int b) {
        int ra = cluster(a);
        int rb = cluster(b);
        if (ra == rb) {
            return;
        }
        // union by size; on a tie the older report names the cluster, so names do not depend on argument order
        if (size[ra] < size[rb] || (size[ra] == size[rb] && rb < ra)) {
            int t = ra;
            ra = rb;
            rb = t;
        }
        parent[rb] = ra;
        size[ra] += size[rb];
        clusters--;
    }

    private void checkReport(int report) {
        if (report < 0 || report >= reports) {
            throw new IndexOutOfBoundsException("no report " + report + "; there are " + reports);
        }
    }
}
