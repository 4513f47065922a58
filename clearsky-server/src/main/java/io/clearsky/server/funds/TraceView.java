package io.clearsky.server.funds;

import io.clearsky.core.funds.Apportionment;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where a victim's money went: the accounts it reached by level (1 is the account the victim paid), what each
 * received, passed on and can still hold, the transfers that carried it, and the freeze plan.
 *
 * @param start what the trace started from, in words
 * @param traced the money followed
 * @param depth the deepest level reached
 * @param truncated the trace read as many accounts as it may and stopped: there is more beyond
 * @param freezable what the accounts in the freeze plan can still hold in all
 * @param withdrawn traced money withdrawn in cash: out of the banking system, beyond any freeze
 */
public record TraceView(
        String start,
        Money traced,
        Apportionment apportionment,
        int depth,
        boolean truncated,
        List<Account> accounts,
        List<Transfer> transfers,
        List<FreezeTarget> freezePlan,
        Money freezable,
        Money withdrawn) {

    /**
     * An account the money reached.
     *
     * @param received traced money that came in
     * @param forwarded traced money it passed on to accounts the trace followed
     * @param untraced traced money it passed on past a depth or fan-out limit
     * @param residual traced money that can still be in it after its last transfer on record
     * @param hub a merchant, an exchange or a payment hub by its volume: flagged, not followed
     * @param cash a cash point (its number starts with {@code cash:}): the money that reached it was withdrawn in
     *     cash; not followed, never in the freeze plan
     * @param withdrawn traced money withdrawn in cash here: all it received if it is a cash point, else 0
     * @param balance the latest balance its institution reported after its last transfer, if any
     */
    public record Account(
            AccountRef account,
            int level,
            Money received,
            Money forwarded,
            Money untraced,
            Money residual,
            boolean hub,
            boolean cash,
            Money withdrawn,
            @Nullable Money balance,
            @Nullable Instant balanceAsOf) {}

    /**
     * A transfer that carried traced money; {@code followed} is false past a limit. A payer the traced money never
     * reached is where it started, the victim's own account: its number is masked.
     */
    public record Transfer(
            long id,
            String partner,
            String transferId,
            AccountRef from,
            AccountRef to,
            Instant time,
            Money amount,
            Money traced,
            boolean followed) {}

    /**
     * An account to stop or freeze and for how much: its residual, or its reported balance when that is lower. Never a
     * hub or a cash point.
     *
     * @param partnerAgencyId the partner on ClearSky that holds the account, null when its institution is not on
     *     ClearSky (orders then go by other channels)
     */
    public record FreezeTarget(
            AccountRef account,
            int level,
            Money amount,
            @Nullable Long partnerAgencyId) {}
}
