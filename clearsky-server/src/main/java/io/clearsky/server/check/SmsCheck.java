package io.clearsky.server.check;

import org.jspecify.annotations.Nullable;

/**
 * A text message to check before the subscriber reads it: its sender and its text.
 *
 * @param sender the sender as the phone shows it: a number, or a bulk-SMS port or a name, which are left unchecked
 * @param text the message, at most {@value CheckManagement#MAX_SMS_TEXT} characters
 * @param subscriber the recipient, for the sighting when the sender is listed
 * @param areaCode the area code to read a local landline sender with
 */
public record SmsCheck(
        @Nullable String sender,
        @Nullable String text,
        @Nullable String subscriber,
        @Nullable String areaCode) {}
