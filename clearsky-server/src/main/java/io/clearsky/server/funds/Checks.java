package io.clearsky.server.funds;

import io.clearsky.server.InvalidInputException;
import io.clearsky.server.agencies.Caller;
import io.clearsky.server.agencies.Role;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What the funds module's services check alike: idempotency keys, who sees an order or a request. */
final class Checks {

    private Checks() {}

    /** Refuses an Idempotency-Key that is blank or longer than 128 characters; absent is fine. */
    static void idempotencyKey(@Nullable String key) {
        if (key != null && (key.isBlank() || key.length() > 128)) {
            throw new InvalidInputException("Idempotency-Key", "1 to 128 characters");
        }
    }

    /** SHA-256 over the parts: what a request under an idempotency key is checked against. */
    static String hash(Object... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Object part : parts) {
                sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whose orders or requests a caller lists: a centre its own and those of the centres under it (as issuers), a
     * partner those addressed to it, an admin all (both null).
     */
    record Scope(@Nullable Set<Long> agencies, @Nullable Long partnerId) {

        static Scope of(Caller caller) {
            if (caller.seesAll()) {
                return new Scope(null, null);
            }
            return caller.role() == Role.PARTNER
                    ? new Scope(null, caller.requireAgency())
                    : new Scope(caller.agencies(), null);
        }
    }

    /** Whether the caller may see what {@code agencyId} issued to {@code partnerId}: either side, or an admin. */
    static boolean sees(Caller caller, long agencyId, long partnerId) {
        return caller.role() == Role.PARTNER
                ? caller.agencyId() != null && caller.agencyId() == partnerId
                : caller.mayActFor(agencyId);
    }
}
