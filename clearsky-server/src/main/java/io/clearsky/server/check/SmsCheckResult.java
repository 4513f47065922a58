package io.clearsky.server.check;

import io.clearsky.core.indicator.Verdict;
import io.clearsky.server.ScamTextView;
import io.clearsky.server.check.CheckResult.Named;
import io.clearsky.server.check.CheckResult.Text;
import org.jspecify.annotations.Nullable;

/**
 * The answer for a text message: a listed or allowlisted sender decides; for a sender nobody listed, a text that reads
 * as a scam makes the message SUSPICIOUS.
 *
 * @param verdict what the phone should do with the message
 * @param scamType the sender's listed scam type, or the text's most likely one when the text decided
 * @param warning the text to show the subscriber when the verdict warns
 * @param decidedBy {@code SENDER} when the sender's listing decided, {@code TEXT} when the text did, {@code NONE}
 *     when neither found anything
 * @param sender the check of the sender's number, as {@code GET /api/v1/check} answers it; absent when the sender
 *     is no phone number (a 106 bulk-SMS port too long for one, a sender's name), so the text alone decided
 * @param text what the scam-text classifier made of the message
 */
public record SmsCheckResult(
        Verdict verdict,
        @Nullable Named scamType,
        @Nullable Text warning,
        String decidedBy,
        @Nullable CheckResult sender,
        ScamTextView text) {}
