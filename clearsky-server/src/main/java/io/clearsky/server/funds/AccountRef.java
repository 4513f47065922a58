package io.clearsky.server.funds;

/**
 * An account as the institution that holds it numbers it: {@code {"institution": "fastpay", "account": "6222…"}}.
 *
 * @param institution the code of the partner (payment platform or bank) that holds the account
 * @param account the account number at that institution
 */
public record AccountRef(String institution, String account) {

    @Override
    public String toString() {
        return institution + "/" + account;
    }
}
