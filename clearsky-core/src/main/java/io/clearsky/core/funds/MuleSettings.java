package io.clearsky.core.funds;

import java.time.Duration;

/**
 * When {@link MuleDetector} takes an account for a money mule.
 *
 * @param minPayers the fewest unrelated payers: new counterparties of the account that never transacted with each
 *     other (payers that did count as one); payers that are hubs or {@code cash:} deposits never count
 * @param maxDelay money passed on later than this after it arrived does not count as passed on
 * @param minForwardedShare the least share (0 to 1) of the money received that must be passed on within {@code
 *     maxDelay}
 * @param hubMinTransfers an account with at least this many transfers on record is a merchant, an exchange or a
 *     payment hub, never a mule (the notion of {@link TraceSettings#hubMinTransfers()})
 * @param maxEvidence the most payments and the most forwards listed in a flag's evidence (the first ones, in time
 *     order); the counts and sums always cover all of them
 */
public record MuleSettings(
        int minPayers, Duration maxDelay, double minForwardedShare, int hubMinTransfers, int maxEvidence) {

    /**
     * Three unrelated payers, at least half the money passed on within an hour of arriving, hubs from 5,000
     * transfers, 100 payments and 100 forwards in the evidence. An hour covers both the first-level accounts
     * (forwarding within 1 to 30 minutes) and the second-level ones (sweeping 20 to 60 minutes after money gathered)
     * of the gangs police describe.
     */
    public static final MuleSettings DEFAULT = new MuleSettings(3, Duration.ofHours(1), 0.5, 5_000, 100);

    public MuleSettings {
        if (minPayers < 1) {
            throw new IllegalArgumentException("minPayers is at least 1, is " + minPayers);
        }
        if (maxDelay.isNegative() || maxDelay.isZero()) {
            throw new IllegalArgumentException("maxDelay is positive, is " + maxDelay);
        }
        if (!(minForwardedShare > 0 && minForwardedShare <= 1)) {
            throw new IllegalArgumentException(
                    "minForwardedShare is more than 0 and at most 1, is " + minForwardedShare);
        }
        if (hubMinTransfers < 2) {
            throw new IllegalArgumentException("hubMinTransfers is at least 2, is " + hubMinTransfers);
        }
        if (maxEvidence < 0) {
            throw new IllegalArgumentException("maxEvidence is not negative, is " + maxEvidence);
        }
    }

    public MuleSettings withMinPayers(int payers) {
        return new MuleSettings(payers, maxDelay, minForwardedShare, hubMinTransfers, maxEvidence);
    }

    public MuleSettings withMaxDelay(Duration delay) {
        return new MuleSettings(minPayers, delay, minForwardedShare, hubMinTransfers, maxEvidence);
    }

    public MuleSettings withMinForwardedShare(double share) {
        return new MuleSettings(minPayers, maxDelay, share, hubMinTransfers, maxEvidence);
    }

    public MuleSettings withHubMinTransfers(int transfers) {
        return new MuleSettings(minPayers, maxDelay, minForwardedShare, transfers, maxEvidence);
    }

    public MuleSettings withMaxEvidence(int evidence) {
        return new MuleSettings(minPayers, maxDelay, minForwardedShare, hubMinTransfers, evidence);
    }
}
