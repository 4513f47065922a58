package io.clearsky.server.registry.internal;

import io.clearsky.core.identifier.IndicatorKind;
import io.clearsky.core.indicator.IndicatorStatus;
import io.clearsky.core.indicator.ScamType;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which indicators a list or an export wants; every part is optional.
 *
 * @param valueContains a substring of the canonical value
 */
public record IndicatorFilter(
        @Nullable IndicatorKind kind,
        @Nullable IndicatorStatus status,
        @Nullable ScamType scamType,
        @Nullable Long agencyId,
        @Nullable String valueContains) {

    public static final IndicatorFilter ALL = new IndicatorFilter(null, null, null, null, null);

    Indicators.Query where() {
        List<String> clauses = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (kind != null) {
            clauses.add("kind = ?");
            params.add(kind.name());
        }
        if (status != null) {
            clauses.add("status = ?");
            params.add(status.name());
        }
        if (scamType != null) {
            clauses.add("scam_type = ?");
            params.add(scamType.name());
        }
        if (agencyId != null) {
            clauses.add("agency_id = ?");
            params.add(agencyId);
        }
        if (valueContains != null && !valueContains.isBlank()) {
            clauses.add("indicator_value like ?");
            params.add("%" + valueContains.strip().replace("%", "").replace("_", "") + "%");
        }
        return new Indicators.Query(clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses), params);
    }
}
