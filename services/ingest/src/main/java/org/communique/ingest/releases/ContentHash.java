package org.communique.ingest.releases;

import org.communique.ingest.Sha256;

import java.text.Normalizer;
import com.google.re2j.Pattern;

/**
 * SHA-256 hex of the normalised title, a newline and the normalised body (Unicode NFC, every run of
 * whitespace collapsed to one space, trimmed), so re-wrapping or re-indenting a release is not an edit.
 */
public final class ContentHash {

    private static final Pattern WHITESPACE = Pattern.compile(
            "[\\t\\n\\x0b\\f\\r \\x{85}\\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}]+");

    private ContentHash() {
    }

    public static String of(String title, String body) {
        return Sha256.hex(normalise(title) + "\n" + normalise(body));
    }

    static String normalise(String text) {
        return WHITESPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").trim();
    }
}
