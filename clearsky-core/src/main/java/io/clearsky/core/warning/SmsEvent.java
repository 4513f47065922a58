package io.clearsky.core.warning;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A text message received by a subscriber.
 *
 * @param sender the sender's number (E.164)
 * @param recipient the subscriber (E.164)
 * @param urls the links in the message, canonical
 * @param text the text itself, when the partner may share it
 */
public record SmsEvent(
        String id,
        Instant at,
        String sender,
        String recipient,
        List<String> urls,
        @Nullable String text) implements RiskEvent {

    public SmsEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(recipient, "recipient");
        urls = List.copyOf(urls);
    }

    @Override
    public String type() {
        return "sms";
    }
}
