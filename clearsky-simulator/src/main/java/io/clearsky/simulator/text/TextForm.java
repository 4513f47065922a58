package io.clearsky.simulator.text;

/** What kind of text it is: a short message as received, or a person's own account typed into a report form. */
public enum TextForm {
    /** A short message, chat message or notice as the recipient sees it. */
    SMS,
    /** A victim's or reporter's own account, as typed into a report form. */
    NARRATIVE
}
