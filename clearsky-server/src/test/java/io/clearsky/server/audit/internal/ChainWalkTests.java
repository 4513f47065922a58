package io.clearsky.server.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearsky.server.audit.AuditRecord;
import io.clearsky.server.audit.ChainVerification;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainWalkTests {

    private static final Instant AT = Instant.parse("2026-11-24T04:00:00Z");

    /** A chain of {@code legacy} records sealed before V9 followed by {@code current} records sealed after. */
    private static List<AuditRecord> chain(int legacy, int current) {
        List<AuditRecord> chain = new ArrayList<>();
        String previous = ChainHashes.GENESIS;
        for (int seq = 1; seq <= legacy + current; seq++) {
            AuditRecord r;
            if (seq <= legacy) {
                String hash = ChainHashes.legacy(seq, AT, "admin", "A", "s:" + seq, null, previous);
                r = new AuditRecord(seq, (long) seq, AT, "admin", null, null, "A", "s:" + seq, null, previous, hash);
            } else {
                AuditRecord unsealed = new AuditRecord(
                        100 - seq, null, AT, "key:ab", 5L, "10.0.0.1", "B", "s:" + seq, "d", null, null);
                r = unsealed.sealed(seq, previous, ChainHashes.of(unsealed, seq, previous));
            }
            chain.add(r);
            previous = r.hash();
        }
        return chain;
    }

    private static ChainVerification walk(List<AuditRecord> records, ChainHead head) {
        ChainWalk walk = new ChainWalk(head);
        records.forEach(walk::accept);
        return walk.result(0, 0, null);
    }

    private static ChainHead headOf(List<AuditRecord> chain, long legacyUntil) {
        AuditRecord last = chain.get(chain.size() - 1);
        return new ChainHead(last.seq(), last.hash(), legacyUntil);
    }

    @Test
    void anUntouchedChainOfLegacyAndCurrentRecordsIsIntact() {
        List<AuditRecord> chain = chain(3, 4);
        ChainVerification result = walk(chain, headOf(chain, 3));
        assertThat(result.intact()).isTrue();
        assertThat(result.records()).isEqualTo(7);
        assertThat(result.firstBrokenSeq()).isNull();
    }

    @Test
    void anEmptyChainIsIntact() {
        assertThat(walk(List.of(), new ChainHead(0, ChainHashes.GENESIS, 0)).intact())
                .isTrue();
    }

    @Test
    void aChangedRecordIsNamed() {
        List<AuditRecord> chain = chain(3, 4);
        AuditRecord r = chain.get(4);
        chain.set(
                4,
                new AuditRecord(
                        r.id(),
                        r.seq(),
                        r.occurredAt(),
                        r.actor(),
                        r.agencyId(),
                        "10.6.6.6",
                        r.action(),
                        r.subject(),
                        r.detail(),
                        r.previousHash(),
                        r.hash()));
        ChainVerification result = walk(chain, headOf(chain, 3));
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(5);
        assertThat(result.problem()).contains("changed");
    }

    @Test
    void anAddressAddedToALegacyRecordIsAChange() {
        List<AuditRecord> chain = chain(3, 1);
        AuditRecord r = chain.get(1);
        chain.set(
                1,
                new AuditRecord(
                        r.id(),
                        r.seq(),
                        r.occurredAt(),
                        r.actor(),
                        null,
                        "10.6.6.6",
                        r.action(),
                        r.subject(),
                        r.detail(),
                        r.previousHash(),
                        r.hash()));
        assertThat(walk(chain, headOf(chain, 3)).firstBrokenSeq()).isEqualTo(2);
    }

    @Test
    void aRemovedRecordIsNamedByItsPosition() {
        List<AuditRecord> chain = chain(2, 4);
        chain.remove(3);
        ChainVerification result = walk(chain, headOf(chain, 2));
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(4);
        assertThat(result.problem()).contains("missing");
    }

    @Test
    void recordsRemovedAtTheEndAreNamedThroughTheHead() {
        List<AuditRecord> chain = chain(0, 5);
        ChainHead head = headOf(chain, 0);
        ChainVerification result = walk(chain.subList(0, 3), head);
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(4);
        assertThat(result.problem()).contains("records 4 to 5");
    }

    @Test
    void aRecordRenumberedIntoAGapDoesNotLink() {
        List<AuditRecord> chain = chain(0, 4);
        AuditRecord third = chain.get(2);
        AuditRecord fourth = chain.get(3);
        chain.remove(2);
        chain.set(
                2,
                new AuditRecord(
                        fourth.id(),
                        3L,
                        fourth.occurredAt(),
                        fourth.actor(),
                        fourth.agencyId(),
                        fourth.address(),
                        fourth.action(),
                        fourth.subject(),
                        fourth.detail(),
                        third.previousHash(),
                        fourth.hash()));
        ChainVerification result = walk(chain, new ChainHead(3, fourth.hash(), 0));
        assertThat(result.firstBrokenSeq()).isEqualTo(3);
    }
}
