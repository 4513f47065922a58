package io.clearsky.server.audit;

import org.jspecify.annotations.Nullable;

/**
 * The result of re-computing the audit chain.
 *
 * @param firstBrokenSeq the first record whose hash or link does not match, null when the chain is intact
 */
public record ChainVerification(
        boolean intact, long records, @Nullable Long firstBrokenSeq) {}
