package org.communique.ingest.releases;

import org.communique.ingest.Sha256;

/**
 * SHA-256 hex of the normalised title, a newline and the normalised body (Unicode NFC, every run of
 * whitespace collapsed to one space, trimmed), so re-wrapping or re-indenting a release is not an edit.
 */
public final class ContentHash {

    private ContentHash() {
    }

    public static String of(String title, String body) {
        return Sha256.hex(normalise(title) + "\n" + normalise(body));
    }

    static String normalise(String text) {
        return TextScan.collapseWhitespace(Nfc.of(text)).trim();
    }
}
