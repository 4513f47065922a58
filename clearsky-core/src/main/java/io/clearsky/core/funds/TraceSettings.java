package io.clearsky.core.funds;

/**
 * How far a trace goes.
 *
 * @param apportionment how outgoing transfers are split between traced money and the rest
 * @param maxDepth the last level followed (the seed's account is level 1); traced money leaving an account at this
 *     level is counted as untraced, not followed
 * @param maxFanOut the most payees followed from one account (the first ones, in time order); traced money to more
 *     is counted as untraced
 * @param hubMinTransfers an account with at least this many transfers on record is taken for a merchant, an
 *     exchange or a payment hub: flagged with what reached it, not followed, never in the freeze plan
 * @param untilMillis transfers after this moment (epoch milliseconds) are not looked at
 */
public record TraceSettings(
        Apportionment apportionment, int maxDepth, int maxFanOut, int hubMinTransfers, long untilMillis) {

    /** FIFO, five levels, 50 payees an account, hubs from 5,000 transfers, every transfer on record. */
    public static final TraceSettings DEFAULT = new TraceSettings(Apportionment.FIFO, 5, 50, 5_000, Long.MAX_VALUE);

    public TraceSettings {
        if (maxDepth < 1) {
            throw new IllegalArgumentException("maxDepth is at least 1, is " + maxDepth);
        }
        if (maxFanOut < 1) {
            throw new IllegalArgumentException("maxFanOut is at least 1, is " + maxFanOut);
        }
        if (hubMinTransfers < 2) {
            throw new IllegalArgumentException("hubMinTransfers is at least 2, is " + hubMinTransfers);
        }
    }

    public TraceSettings withApportionment(Apportionment method) {
        return new TraceSettings(method, maxDepth, maxFanOut, hubMinTransfers, untilMillis);
    }

    public TraceSettings withMaxDepth(int depth) {
        return new TraceSettings(apportionment, depth, maxFanOut, hubMinTransfers, untilMillis);
    }

    public TraceSettings withMaxFanOut(int fanOut) {
        return new TraceSettings(apportionment, maxDepth, fanOut, hubMinTransfers, untilMillis);
    }

    public TraceSettings withHubMinTransfers(int transfers) {
        return new TraceSettings(apportionment, maxDepth, maxFanOut, transfers, untilMillis);
    }

    public TraceSettings until(long epochMillis) {
        return new TraceSettings(apportionment, maxDepth, maxFanOut, hubMinTransfers, epochMillis);
    }
}
