package io.clearsky.server.funds;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An assistance request (协查) and, once given, its answer.
 *
 * @param requestNo XC, the year and a number: {@code XC2026-000007}
 * @param overdue open past its deadline, or answered after it
 */
public record AssistanceView(
        long id,
        String requestNo,
        long agencyId,
        long partnerId,
        @Nullable Long caseId,
        String subjectKind,
        String subject,
        List<String> asks,
        @Nullable Instant from,
        @Nullable Instant to,
        @Nullable String note,
        String requestedBy,
        Instant requestedAt,
        Instant deadline,
        AssistanceStatus status,
        boolean overdue,
        @Nullable Instant answeredAt,
        @Nullable Answer answer) {

    /** What the partner answered; the transfers it sent are in the transfer record. */
    public record Answer(
            AnswerForm.@Nullable Holder holder,
            int transfers,
            List<String> boundPhones,
            List<AnswerForm.Device> devices,
            List<File> files,
            @Nullable String note,
            String answeredBy) {}

    /** A file of the answer: fetch its content at {@code /api/v1/funds/assistance/{id}/files/{position}}. */
    public record File(int position, String name, String contentType, long size) {}
}
