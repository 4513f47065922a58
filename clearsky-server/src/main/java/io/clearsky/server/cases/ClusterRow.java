package io.clearsky.server.cases;

import io.clearsky.core.indicator.ScamType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A cluster in a list: enough to choose which to open. {@code id} is the id of one of its reports. */
public record ClusterRow(
        long id,
        int reports,
        int victims,
        BigDecimal totalLossCny,
        boolean fileable,
        ScamType mainScamType,
        Instant firstOccurred,
        Instant lastOccurred,
        List<Long> caseIds) {}
