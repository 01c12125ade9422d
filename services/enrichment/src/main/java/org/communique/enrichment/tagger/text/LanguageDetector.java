package org.communique.enrichment.tagger.text;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Tells ru, kk, ky and en apart by script and letter statistics: Kazakh has letters no other of these
 * languages uses (ә ғ қ ұ һ і), Kyrgyz shares only ң ө ү with it, Russian uses neither, English is Latin.
 * A short Kazakh or Kyrgyz text may contain none of those letters; then frequent function words decide.
 */
public final class LanguageDetector {

    public static final Set<String> SUPPORTED = Set.of("ru", "kk", "ky", "en");

    private static final double SHARE = 0.004;
    private static final int MIN_LETTERS = 2;

    // folded spellings (see TextFolding.lower): «және» → «жане», «үчүн» → «учун»
    private static final Set<String> RUSSIAN_WORDS = Set.of("и", "в", "во", "на", "с", "со", "по", "что", "как", "для",
            "не", "от", "из", "к", "о", "об", "это", "был", "была", "были", "также", "его", "ее", "их");
    private static final Set<String> KAZAKH_WORDS = Set.of("жане", "мен", "бойынша", "туралы", "ушин", "осы", "бул",
            "деп", "жылы", "сондай", "кезинде", "аясында", "арасындагы");
    private static final Set<String> KYRGYZ_WORDS = Set.of("жана", "менен", "боюнча", "тууралуу", "учун", "ошондой",
            "бул", "деп", "жылы", "жонундо", "алкагында", "ортосундагы", "ал");

    private LanguageDetector() {
    }

    /** Returns {@code declared} when it is a supported language, otherwise the detected one. */
    public static String detect(String declared, String... texts) {
        if (declared != null) {
            String lang = declared.trim().toLowerCase(Locale.ROOT);
            if (SUPPORTED.contains(lang)) {
                return lang;
            }
        }
        Counts counts = new Counts();
        for (String text : texts) {
            if (text != null) {
                counts.add(text);
            }
        }
        if (counts.cyrillic == 0 && counts.latin == 0) {
            return "ru";
        }
        if (counts.latin > counts.cyrillic) {
            return "en";
        }
        if (counts.kazakhLetters >= MIN_LETTERS && counts.kazakhLetters >= SHARE * counts.cyrillic) {
            return "kk";
        }
        if (counts.sharedLetters >= MIN_LETTERS && counts.sharedLetters >= SHARE * counts.cyrillic) {
            return "ky";
        }
        if (counts.kazakhWords + counts.kyrgyzWords > counts.russianWords) {
            return counts.kazakhWords > counts.kyrgyzWords ? "kk" : "ky";
        }
        return "ru";
    }

    /** The longest word of the three lists: a longer word is none of them and is not folded or looked up. */
    private static final int MAX_WORD = Stream.of(RUSSIAN_WORDS, KAZAKH_WORDS, KYRGYZ_WORDS)
            .flatMap(Set::stream).mapToInt(String::length).max().orElseThrow();

    /**
     * One pass over the text, allocating only for words short enough to be a listed word and written in
     * Cyrillic only (all listed words are): those are folded letter by letter as {@link TextFolding#lower}
     * folds them (it maps each Cyrillic letter to one letter), so no substring or fold is made for the
     * other words, and the letter classes are a switch rather than string searches. Counts exactly what a
     * fold and lookup of every word would count.
     */
    /** {@code Character.isLetter} for a char {@link TextFolding#isCyrillic} accepts: all but a sign and the combining marks. */
    static boolean isCyrillicLetter(char c) {
        return c < '\u0482' || c > '\u0489';
    }

    private static final class Counts {
        long cyrillic;
        long latin;
        long kazakhLetters;
        long sharedLetters;
        int russianWords;
        int kazakhWords;
        int kyrgyzWords;

        void add(String text) {
            char[] word = new char[MAX_WORD];
            int length = -1;            // letters in the current word; -1 outside a word
            boolean candidate = false;  // all Cyrillic so far, and not longer than MAX_WORD
            for (int i = 0, n = text.length(); i <= n; i++) {
                char c = i < n ? text.charAt(i) : ' ';
                boolean cyrillicChar = TextFolding.isCyrillic(c);
                if (cyrillicChar) {
                    cyrillic++;
                    switch (c) {
                        case 'ә', 'ғ', 'қ', 'ұ', 'һ', 'і', 'Ә', 'Ғ', 'Қ', 'Ұ', 'Һ', 'І' -> kazakhLetters++;
                        case 'ң', 'ө', 'ү', 'Ң', 'Ө', 'Ү' -> sharedLetters++;
                        default -> {
                        }
                    }
                } else if (TextFolding.isLatin(c)) {
                    latin++;
                }
                boolean letter = c < 128 ? (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')
                        : cyrillicChar ? isCyrillicLetter(c) : Character.isLetter(c);
                if (letter) {
                    if (length < 0) {
                        length = 0;
                        candidate = true;
                    }
                    if (candidate) {
                        if (cyrillicChar && length < MAX_WORD) {
                            word[length] = TextFolding.foldCyrillic(c);
                        } else {
                            candidate = false;
                        }
                    }
                    length++;
                } else if (length >= 0) {
                    if (candidate) {
                        word(new String(word, 0, length));
                    }
                    length = -1;
                }
            }
        }

        private void word(String w) {
            if (RUSSIAN_WORDS.contains(w)) {
                russianWords++;
            }
            if (KAZAKH_WORDS.contains(w)) {
                kazakhWords++;
            }
            if (KYRGYZ_WORDS.contains(w)) {
                kyrgyzWords++;
            }
        }
    }
}
