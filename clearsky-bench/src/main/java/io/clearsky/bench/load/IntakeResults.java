package io.clearsky.bench.load;

import java.util.List;
import java.util.Optional;

/**
 * What one run of the intake load driver measured, for a caller that prints its own table; a phase that did not run
 * is empty.
 *
 * @param batches partners' batches, {@code POST /api/v1/reports/batch}
 * @param singles single reports, {@code POST /api/v1/reports}
 * @param batchSize reports in each batch
 * @param threads client threads, each with one request in flight
 * @param durability the rows in the database against the reports acknowledged as filed, over the whole run
 * @param notes what the driver noted: errors, rejected reports, server log lines
 */
public record IntakeResults(
        Optional<Phase> batches,
        Optional<Phase> singles,
        int batchSize,
        int threads,
        Durability durability,
        List<String> notes) {

    public IntakeResults {
        notes = List.copyOf(notes);
    }

    /**
     * One measured period: the requests sent in it and what their answers said, and the acknowledgement latencies
     * of the requests answered (latencies in milliseconds, NaN when there were none).
     *
     * @param seconds from the start of the period to the last answer of a request sent in it
     * @param failedRequests requests answered with an error status or not at all
     */
    public record Phase(
            long requests,
            long reports,
            long filed,
            long repeated,
            long rejected,
            long failedRequests,
            double seconds,
            double p50Millis,
            double p99Millis,
            double maxMillis) {

        /** Reports acknowledged as filed (committed) a second. */
        public double filedPerSecond() {
            return seconds > 0 ? filed / seconds : Double.NaN;
        }
    }

    /**
     * The reports the database holds after the server stopped, against those its answers acknowledged as filed
     * (warm-up included), and the reports of requests that got no answer (filed or not, nobody was told).
     */
    public record Durability(long rows, long acknowledged, long unanswered) {

        /** Every acknowledged report is in the database, and nothing is there that no request could explain. */
        public boolean holds() {
            return rows >= acknowledged && rows <= acknowledged + unanswered;
        }

        public String describe() {
            String verdict =
                    holds() ? "no acknowledged report lost" : rows < acknowledged ? "REPORTS LOST" : "UNEXPECTED ROWS";
            return String.format(
                    java.util.Locale.ROOT,
                    "%,d rows in table report after the server stopped, %,d reports acknowledged FILED%s: %s",
                    rows,
                    acknowledged,
                    unanswered == 0 ? "" : String.format(java.util.Locale.ROOT, " (+%,d unanswered)", unanswered),
                    verdict);
        }
    }
}
