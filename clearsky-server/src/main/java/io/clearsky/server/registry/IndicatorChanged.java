package io.clearsky.server.registry;

import io.clearsky.core.identifier.IndicatorKind;
import io.clearsky.core.indicator.IndicatorStatus;
import org.jspecify.annotations.Nullable;

/**
 * An indicator was listed, reported, verified, reactivated, expired or allowlisted. Bulk imports publish one
 * {@link ImportFinished} instead of one of these per row.
 *
 * @param previousStatus null when the indicator is new
 */
public record IndicatorChanged(
        long indicatorId,
        IndicatorKind kind,
        String value,
        @Nullable IndicatorStatus previousStatus,
        IndicatorStatus status,
        String action,
        String actor) {}
