package io.clearsky.server.bulletins;

import java.time.Instant;
import java.util.List;

/**
 * The answer to a subscriber entering a region: the active bulletins covering it that the subscriber had not been
 * shown (and, for a retried request, those this request was shown before).
 *
 * @param regionCode the division the bulletins were chosen for: the code sent, or the division of the coordinate
 * @param resolution {@code REGION_CODE} when a code was sent; {@code CITY} or {@code DISTRICT} for the shipped
 *     boundary the coordinate fell in
 */
public record Delivery(String regionCode, String resolution, List<Item> bulletins) {

    /** One bulletin to show. */
    public record Item(
            long id, String regionCode, String scamType, Tips.Text title, Tips.Text body, Instant endsAt, String tip) {}
}
