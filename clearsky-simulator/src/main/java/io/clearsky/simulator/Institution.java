package io.clearsky.simulator;

import io.clearsky.core.funds.CashAccounts;
import java.util.ArrayList;
import java.util.List;

/**
 * The institution that holds a simulated account, and the account's number there: the payment platform for an
 * {@code alipay:2088…} account (number {@code 2088…}), the issuing bank, by its BIN, for a card. A cash withdrawal's
 * {@code cash:<division code>} is not an account anyone holds: it is moved by the bank of the card it leaves.
 *
 * @param code a short lower-case code (a partner's agency code on ClearSky)
 */
public record Institution(String code, String nameZh, String nameEn) {

    /** The payment platform that holds every {@code alipay:} account. */
    public static final Institution PAYMENT_PLATFORM = new Institution("alipay", "支付宝", "Alipay");

    private static final String PAYMENT_PREFIX = "alipay:";

    /** Every institution that holds accounts in a world: the payment platform, then the banks. */
    public static List<Institution> all() {
        List<Institution> all = new ArrayList<>();
        all.add(PAYMENT_PLATFORM);
        for (Banks.Issuer issuer : Banks.ISSUERS) {
            Institution bank = new Institution(issuer.code(), issuer.nameZh(), issuer.nameEn());
            if (!all.contains(bank)) {
                all.add(bank);
            }
        }
        return List.copyOf(all);
    }

    /** The institution holding a payment account or a card of a world; fails for {@code cash:} and anything else. */
    public static Institution of(String account) {
        if (account.startsWith(PAYMENT_PREFIX)) {
            return PAYMENT_PLATFORM;
        }
        return Banks.issuer(account)
                .map(issuer -> new Institution(issuer.code(), issuer.nameZh(), issuer.nameEn()))
                .orElseThrow(() -> new IllegalArgumentException("no institution holds " + account));
    }

    /** The account's number at its institution: a payment account without its platform prefix, else as it is. */
    public static String number(String account) {
        return account.startsWith(PAYMENT_PREFIX) ? account.substring(PAYMENT_PREFIX.length()) : account;
    }

    /** Whether the account is where cash left the system ({@code cash:<division code>}), not an account. */
    public static boolean isCash(String account) {
        return CashAccounts.isCash(account);
    }
}
