package io.clearsky.core.funds;

/**
 * Cash pseudo-accounts: where money leaves the banking system as cash (a withdrawal is a transfer to one) or enters
 * it (a deposit is a transfer from one). Named {@code cash:<where>} (a region's code, an ATM's or a branch's id).
 * Nobody holds such an account, so nothing in it can be frozen: a trace ends there and reports the money as
 * withdrawn ({@link FundTracer}), and the mule rule neither flags one nor counts it as a payer ({@link MuleDetector}).
 */
public final class CashAccounts {

    /** What a cash pseudo-account's name starts with. */
    public static final String PREFIX = "cash:";

    private CashAccounts() {}

    /** Whether the account name is a cash pseudo-account's. */
    public static boolean isCash(String account) {
        return account.startsWith(PREFIX);
    }
}
