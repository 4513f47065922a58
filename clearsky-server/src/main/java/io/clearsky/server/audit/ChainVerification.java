package io.clearsky.server.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The result of re-computing the audit chain.
 *
 * @param intact whether every sealed record is on file, unchanged and linked to the one before
 * @param records the sealed records checked
 * @param firstBrokenSeq the chain position of the first record changed or missing, null when intact
 * @param problem what is wrong at {@code firstBrokenSeq}, null when intact
 * @param unsealed records written but not sealed yet (normally only those of the last fraction of a second)
 * @param stuckUnsealed unsealed records older than a few seconds: the sealer is not keeping up or not running
 * @param oldestUnsealedAt when the oldest unsealed record was written, null when there is none
 */
public record ChainVerification(
        boolean intact,
        long records,
        @Nullable Long firstBrokenSeq,
        @Nullable String problem,
        long unsealed,
        long stuckUnsealed,
        @Nullable Instant oldestUnsealedAt) {

    /** Whether the chain is intact and the sealer is keeping up. */
    public boolean healthy() {
        return intact && stuckUnsealed == 0;
    }
}
