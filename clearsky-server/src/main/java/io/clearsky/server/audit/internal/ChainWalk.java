package io.clearsky.server.audit.internal;

import io.clearsky.server.audit.AuditRecord;
import io.clearsky.server.audit.ChainVerification;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Checks sealed records handed to it in chain order against the chain head read before them, and remembers the first
 * broken link: a record whose hash does not match its fields (changed), a position skipped or a record that does not
 * link to the one before it (removed, or moved), or a chain that ends before the head (removed at the end).
 */
public final class ChainWalk {

    private final ChainHead head;
    private long records;
    private long expectedSeq = 1;
    private String previous = ChainHashes.GENESIS;
    private @Nullable Long brokenSeq;
    private @Nullable String problem;

    /** A walk up to {@code head}; records sealed after it was read are not handed in. */
    public ChainWalk(ChainHead head) {
        this.head = head;
    }

    /** The last position the walk expects to be handed, the head's. */
    public long lastSeq() {
        return head.lastSeq();
    }

    /** The next sealed record, in chain order. */
    public void accept(AuditRecord r) {
        records++;
        if (brokenSeq != null) {
            return;
        }
        long seq = Objects.requireNonNull(r.seq(), "only sealed records are walked");
        if (seq != expectedSeq) {
            broken(expectedSeq, "record " + expectedSeq + " is missing (the next on file is " + seq + ")");
            return;
        }
        if (!previous.equals(r.previousHash())) {
            broken(seq, "record " + seq + " does not link to the record before it (one was removed or changed)");
            return;
        }
        boolean legacy = seq <= head.legacyUntil();
        String expected = legacy
                ? ChainHashes.legacy(
                        seq, r.occurredAt(), r.actor(), r.action(), r.subject(), r.detail(), r.previousHash())
                : ChainHashes.of(r, seq, previous);
        if (!expected.equals(r.hash()) || (legacy && (r.agencyId() != null || r.address() != null))) {
            broken(seq, "record " + seq + " (id " + r.id() + ") was changed: its fields do not match its hash");
            return;
        }
        previous = expected;
        expectedSeq = seq + 1;
    }

    /** The verdict, with what is known of the records not sealed yet. */
    public ChainVerification result(long unsealed, long stuckUnsealed, @Nullable Instant oldestUnsealedAt) {
        if (brokenSeq == null && expectedSeq <= head.lastSeq()) {
            broken(
                    expectedSeq,
                    expectedSeq == head.lastSeq()
                            ? "record " + expectedSeq + ", the last sealed, is missing"
                            : "records " + expectedSeq + " to " + head.lastSeq() + ", the last sealed, are missing");
        } else if (brokenSeq == null && !previous.equals(head.lastHash())) {
            broken(head.lastSeq(), "record " + head.lastSeq() + " does not match the chain head's hash of it");
        }
        return new ChainVerification(
                brokenSeq == null, records, brokenSeq, problem, unsealed, stuckUnsealed, oldestUnsealedAt);
    }

    private void broken(long seq, String what) {
        brokenSeq = seq;
        problem = what;
    }
}
