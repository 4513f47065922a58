package io.clearsky.core.warning;

import io.clearsky.core.indicator.Assessment;
import io.clearsky.core.indicator.Route;

/**
 * What the registry knows of the numbers, links and accounts an event names. Rules ask it with the event's own day,
 * so a replay decides as the original run did as long as the registry is the same.
 */
public interface Watchlist {

    /** A watchlist that knows nothing. */
    Watchlist EMPTY = new Watchlist() {
        @Override
        public Assessment phone(String e164, Route route, long day) {
            return Assessment.NOT_LISTED;
        }

        @Override
        public Assessment url(String url, long day) {
            return Assessment.NOT_LISTED;
        }

        @Override
        public Assessment account(String account, long day) {
            return Assessment.NOT_LISTED;
        }
    };

    /** The verdict on a phone number (E.164) reaching a subscriber by this route, on a day (epoch day). */
    Assessment phone(String e164, Route route, long day);

    /** The verdict on a canonical URL, by itself and by its domains. */
    Assessment url(String url, long day);

    /** The verdict on an account: a bank card number or a payment account "platform:account". */
    Assessment account(String account, long day);
}
