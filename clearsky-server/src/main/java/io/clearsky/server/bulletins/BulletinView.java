package io.clearsky.server.bulletins;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A bulletin as centres see it.
 *
 * @param status ACTIVE, SCHEDULED, ENDED or WITHDRAWN, at the time of the answer
 * @param deliveries how many subscribers were shown it
 * @param reads how many of them a partner reported as having read it
 */
public record BulletinView(
        long id,
        long agencyId,
        String regionCode,
        String scamType,
        Tips.Text title,
        Tips.Text body,
        Instant startsAt,
        Instant endsAt,
        String status,
        String publishedBy,
        Instant publishedAt,
        @Nullable String withdrawnBy,
        @Nullable Instant withdrawnAt,
        long deliveries,
        long reads,
        String tip) {}
