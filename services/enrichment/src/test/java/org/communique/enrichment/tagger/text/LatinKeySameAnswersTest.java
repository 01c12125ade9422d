package org.communique.enrichment.tagger.text;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link TextFolding#latinKey} skips words it cannot change; its answers are those of the full folding. */
class LatinKeySameAnswersTest {

    @Test
    void everyWordGetsTheKeyOfTheFullFolding() {
        Random random = new Random(11);
        String letters = "adhjkszyo1é";
        for (int i = 0; i < 200_000; i++) {
            StringBuilder word = new StringBuilder();
            int length = 1 + random.nextInt(8);
            for (int j = 0; j < length; j++) {
                word.append(letters.charAt(random.nextInt(letters.length())));
            }
            String lower = word.toString();
            assertThat(TextFolding.latinKey(lower)).as(lower).isEqualTo(fullFolding(lower));
        }
        for (String word : new String[] {"zhaparov", "dzhaparov", "japarov", "tokayev", "kassym", "almaty", "u.s", "1100"}) {
            assertThat(TextFolding.latinKey(word)).as(word).isEqualTo(fullFolding(word));
        }
    }

    /** {@code latinKey} as it was before the shortcut. */
    private static String fullFolding(String lower) {
        if (lower.isEmpty() || !TextFolding.isLatin(lower.charAt(0))) {
            return lower;
        }
        String s = lower.replace("dzh", "j").replace("zh", "j").replace("kh", "h").replace("y", "");
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (i == 0 || c != s.charAt(i - 1) || Character.isDigit(c)) {
                out.append(c);
            }
        }
        return out.isEmpty() ? lower : out.toString();
    }
}
