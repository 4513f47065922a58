package io.clearsky.core.funds;

import java.util.Comparator;
import java.util.List;

/**
 * Where traced money went: the accounts it reached by level, the transfers that carried it, and how much can still
 * be in each account. Amounts are in fen. Every traced fen is accounted for exactly once:
 * {@code tracedFen == residual of the accounts + untraced + what reached hubs + withdrawn in cash}.
 *
 * @param tracedFen the money traced from the seed
 * @param accounts the accounts the money reached, by level, then by the money that reached them (most first)
 * @param transfers the transfers that carried traced money, in time order
 */
public record Trace(long tracedFen, List<Account> accounts, List<Transfer> transfers) {

    public Trace {
        accounts = List.copyOf(accounts);
        transfers = List.copyOf(transfers);
    }

    /**
     * An account the traced money reached.
     *
     * @param level 1 for the seed's account, n + 1 for an account paid by one at level n (the lowest, if several)
     * @param receivedFen traced money that came in
     * @param forwardedFen traced money that went on to accounts this trace followed
     * @param untracedFen traced money that went on past a limit (depth, fan-out) and was not followed
     * @param residualFen traced money that can still be in the account after its last transfer on record
     * @param hub a merchant, an exchange or a payment hub by its volume: not followed, its residual not estimated
     * @param cash a cash pseudo-account ({@link CashAccounts}): what reached it was withdrawn in cash and left the
     *     banking system; not followed, nothing in it to freeze
     */
    public record Account(
            String account,
            int level,
            long receivedFen,
            long forwardedFen,
            long untracedFen,
            long residualFen,
            boolean hub,
            boolean cash) {

        /** Traced money withdrawn in cash here: all it received if it is a cash pseudo-account, else none. */
        public long withdrawnFen() {
            return cash ? receivedFen : 0;
        }
    }

    /**
     * A transfer that carried traced money.
     *
     * @param reference the caller's reference of the transfer
     * @param tracedFen how much of it was traced money
     * @param followed whether the trace went on to the payee (false past a depth or fan-out limit)
     */
    public record Transfer(
            long reference,
            String from,
            String to,
            long epochMillis,
            long amountFen,
            long tracedFen,
            boolean followed) {}

    /**
     * What to stop or freeze: each account that can still hold traced money, most first (hubs and cash
     * pseudo-accounts left out).
     */
    public List<Account> freezePlan() {
        return accounts.stream()
                .filter(a -> !a.hub() && !a.cash() && a.residualFen() > 0)
                .sorted(Comparator.comparingLong(Account::residualFen)
                        .reversed()
                        .thenComparing(Account::account))
                .toList();
    }

    /** Traced money that can still be in accounts that are not hubs: the most a freeze can hold. */
    public long freezableFen() {
        return accounts.stream()
                .filter(a -> !a.hub() && !a.cash())
                .mapToLong(Account::residualFen)
                .sum();
    }

    /** Traced money withdrawn in cash: out of the banking system, beyond any freeze. */
    public long withdrawnFen() {
        return accounts.stream().mapToLong(Account::withdrawnFen).sum();
    }

    /** The deepest level reached. */
    public int depth() {
        return accounts.stream().mapToInt(Account::level).max().orElse(0);
    }
}
