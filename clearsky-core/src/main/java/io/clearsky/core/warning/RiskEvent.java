package io.clearsky.core.warning;

import java.time.Instant;

/**
 * Something a partner saw happen to a subscriber, sent before anyone knows whether it is fraud. Every event carries
 * the partner's own id (resending an id is a no-op) and the time it happened; rules read only these times, never
 * the clock, so the same stream always gives the same decisions.
 */
public sealed interface RiskEvent permits CallEvent, SmsEvent, LinkVisitEvent, AppInstallEvent, TransferAttempt {

    /** The version of the event records and of their JSON form. */
    int VERSION = 1;

    /** The partner's id of the event, unique per partner. */
    String id();

    /** When it happened. */
    Instant at();

    /** The type's name on the wire: {@code call}, {@code sms}, {@code link-visit}, {@code app-install}, {@code transfer-attempt}. */
    String type();
}
