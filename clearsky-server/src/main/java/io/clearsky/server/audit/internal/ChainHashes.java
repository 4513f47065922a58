package io.clearsky.server.audit.internal;

import io.clearsky.server.audit.AuditRecord;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/** The SHA-256 hashes that chain audit records: each covers the previous record's hash and the record's fields. */
public final class ChainHashes {

    /** The "previous hash" of the first record. */
    public static final String GENESIS = "0".repeat(64);

    private ChainHashes() {}

    /**
     * The hash of a record sealed at {@code seq} after a record whose hash is {@code previous}. Every field is written
     * with its length first, so no field's text can pass for the end of one field and the start of the next.
     */
    public static String of(AuditRecord r, long seq, String previous) {
        StringBuilder canonical = new StringBuilder(256).append("v2");
        for (Object field : new Object[] {
            previous,
            seq,
            r.id(),
            r.occurredAt(),
            r.actor(),
            r.agencyId(),
            r.address(),
            r.action(),
            r.subject(),
            r.detail()
        }) {
            if (field == null) {
                canonical.append("|-");
            } else {
                String text = field.toString();
                canonical.append('|').append(text.length()).append(':').append(text);
            }
        }
        return sha256(canonical.toString());
    }

    /**
     * The hash of a record sealed before audit records had an id, an agency and an address (migration V9): the
     * previous hash and the remaining fields joined by line breaks.
     */
    public static String legacy(
            long seq,
            Instant at,
            String actor,
            String action,
            String subject,
            @Nullable String detail,
            String previous) {
        return sha256(previous
                + '\n'
                + seq
                + '\n'
                + at
                + '\n'
                + actor
                + '\n'
                + action
                + '\n'
                + subject
                + '\n'
                + (detail == null ? "" : detail));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
