package io.clearsky.server.cases;

import java.util.List;

/**
 * A cluster as a graph: its summary, and which of its reports carries which identifier (the edges). The console
 * draws it; an analyst sees at a glance which identifier alone holds two groups of reports together.
 *
 * @param links every (report, identifier) pair of the cluster's reports, excluded identifiers included (marked so in
 *     the summary's ties), by report then key
 */
public record ClusterGraph(ClusterSummary summary, List<Link> links) {

    /** A report of the cluster carries an identifier, by its link key as the summary's ties name it. */
    public record Link(long reportId, String key) {}
}
