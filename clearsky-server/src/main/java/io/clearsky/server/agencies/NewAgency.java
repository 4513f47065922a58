package io.clearsky.server.agencies;

import org.jspecify.annotations.Nullable;

/** What it takes to register an agency. */
public record NewAgency(
        String code,
        AgencyKind kind,
        String nameZh,
        String nameEn,
        @Nullable String regionCode,
        @Nullable String warningZh,
        @Nullable String warningEn) {}
