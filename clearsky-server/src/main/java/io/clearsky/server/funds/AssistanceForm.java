package io.clearsky.server.funds;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An assistance request (协查) as a centre makes it.
 *
 * @param partner the code of the partner asked
 * @param subjectKind ACCOUNT or PHONE_NUMBER
 * @param subject the account number (at {@code institution}, the partner by default) or the phone number
 * @param asks what the partner is to answer: HOLDER, TRANSFERS, BOUND_PHONES, DEVICES
 * @param from the start of the window for TRANSFERS (ISO-8601)
 * @param to the end of the window for TRANSFERS
 * @param deadline when the answer is due (default: the configured time from now)
 * @param caseId the case it serves, if any
 */
public record AssistanceForm(
        @Nullable String partner,
        @Nullable String subjectKind,
        @Nullable String subject,
        @Nullable String institution,
        @Nullable List<String> asks,
        @Nullable String from,
        @Nullable String to,
        @Nullable String deadline,
        @Nullable Long caseId,
        @Nullable String note) {}
