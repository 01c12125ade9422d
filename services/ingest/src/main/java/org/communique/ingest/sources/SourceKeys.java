package org.communique.ingest.sources;

import org.communique.ingest.Sha256;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Source keys are random, high-entropy strings, so a plain SHA-256 is enough to store them: looking a
 * source up by the hash of the presented key never compares secrets, hence no timing side channel.
 */
public final class SourceKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SourceKeys() {
    }

    public static String hash(String key) {
        return Sha256.hex(key);
    }

    /** A new key: 256 random bits, URL-safe, with a prefix that makes a leaked key easy to recognise. */
    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "cq_src_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
