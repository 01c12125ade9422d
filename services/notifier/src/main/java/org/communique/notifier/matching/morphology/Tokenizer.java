package org.communique.notifier.matching.morphology;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into lower-case word tokens: runs of letters and digits, so hyphens, apostrophes and
 * punctuation separate words («казахстанско-кыргызских» is two tokens). «ё» is folded into «е», as
 * Russian writers and taggers use them interchangeably.
 */
public final class Tokenizer {

    /** Characters below this are looked up in the tables; the rest go the general way. */
    private static final int TABLED = 0x0530;
    private static final boolean[] WORD_CHAR = new boolean[TABLED];
    /** Each character's normalised form, 0 where it is not one char or depends on the rest of the word. */
    private static final char[] LOWER = new char[TABLED];

    static {
        for (char c = 0; c < TABLED; c++) {
            WORD_CHAR[c] = isWordChar(c);
            String alone = normalize(String.valueOf(c));
            // İ lowers to two chars and Σ by its place in the word (String.toLowerCase); both the general way
            if (alone.length() == 1 && c != '\u0130' && c != '\u03A3' && alone.charAt(0) != 0) {
                LOWER[c] = alone.charAt(0);
            }
        }
    }

    private Tokenizer() {
    }

    /** A word at {@code [start, end)} of the text, normalised. */
    public record Span(int start, int end, String token) {
    }

    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        split(text, (start, end, token) -> tokens.add(token));
        return tokens;
    }

    public static List<Span> spans(String text) {
        List<Span> spans = new ArrayList<>();
        split(text, (start, end, token) -> spans.add(new Span(start, end, token)));
        return spans;
    }

    private interface Words {
        void word(int start, int end, String token);
    }

    private static void split(String text, Words words) {
        if (text == null) {
            return;
        }
        int length = text.length();
        int start = -1;
        for (int i = 0; i < length; ) {
            char c = text.charAt(i);
            int codePoint;
            boolean wordChar;
            if (c < TABLED) {
                codePoint = c;
                wordChar = WORD_CHAR[c];
            } else {
                codePoint = text.codePointAt(i);
                wordChar = isWordChar(codePoint);
            }
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                words.word(start, i, normalize(text, start, i));
                start = -1;
            }
            i += Character.charCount(codePoint);
        }
        if (start >= 0) {
            words.word(start, length, normalize(text, start, length));
        }
    }

    private static boolean isWordChar(int codePoint) {
        return Character.isLetterOrDigit(codePoint) || Character.getType(codePoint) == Character.NON_SPACING_MARK;
    }

    // text.substring(start, end) normalised; by table for Latin and Cyrillic letters, whose lower case is one
    // char of the same place in the table, the general way for anything else
    private static String normalize(String text, int start, int end) {
        char[] lower = new char[end - start];
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            char folded = c < TABLED ? LOWER[c] : 0;
            if (folded == 0) {
                return normalize(text.substring(start, end));
            }
            lower[i - start] = folded;
        }
        return new String(lower);
    }

    /** Lower case with «ё» folded into «е». */
    public static String normalize(String word) {
        return word.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }
}
