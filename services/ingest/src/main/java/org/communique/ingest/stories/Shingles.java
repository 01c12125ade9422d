package org.communique.ingest.stories;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The text of a release as a set of hashed character 5-grams ("shingles") of its normalised form: case
 * folded, ё as е, punctuation and line breaks as single spaces. Character shingles survive the small
 * rewrites agencies make (a dateline, a changed ending) better than word shingles do.
 */
final class Shingles {

    static final int LENGTH = 5;

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Shingles() {
    }

    static String normalise(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('ё', 'е');
        return NOT_WORD.matcher(folded).replaceAll(" ").strip();
    }

    /** Distinct 64-bit hashes of the shingles, sorted. */
    static long[] of(String text) {
        String normalised = normalise(text);
        if (normalised.length() < LENGTH) {
            return new long[0];
        }
        long[] hashes = new long[normalised.length() - LENGTH + 1];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = fnv1a(normalised, i, i + LENGTH);
        }
        return Arrays.stream(hashes).sorted().distinct().toArray();
    }

    private static long fnv1a(String text, int from, int to) {
        long hash = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            hash ^= text.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
