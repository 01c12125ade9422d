package org.communique.ingest.sources;

import org.communique.ingest.Sha256;

/**
 * Source keys are random, high-entropy strings, so a plain SHA-256 is enough to store them: looking a
 * source up by the hash of the presented key never compares secrets, hence no timing side channel.
 */
public final class SourceKeys {

    private SourceKeys() {
    }

    public static String hash(String key) {
        return Sha256.hex(key);
    }
}
