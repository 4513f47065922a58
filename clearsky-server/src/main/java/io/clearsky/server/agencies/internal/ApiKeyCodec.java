package io.clearsky.server.agencies.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Makes and checks API keys of the form {@code csk_<8-char prefix>_<32-char secret>}. The prefix finds the row;
 * only a SHA-256 of the whole key is stored (keys are random, so a fast hash is enough, unlike passwords).
 */
public final class ApiKeyCodec {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeyCodec() {}

    /** A new key with its prefix and hash. */
    public record NewKey(String key, String prefix, String hash) {}

    public static NewKey generate() {
        String prefix = random(8);
        String key = "csk_" + prefix + "_" + random(32);
        return new NewKey(key, prefix, hash(key));
    }

    /** The prefix of a well-formed key, or null. */
    public static String prefixOf(String key) {
        if (key.length() != 4 + 8 + 1 + 32 || !key.startsWith("csk_") || key.charAt(12) != '_') {
            return null;
        }
        return key.substring(4, 12);
    }

    static String hash(String key) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean matches(String key, String storedHash) {
        return MessageDigest.isEqual(
                hash(key).getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    private static String random(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
