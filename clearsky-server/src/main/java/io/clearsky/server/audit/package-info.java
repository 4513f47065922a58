/**
 * The append-only, hash-chained audit trail: every state change and every reveal, who did it and when, each
 * record carrying the hash of the one before so that any edit or deletion shows. The root package is the API.
 */
@NullMarked
package io.clearsky.server.audit;

import org.jspecify.annotations.NullMarked;
