package io.clearsky.server.audit.internal;

/**
 * The end of the audit chain as the sealer left it.
 *
 * @param lastSeq the last record sealed, 0 before the first
 * @param lastHash that record's hash ({@link ChainHashes#GENESIS} before the first)
 * @param legacyUntil the last record sealed before migration V9, hashed by {@link ChainHashes#legacy}
 */
public record ChainHead(long lastSeq, String lastHash, long legacyUntil) {}
