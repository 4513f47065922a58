package io.clearsky.server.audit.internal;

import io.clearsky.server.audit.ChainVerification;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Re-computes the audit chain from the database, for the endpoint and for the operator's command. */
@Component
public class ChainVerifier {

    /** An unsealed record older than this means the sealer is stuck or far behind. */
    public static final Duration STUCK_AFTER = Duration.ofSeconds(5);

    private final AuditRecords records;
    private final TransactionTemplate readOnly;

    ChainVerifier(AuditRecords records, PlatformTransactionManager transactions) {
        this.records = records;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * Walks the chain up to the head as committed when the walk starts (records sealed meanwhile are left for the
     * next verification), then counts the records still unsealed.
     */
    public ChainVerification verify(Instant now) {
        return Objects.requireNonNull(readOnly.execute(tx -> {
            ChainWalk walk = new ChainWalk(records.head());
            records.forEachSealed(walk.lastSeq(), walk::accept);
            AuditRecords.Unsealed unsealed = records.unsealedSummary(now.minus(STUCK_AFTER));
            return walk.result(unsealed.count(), unsealed.stuck(), unsealed.oldest());
        }));
    }
}
