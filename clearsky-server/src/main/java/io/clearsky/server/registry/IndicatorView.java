package io.clearsky.server.registry;

import io.clearsky.core.identifier.IndicatorKind;
import io.clearsky.core.indicator.IndicatorSource;
import io.clearsky.core.indicator.IndicatorStatus;
import io.clearsky.core.indicator.ScamType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** An indicator as the API shows it. */
public record IndicatorView(
        long id,
        IndicatorKind kind,
        String value,
        IndicatorStatus status,
        @Nullable ScamType scamType,
        int confidence,
        @Nullable Long agencyId,
        Set<IndicatorSource> sources,
        int reportCount,
        Instant firstSeen,
        Instant lastSeen,
        @Nullable LocalDate expiresOn,
        @Nullable String note,
        Instant updatedAt) {}
