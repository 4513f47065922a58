package io.clearsky.server.registry;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A bulk import of a police list and how far it got.
 *
 * @param mode ALL_OR_NOTHING writes nothing if any row is bad; SKIP_BAD_ROWS writes the good rows
 * @param status QUEUED, RUNNING, COMPLETED or FAILED
 */
public record ImportJob(
        long id,
        long agencyId,
        ImportMode mode,
        String status,
        @Nullable String fileName,
        int totalRows,
        int processedRows,
        int acceptedRows,
        int rejectedRows,
        @Nullable String message,
        Instant createdAt,
        @Nullable Instant finishedAt) {

    /** Processed share of all rows, 0 to 100. */
    public int percent() {
        return totalRows == 0 ? 100 : (int) (100L * processedRows / totalRows);
    }

    /** How bad rows are treated. */
    public enum ImportMode {
        ALL_OR_NOTHING,
        SKIP_BAD_ROWS
    }

    /** One bad row's problem. */
    public record RowError(int line, String field, @Nullable String input, String message) {}
}
