package org.communique.notifier.subscriptions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Opaque bearer tokens that manage one subscription; only their SHA-256 is stored. */
final class AccessTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "cmq_";

    private AccessTokens() {
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The secret part of a feed URL; feed readers cannot send headers, so the URL is the credential. */
    static String newFeedToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "feed_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The token of an email subscription's confirmation and unsubscribe links. */
    static String newEmailToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "mail_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Constant-time comparison of a presented token with a stored hash. */
    static boolean matches(String token, String storedHash) {
        return MessageDigest.isEqual(hash(token).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
