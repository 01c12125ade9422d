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

    private Tokenizer() {
    }

    /** A word at {@code [start, end)} of the text, normalised. */
    public record Span(int start, int end, String token) {
    }

    public static List<String> tokens(String text) {
        return spans(text).stream().map(Span::token).toList();
    }

    public static List<Span> spans(String text) {
        List<Span> spans = new ArrayList<>();
        if (text == null) {
            return spans;
        }
        int length = text.length();
        int start = -1;
        for (int i = 0; i < length; ) {
            int codePoint = text.codePointAt(i);
            boolean wordChar = Character.isLetterOrDigit(codePoint) || Character.getType(codePoint) == Character.NON_SPACING_MARK;
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                spans.add(new Span(start, i, normalize(text.substring(start, i))));
                start = -1;
            }
            i += Character.charCount(codePoint);
        }
        if (start >= 0) {
            spans.add(new Span(start, length, normalize(text.substring(start))));
        }
        return spans;
    }

    /** Lower case with «ё» folded into «е». */
    public static String normalize(String word) {
        return word.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }
}
