package io.clearsky.core.warning;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A transfer a payer has asked for, before the payment partner authorises it.
 *
 * @param payer the paying account: a bank card number or a payment account "platform:account", canonical
 * @param payerPhone the payer's phone number (E.164), which ties the payment to the calls and messages the payer
 *     received; without it only the payee is checked
 * @param payee the receiving account, canonical like {@code payer}
 * @param amountFen the amount in fen (0.01 yuan)
 * @param region the payer's home division code (GB/T 2260), which decides whose callers get a dissuasion task
 */
public record TransferAttempt(
        String id,
        Instant at,
        String payer,
        @Nullable String payerPhone,
        String payee,
        long amountFen,
        Channel channel,
        @Nullable String region)
        implements RiskEvent {

    public TransferAttempt {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(payee, "payee");
        Objects.requireNonNull(channel, "channel");
        if (amountFen <= 0) {
            throw new IllegalArgumentException("amountFen must be positive");
        }
    }

    @Override
    public String type() {
        return "transfer-attempt";
    }
}
