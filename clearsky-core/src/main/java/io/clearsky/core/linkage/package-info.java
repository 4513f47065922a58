/**
 * Case linkage (串并案): reports that share a normalised identifier — the same phone number, account, card, URL or
 * chat account — are one gang's work, and clusters of reports are the connected components of the report–identifier
 * graph. {@link io.clearsky.core.linkage.Linker} keeps those components incrementally and rebuilds them from scratch
 * to the same result, with the guards against false merges an analyst needs.
 */
@NullMarked
package io.clearsky.core.linkage;

import org.jspecify.annotations.NullMarked;
