package io.clearsky.server.audit.internal;

import io.clearsky.server.audit.AuditRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals committed audit records into the hash chain, in the order they committed: each gets the next chain position
 * and its hash. One sealer works at a time across all replicas; the others skip their turn.
 */
@Component
public class AuditSealer implements SmartLifecycle {

    // How: a thread of its own (not the shared scheduler, whose one thread the index follower and others need) seals
    // whatever has committed, up to BATCH records a transaction, under the row lock of audit_chain_head taken with
    // SKIP LOCKED, so a replica whose sealer finds it taken does not wait holding a connection. A record that commits
    // after a round read the unsealed ones, even one with a lower id (it was written earlier, committed later), is
    // simply sealed in a later round: the chain's order is the order of sealing. The thread sleeps INTERVAL between
    // rounds unless a commit with audit records wakes it; woken, it waits GATHER for the commits around that one, so
    // a busy intake is sealed in rounds of many records, not a round per commit.
    static final int BATCH = 1000;
    private static final long INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(150);
    private static final long GATHER_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
    private static final long BACK_OFF_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final Logger log = LoggerFactory.getLogger(AuditSealer.class);

    private final AuditRecords records;
    private final TransactionTemplate transaction;
    private final AtomicBoolean woken = new AtomicBoolean();
    private volatile boolean running;
    private volatile @Nullable Thread thread;

    AuditSealer(AuditRecords records, PlatformTransactionManager transactions) {
        this.records = records;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Seals what has committed, up to one batch, unless another sealer is at it; returns how many it sealed. */
    public int sealNow() {
        Integer sealed = transaction.execute(tx -> {
            ChainHead head = records.lockHeadUnlessTaken();
            if (head == null) {
                return 0;
            }
            List<AuditRecord> waiting = records.unsealed(BATCH);
            if (waiting.isEmpty()) {
                return 0;
            }
            long seq = head.lastSeq();
            String previous = head.lastHash();
            List<AuditRecord> chained = new ArrayList<>(waiting.size());
            for (AuditRecord r : waiting) {
                seq++;
                String hash = ChainHashes.of(r, seq, previous);
                chained.add(r.sealed(seq, previous, hash));
                previous = hash;
            }
            records.seal(chained, new ChainHead(seq, previous, head.legacyUntil()));
            return chained.size();
        });
        return sealed == null ? 0 : sealed;
    }

    /** Asks for a round soon: records have just committed. Cheap enough to call after every commit. */
    public void wake() {
        Thread sealer = thread;
        if (sealer != null && !woken.getAndSet(true)) {
            LockSupport.unpark(sealer);
        }
    }

    private void run() {
        while (running) {
            int sealed;
            try {
                sealed = sealNow();
            } catch (RuntimeException e) {
                log.warn("Could not seal audit records, trying again in a second: {}", e.toString());
                LockSupport.parkNanos(this, BACK_OFF_NANOS);
                continue;
            }
            if (sealed < BATCH) {
                if (!woken.getAndSet(false)) {
                    LockSupport.parkNanos(this, INTERVAL_NANOS);
                    woken.set(false);
                }
                LockSupport.parkNanos(this, GATHER_NANOS);
            }
        }
    }

    @Override
    public void start() {
        running = true;
        Thread sealer = new Thread(this::run, "audit-sealer");
        sealer.setDaemon(true);
        thread = sealer;
        sealer.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread sealer = thread;
        thread = null;
        if (sealer != null) {
            LockSupport.unpark(sealer);
            try {
                sealer.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
