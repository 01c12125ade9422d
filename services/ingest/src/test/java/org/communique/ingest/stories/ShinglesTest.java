package org.communique.ingest.stories;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shingles are stored (story_source_texts, story_boilerplate) and compared across restarts, so the one-pass word
 * split must give exactly the words of the regular-expression normalisation it replaced, on any text.
 */
class ShinglesTest {

    private static String[] byRegex(String text) {
        String normalised = Shingles.normalise(text);
        return normalised.isEmpty() ? new String[0] : normalised.split(" ");
    }

    @Test
    void sameWordsAsTheRegularExpressionOnTheUsualTexts() {
        String[] texts = {
            "", "   ", "...", "one", "Министр иностранных дел Кыргызской Республики Ж. Кулубаев встретился с Ван И.",
            "Қазақстан Республикасының Сыртқы істер министрі 2026 жылғы 7 желтоқсанда",
            "Tokayev met Mirziyoyev; the talks (Astana, 12:30) covered trade — and water.",
            "ЁЛКА ёлка Ёж", "x² + ½ = Ⅻ  ١٢٣ ➀", "ﬁne ＦＵＬＬ𝔸𝔹 e\u0301te", "emoji 😀 in\u00a0between\u2003words",
            "lone \ud83d surrogate \ude00 here", "tab\tnew\nline\r\nend", "İstanbul ΣΊΣΥΦΟΣ straße",
        };
        for (String text : texts) {
            assertThat(Shingles.words(text)).as(text).containsExactly(byRegex(text));
        }
        assertThat(Shingles.words(texts[4])).hasSize(11);
    }

    @Test
    void sameWordsAsTheRegularExpressionOnRandomText() {
        Random random = new Random(5);
        int[] pool = {'a', 'Z', 'ж', 'Ё', 'ё', 'қ', '0', '9', '²', '½', 'Ⅻ', '٣', ' ', '.', ',', '-', '\n', '\t', 0x00a0,
                0x2003, 0x0301, 0x0130, 0xfb01, 0xff26, 0x1d538, 0x1f600, 0xd83d, 0xde00, '_', '\'', '«', '»', 'ſ'};
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0, length = random.nextInt(40); i < length; i++) {
                text.appendCodePoint(pool[random.nextInt(pool.length)]);
            }
            String t = text.toString();
            assertThat(Shingles.words(t)).as(t).containsExactly(byRegex(t));
        }
    }

    @Test
    void longTextsAreCutWhereTheyWere() {
        String text = "слово ".repeat(Shingles.MAX_CHARS);
        assertThat(Shingles.words(text)).containsExactly(byRegex(text));
        assertThat(Shingles.words(text)).hasSize(Shingles.MAX_CHARS / "слово ".length() + 1);
    }
}
