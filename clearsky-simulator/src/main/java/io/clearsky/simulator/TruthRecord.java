package io.clearsky.simulator;

import io.clearsky.core.indicator.ScamType;
import org.jspecify.annotations.Nullable;

/**
 * One fact of the ground truth: which gang an entity belongs to. The platform never reads these; detectors are
 * scored against them.
 *
 * @param id the entity's canonical identifier (E.164 number, card digits, "alipay:…", domain, "qq:…"), a victim's
 *     phone number, a report id, or the gang number itself for {@link Entity#GANG}
 * @param detail what else is true of it, as {@code key=value} pairs separated by {@code ;}
 */
public record TruthRecord(
        Entity entity, String id, int gang, @Nullable ScamType scamType, String detail) {

    /** What kind of entity a truth record is about. */
    public enum Entity {
        GANG,
        PHONE_NUMBER,
        BANK_CARD,
        PAYMENT_ACCOUNT,
        DOMAIN,
        CHAT_ACCOUNT,
        VICTIM,
        REPORT
    }
}
