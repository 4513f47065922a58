package io.clearsky.core.identifier;

/** What kind of line a normalised phone number is. */
public enum PhoneNumberCategory {
    /** A mainland Chinese mobile number. */
    MOBILE,
    /** A mainland Chinese fixed-line number with its area code. */
    LANDLINE,
    /** An official, emergency, bank or operator service number such as 110, 96110 or 95588. */
    SERVICE,
    /** A 400 or 800 number. */
    TOLL_FREE,
    /** A number outside mainland China's +86 numbering plan. */
    FOREIGN
}
