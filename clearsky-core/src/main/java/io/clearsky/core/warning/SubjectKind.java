package io.clearsky.core.warning;

/** What a decision is about. */
public enum SubjectKind {
    /** A subscriber (a phone number, or a payer's account when the phone is not known). */
    SUBSCRIBER,
    /** A number that places calls. */
    NUMBER,
    /** A payment account or bank card. */
    ACCOUNT
}
