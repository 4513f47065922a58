package io.clearsky.server.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the audit trail: who (actor, agency, address) did what (action, subject, detail) and when. It is written
 * in the transaction of the change it records, unsealed, and sealed shortly after: then {@code seq} is its position
 * in the chain and {@code hash} covers every other field and the previous record's hash.
 *
 * @param id the record's own number, in the order records were written (not necessarily the order they committed)
 * @param seq the position in the chain, null until sealed
 * @param agencyId the actor's agency, null for a system actor or a platform admin without one
 * @param address where the change came from: the client's address for a request, else {@code thread <name>}
 */
public record AuditRecord(
        long id,
        @Nullable Long seq,
        Instant occurredAt,
        String actor,
        @Nullable Long agencyId,
        @Nullable String address,
        String action,
        String subject,
        @Nullable String detail,
        @Nullable String previousHash,
        @Nullable String hash) {

    /**
     * This record as a reader without {@code PII_REVEAL} sees it: the detail, which quotes notes and reasons, with
     * phone, ID card and card numbers masked. The hash still covers what was written, so the reader verifies the
     * chain with {@code GET /api/v1/audit/verify}, not by hashing what they were shown.
     */
    public AuditRecord withPersonalDataMasked() {
        return new AuditRecord(
                id,
                seq,
                occurredAt,
                actor,
                agencyId,
                address,
                action,
                subject,
                detail == null ? null : io.clearsky.server.PersonalData.text(detail),
                previousHash,
                hash);
    }

    /** This record with its place in the chain. */
    public AuditRecord sealed(long position, String previous, String ownHash) {
        return new AuditRecord(
                id, position, occurredAt, actor, agencyId, address, action, subject, detail, previous, ownHash);
    }
}
