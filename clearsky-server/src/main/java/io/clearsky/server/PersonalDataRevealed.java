package io.clearsky.server;

import java.util.List;

/**
 * Someone was shown personal data in clear; the audit trail records who, which resource, which fields and why.
 *
 * @param resource the kind of resource, as in its path: {@code report}, {@code dissuasion-task}, {@code case}; or
 *     the kind of query, such as {@code account-transfers}
 * @param resourceId its id, or what names the query: an account ({@code fastpay/FP-A1}), a window
 * @param fields the fields shown in clear, e.g. {@code reporterPhone}, {@code narrative}, {@code contact}
 * @param actor who was shown them
 * @param reason why, as they gave it (or the step that shows them, such as taking a dissuasion task for the call)
 */
public record PersonalDataRevealed(
        String resource, String resourceId, List<String> fields, String actor, String reason) {

    /** A resource with a numeric id: a report, a case, a dissuasion task. */
    public PersonalDataRevealed(String resource, long resourceId, List<String> fields, String actor, String reason) {
        this(resource, Long.toString(resourceId), fields, actor, reason);
    }
}
