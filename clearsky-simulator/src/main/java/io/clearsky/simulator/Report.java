package io.clearsky.simulator;

import io.clearsky.core.identifier.IndicatorKind;
import io.clearsky.core.indicator.ScamType;
import java.time.Instant;
import java.util.List;

/**
 * A citizen's scam report as they wrote it: days after the fact, with the scam type as they understood it, the loss
 * as they remember it and the identifiers as they noted them down — in any format, a digit wrong now and then, an
 * account half remembered. The ground truth says which gang it really belongs to.
 */
public record Report(
        String id,
        Instant time,
        String reporterPhone,
        String cityCode,
        ScamType scamType,
        long lossFen,
        List<Reported> identifiers,
        String description) {

    public Report {
        identifiers = List.copyOf(identifiers);
    }

    /**
     * The report as a partner app files it with ClearSky ({@code POST /api/v1/reports} or one item of {@code
     * /api/v1/reports/batch}), keyed by its id so that a reload files nothing twice.
     */
    public java.util.Map<String, Object> apiForm() {
        java.util.Map<String, Object> form = new java.util.LinkedHashMap<>();
        form.put("idempotencyKey", "sim-" + id);
        form.put("occurredAt", time.atOffset(java.time.ZoneOffset.ofHours(8)).toString());
        form.put("scamType", scamType.name());
        form.put(
                "loss",
                java.util.Map.of(
                        "amount", java.math.BigDecimal.valueOf(lossFen, 2).toPlainString(), "currency", "CNY"));
        form.put(
                "identifiers",
                identifiers.stream()
                        .map(i -> java.util.Map.of("kind", i.kind().name(), "value", i.value()))
                        .toList());
        form.put("region", cityCode);
        form.put("narrative", description);
        form.put("reporter", java.util.Map.of("phone", reporterPhone));
        return form;
    }

    /** One identifier the reporter gave, raw as typed. */
    public record Reported(IndicatorKind kind, String value) {}
}
