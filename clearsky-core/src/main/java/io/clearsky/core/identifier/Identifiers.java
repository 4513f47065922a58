package io.clearsky.core.identifier;

import java.util.Objects;

/** Entry point: parses raw text of a kind into its canonical identifier, or throws {@link InvalidIdentifierException}. */
public final class Identifiers {

    private Identifiers() {}

    /** Parses raw text of a kind, local landline numbers without an area code being refused. */
    public static Identifier parse(IndicatorKind kind, String raw) {
        return parse(kind, raw, NormalizationContext.NONE);
    }

    /** Parses raw text of a kind with the given context. */
    public static Identifier parse(IndicatorKind kind, String raw, NormalizationContext context) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(context, "context");
        String value = switch (kind) {
            case PHONE_NUMBER -> PhoneNumbers.parse(raw, context).e164();
            case URL -> Urls.parse(raw).url();
            case DOMAIN -> Domains.parse(raw);
            case PAYMENT_ACCOUNT -> PaymentAccounts.parse(raw);
            case BANK_CARD -> BankCards.parse(raw);
            case CHAT_ACCOUNT -> ChatAccounts.parse(raw);
        };
        return new Identifier(kind, value);
    }
}
