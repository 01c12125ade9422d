package org.communique.notifier.matching.morphology;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The table-driven tokenizer gives exactly the words and spans of the general one it replaced, on any text. */
class TokenizerTest {

    // letters of every kind the tables cover and of none, the two whose lower case String treats apart (İ, Σ),
    // ё, combining marks, digits of other scripts, a letter outside the BMP, punctuation and spaces
    private static final String ALPHABET = "aZzßÀÉİıŞşǅΣσςΑΩЁёЙйҚқӨөҮүҢңЖжЪъ\u0301\u0308\u0483"
            + "١٢٣अआ한글中文\uD835\uDC00\uD801\uDC00 -'’«».,;:!?—\t\n0123456789";

    @Test
    void givesTheSameSpansAsTheGeneralWayOnRandomText() {
        Random random = new Random(7);
        int[] codePoints = ALPHABET.codePoints().toArray();
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
            }
            String sample = text.toString();
            assertThat(Tokenizer.spans(sample)).as(sample).isEqualTo(reference(sample));
            assertThat(Tokenizer.tokens(sample)).as(sample)
                    .isEqualTo(reference(sample).stream().map(Tokenizer.Span::token).toList());
        }
    }

    @Test
    void everyCharacterOfTheTablesAloneAndInAWord() {
        for (char c = 0; c < 0x0600; c++) {
            for (String sample : List.of(String.valueOf(c), "Ab" + c + "Вг", c + "x" + c)) {
                assertThat(Tokenizer.spans(sample)).as("U+%04X", (int) c).isEqualTo(reference(sample));
            }
        }
        assertThat(Tokenizer.tokens("Ёлка ЁЛКА")).containsExactly("елка", "елка");
    }

    /** The tokenizer as it was: a code point at a time through Character, each word through String.toLowerCase. */
    private static List<Tokenizer.Span> reference(String text) {
        List<Tokenizer.Span> spans = new ArrayList<>();
        int length = text.length();
        int start = -1;
        for (int i = 0; i < length; ) {
            int codePoint = text.codePointAt(i);
            boolean wordChar = Character.isLetterOrDigit(codePoint)
                    || Character.getType(codePoint) == Character.NON_SPACING_MARK;
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                spans.add(new Tokenizer.Span(start, i, lower(text.substring(start, i))));
                start = -1;
            }
            i += Character.charCount(codePoint);
        }
        if (start >= 0) {
            spans.add(new Tokenizer.Span(start, length, lower(text.substring(start))));
        }
        return spans;
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }
}
