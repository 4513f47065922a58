package io.clearsky.server.cases;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One thing that happened to a case, oldest first: opened, a status change, a note, reports joining, a referral. */
public record TimelineEntry(
        long id,
        Instant at,
        String actor,
        String kind,
        @Nullable String detail) {}
