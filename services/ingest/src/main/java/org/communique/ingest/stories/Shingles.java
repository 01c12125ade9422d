package org.communique.ingest.stories;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The text of a release as a set of hashed word 3-grams ("shingles") of its normalised form: case folded,
 * ё as е, punctuation and line breaks as single spaces. Word shingles are specific enough that the ones a
 * source repeats in release after release (its boilerplate, see {@link SourceHistory}) can be told from
 * the ones that describe an event; a light edit changes only the few shingles that contain the edited words.
 * Only the first {@value #MAX_CHARS} characters are read: a story is recognised by its beginning.
 */
final class Shingles {

    static final int WORDS = 3;
    static final int MAX_CHARS = 16 * 1024;

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Shingles() {
    }

    static String normalise(String text) {
        String capped = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        String folded = Normalizer.normalize(capped, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('ё', 'е');
        return NOT_WORD.matcher(folded).replaceAll(" ").strip();
    }

    /** Distinct 64-bit hashes of the shingles, sorted. */
    static long[] of(String text) {
        String[] words = words(text);
        if (words.length < WORDS) {
            return new long[0];
        }
        long[] hashes = new long[words.length - WORDS + 1];
        for (int i = 0; i < hashes.length; i++) {
            long hash = 0xcbf29ce484222325L;
            for (int w = i; w < i + WORDS; w++) {
                hash = fnv1a(hash, words[w]);
                hash = (hash ^ ' ') * 0x100000001b3L;
            }
            hashes[i] = hash;
        }
        return sortedDistinct(hashes);
    }

    // in place, without a stream pipeline (a tenth of the assigner's samples went to LongStream's machinery)
    private static long[] sortedDistinct(long[] hashes) {
        Arrays.sort(hashes);
        int distinct = 0;
        for (int i = 0; i < hashes.length; i++) {
            if (distinct == 0 || hashes[i] != hashes[distinct - 1]) {
                hashes[distinct++] = hashes[i];
            }
        }
        return distinct == hashes.length ? hashes : Arrays.copyOf(hashes, distinct);
    }

    /**
     * The words of {@link #normalise}'s text, {@code normalise(text).split(" ")} for a text with any, found in one
     * pass over the folded text instead of a regular-expression replacement, a strip and a split (the assigner's
     * largest cost per release after stripping boilerplate).
     */
    static String[] words(String text) {
        String capped = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        String folded = Normalizer.normalize(capped, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('ё', 'е');
        java.util.List<String> words = new java.util.ArrayList<>(folded.length() / 6 + 1);
        int start = -1;
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            if (isWordChar(c)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                words.add(folded.substring(start, i));
                start = -1;
            }
            i += Character.charCount(c);
        }
        if (start >= 0) {
            words.add(folded.substring(start));
        }
        return words.toArray(new String[0]);
    }

    // \p{L} or \p{N}, as java.util.regex reads them
    private static boolean isWordChar(int c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** The shingles of {@code shingles} (sorted) that {@code drop} does not contain. */
    static long[] without(long[] shingles, java.util.function.LongPredicate drop) {
        long[] kept = new long[shingles.length];
        int count = 0;
        for (long shingle : shingles) {
            if (!drop.test(shingle)) {
                kept[count++] = shingle;
            }
        }
        return count == kept.length ? kept : Arrays.copyOf(kept, count);
    }

    private static long fnv1a(long hash, String word) {
        for (int i = 0; i < word.length(); i++) {
            hash ^= word.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
