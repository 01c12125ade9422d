package org.communique.ingest.releases;

import java.text.Normalizer;

/**
 * Unicode NFC, without the normaliser for text made only of characters that NFC leaves alone, each by itself
 * and next to any other of them ({@code NfcTest} checks every one and every pair): below U+0300 (Latin up to
 * the combining marks), the Cyrillic letters (not the combining marks U+0483–U+0489), the common
 * punctuation of U+2010–U+205E, the currency signs and №. Releases in Russian, Kazakh, Kyrgyz and English
 * are such text, and the normaliser's quick check looked up every Cyrillic character in its tables, on every
 * title and body, twice (plain text, then the content hash). Anything else goes through {@link Normalizer}.
 */
final class Nfc {

    private Nfc() {
    }

    static String of(String text) {
        return isStable(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** True if every character is one of those, so that the text is NFC already. */
    static boolean isStable(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isStable(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isStable(char c) {
        return c < 0x300
                || (c >= 0x400 && c <= 0x482) || (c >= 0x48a && c <= 0x52f)
                || (c >= 0x2010 && c <= 0x205e) || (c >= 0x20a0 && c <= 0x20c0) || c == 0x2116;
    }
}
