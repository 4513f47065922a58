package io.clearsky.server.cases.internal;

import io.clearsky.core.indicator.ScamType;
import java.math.BigDecimal;
import java.time.Instant;

/** A report as the linkage keeps it: its place in linking order and what clusters are summed from. */
public record LinkedReport(
        int seq,
        long reportId,
        String receiptNo,
        Instant occurredAt,
        ScamType scamType,
        BigDecimal lossAmount,
        String currency,
        String region,
        String victimKey) {}
