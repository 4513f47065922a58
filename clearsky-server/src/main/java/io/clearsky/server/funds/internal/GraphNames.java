package io.clearsky.server.funds.internal;

import io.clearsky.core.funds.CashAccounts;
import io.clearsky.server.funds.AccountRef;

/**
 * How the funds module names accounts in core's transfer graphs: by their id, and a cash point (an account whose
 * number starts with {@code cash:}) as {@code cash:<id>}, so that core's {@link CashAccounts} rule applies to it.
 */
public final class GraphNames {

    private GraphNames() {}

    /** Whether the account is a cash point: where money is withdrawn or deposited in cash, not an account. */
    public static boolean isCash(AccountRef account) {
        return CashAccounts.isCash(account.account());
    }

    /** The graph name of the account with this id. */
    public static String name(long id, boolean cash) {
        return cash ? CashAccounts.PREFIX + id : Long.toString(id);
    }

    /** The id of the account with this graph name. */
    public static long id(String name) {
        return Long.parseLong(CashAccounts.isCash(name) ? name.substring(CashAccounts.PREFIX.length()) : name);
    }
}
