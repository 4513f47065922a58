package io.clearsky.core.warning;

import io.clearsky.core.identifier.BankCards;
import io.clearsky.core.identifier.IndicatorKind;
import io.clearsky.core.identifier.PaymentAccounts;

/** The accounts events name: a bank card number, or a payment account written "platform:account". */
final class Accounts {

    private Accounts() {}

    /** The registry kind of a canonical account. */
    static IndicatorKind kindOf(String account) {
        return account.indexOf(':') >= 0 ? IndicatorKind.PAYMENT_ACCOUNT : IndicatorKind.BANK_CARD;
    }

    /** The canonical form of raw account text, or an {@link io.clearsky.core.identifier.InvalidIdentifierException}. */
    static String parse(String raw) {
        return raw.indexOf(':') >= 0 || raw.indexOf('：') >= 0 ? PaymentAccounts.parse(raw) : BankCards.parse(raw);
    }
}
