package io.clearsky.server.funds;

import io.clearsky.server.PersonalData;
import io.clearsky.server.PersonalDataRevealed;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.agencies.Permission;
import io.clearsky.server.funds.internal.GraphNames;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The payers of a suspect account as a centre's query shows them (its funders, its transfers in, the payments in the
 * mule list): masked, as they are the victims as often as upstream mules, or in clear for one query asked with a
 * reason, which the audit trail records. docs/security.md ("Personal data") says why.
 */
@Component
final class Payers {

    private static final List<String> FIELDS = List.of("payers");

    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    Payers(ApplicationEventPublisher events, TransactionTemplate transactions) {
        this.events = events;
        this.transactions = transactions;
    }

    /**
     * The reason the query shows payers in clear, checked (5 to 500 characters, else a 400 naming {@code reason});
     * null, when none is given, to show them masked. Giving one needs {@link Permission#PII_REVEAL}, else 403.
     */
    static @Nullable String reason(@Nullable String reason, Caller caller) {
        if (reason == null) {
            return null;
        }
        caller.require(Permission.PII_REVEAL);
        return PersonalData.reason(reason);
    }

    /**
     * A payer as the query shows it: masked ({@link AccountRef#masked()}) unless revealed; a cash point
     * ({@code cash:…}) is a place, not a person's account, and stays in clear.
     */
    static AccountRef shown(AccountRef payer, @Nullable String reason) {
        return reason != null || GraphNames.isCash(payer) ? payer : payer.masked();
    }

    /** Puts on the audit trail that a query showed payers in clear, before its answer leaves. */
    void revealed(String query, String named, Caller caller, String reason) {
        transactions.executeWithoutResult(
                tx -> events.publishEvent(new PersonalDataRevealed(query, named, FIELDS, caller.name(), reason)));
    }
}
