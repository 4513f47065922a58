package io.clearsky.server.funds;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.clearsky.server.InvalidInputException;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An exact amount of a currency, kept in the currency's minor unit (fen for CNY) and written as a decimal string:
 * {@code {"amount": "120000.00", "currency": "CNY"}}.
 */
public record Money(@JsonIgnore long minor, String currency) {

    /** More than any single transfer or frozen balance: 10 trillion in the major unit. */
    static final BigDecimal LIMIT = new BigDecimal("10000000000000");

    public Money {
        if (minor < 0) {
            throw new IllegalArgumentException("an amount is not negative, is " + minor);
        }
        Currency.getInstance(currency);
    }

    /** The amount in the major unit, exact: {@code "120000.00"}. */
    @JsonProperty(value = "amount", index = 0)
    public String amount() {
        return BigDecimal.valueOf(minor, digits(currency)).toPlainString();
    }

    public static Money of(long minor, String currency) {
        return new Money(minor, currency);
    }

    /** The currency a request names (CNY when absent), or a 400 naming {@code field}. */
    public static String currency(String field, @Nullable String code) {
        if (code == null || code.isBlank()) {
            return "CNY";
        }
        String upper = code.strip().toUpperCase(Locale.ROOT);
        try {
            if (upper.length() == 3 && Currency.getInstance(upper).getDefaultFractionDigits() >= 0) {
                return upper;
            }
        } catch (IllegalArgumentException unknown) {
            // answered below
        }
        throw new InvalidInputException(field, "not an ISO 4217 currency code: '" + code + "'");
    }

    /**
     * The minor units of a decimal amount written in the major unit, or a 400 naming {@code field}.
     *
     * @param zeroAllowed whether 0 is an amount here (a balance, an executed order that found nothing)
     */
    public static long minor(String field, @Nullable String amount, String currency, boolean zeroAllowed) {
        if (amount == null || amount.isBlank()) {
            throw new InvalidInputException(field, "must be given, a decimal amount such as \"12000.50\"");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(amount.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "not a decimal amount: '" + amount + "'");
        }
        int digits = digits(currency);
        if (value.signum() < 0 || (!zeroAllowed && value.signum() == 0)) {
            throw new InvalidInputException(field, zeroAllowed ? "must not be negative" : "must be more than zero");
        }
        if (value.stripTrailingZeros().scale() > digits) {
            throw new InvalidInputException(field, currency + " has at most " + digits + " decimal places");
        }
        if (value.compareTo(LIMIT) >= 0) {
            throw new InvalidInputException(field, "must be below 10 trillion");
        }
        return value.movePointRight(digits).longValueExact();
    }

    private static int digits(String currency) {
        return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    }
}
