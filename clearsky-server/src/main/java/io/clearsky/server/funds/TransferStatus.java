package io.clearsky.server.funds;

import java.util.Set;

/** Where a transfer stands at its partner; only SUCCEEDED transfers moved money and are traced. */
public enum TransferStatus {
    /** Accepted, not settled yet. */
    PENDING,
    /** Settled: the money moved. */
    SUCCEEDED,
    /** Refused or failed: no money moved. */
    FAILED,
    /** Settled and later reversed: the money went back. */
    REVERSED;

    /** The statuses a partner may report after this one. */
    public Set<TransferStatus> next() {
        return switch (this) {
            case PENDING -> Set.of(SUCCEEDED, FAILED);
            case SUCCEEDED -> Set.of(REVERSED);
            case FAILED, REVERSED -> Set.of();
        };
    }

    /** Whether a transfer in this status can later be in {@code later}: an older state of it. */
    public boolean precedes(TransferStatus later) {
        return next().contains(later) || next().stream().anyMatch(n -> n.precedes(later));
    }
}
