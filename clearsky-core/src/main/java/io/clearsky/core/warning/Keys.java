package io.clearsky.core.warning;

import com.google.common.hash.Hashing;
import io.clearsky.core.identifier.PhoneNumber;
import java.nio.charset.StandardCharsets;

/**
 * The keys state is kept under, one {@code long} each: the kind of subject in the top two bits, and below them a
 * phone number's E.164 digits or 62 bits of an account's hash (FarmHash fingerprint). Two accounts share a key with
 * a chance of about one in 10^5 among ten million accounts; they would then share their history of payers.
 */
public final class Keys {

    private static final long VALUE_MASK = (1L << 62) - 1;
    private static final long SUBSCRIBER = 0L;
    private static final long NUMBER = 1L << 62;
    private static final long ACCOUNT = 2L << 62;
    private static final long SUBSCRIBER_BY_ACCOUNT = 3L << 62;

    private Keys() {}

    /** A subscriber known by phone number. */
    public static long subscriber(String e164) {
        return SUBSCRIBER | PhoneNumber.keyOf(e164);
    }

    /** A payer known only by account. */
    public static long subscriberByAccount(String account) {
        return SUBSCRIBER_BY_ACCOUNT | (hash(account) & VALUE_MASK);
    }

    /** A number that places and receives calls. */
    public static long number(String e164) {
        return NUMBER | PhoneNumber.keyOf(e164);
    }

    /** An account that pays and is paid. */
    public static long account(String account) {
        return ACCOUNT | (hash(account) & VALUE_MASK);
    }

    /** 64 bits of an account's hash, as the states keep payers and payees. */
    static long hash(String account) {
        return Hashing.farmHashFingerprint64()
                .hashString(account, StandardCharsets.UTF_8)
                .asLong();
    }

    /** A phone number's digits as a long, as the states keep callees. */
    static long phone(String e164) {
        return PhoneNumber.keyOf(e164);
    }
}
