package org.communique.enrichment.tagger.text;

import java.util.Locale;
import java.util.Set;

/**
 * The language detector as it was before it stopped folding and looking up every word (kept to show the
 * faster one decides exactly as it did). Tells ru, kk, ky and en apart by script and letter statistics: Kazakh has letters no other of these
 * languages uses (ә ғ қ ұ һ і), Kyrgyz shares only ң ө ү with it, Russian uses neither, English is Latin.
 * A short Kazakh or Kyrgyz text may contain none of those letters; then frequent function words decide.
 */
final class ReferenceLanguageDetector {

    static final Set<String> SUPPORTED = Set.of("ru", "kk", "ky", "en");

    private static final String KAZAKH_ONLY = "әғқұһіӘҒҚҰҺІ";
    private static final String KAZAKH_OR_KYRGYZ = "ңөүҢӨҮ";
    private static final double SHARE = 0.004;
    private static final int MIN_LETTERS = 2;

    // folded spellings (see TextFolding.lower): «және» → «жане», «үчүн» → «учун»
    private static final Set<String> RUSSIAN_WORDS = Set.of("и", "в", "во", "на", "с", "со", "по", "что", "как", "для",
            "не", "от", "из", "к", "о", "об", "это", "был", "была", "были", "также", "его", "ее", "их");
    private static final Set<String> KAZAKH_WORDS = Set.of("жане", "мен", "бойынша", "туралы", "ушин", "осы", "бул",
            "деп", "жылы", "сондай", "кезинде", "аясында", "арасындагы");
    private static final Set<String> KYRGYZ_WORDS = Set.of("жана", "менен", "боюнча", "тууралуу", "учун", "ошондой",
            "бул", "деп", "жылы", "жонундо", "алкагында", "ортосундагы", "ал");

    private ReferenceLanguageDetector() {
    }

    /** Returns {@code declared} when it is a supported language, otherwise the detected one. */
    static String detect(String declared, String... texts) {
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

    private static final class Counts {
        long cyrillic;
        long latin;
        long kazakhLetters;
        long sharedLetters;
        int russianWords;
        int kazakhWords;
        int kyrgyzWords;

        void add(String text) {
            int wordStart = -1;
            for (int i = 0; i <= text.length(); i++) {
                char c = i < text.length() ? text.charAt(i) : ' ';
                if (TextFolding.isCyrillic(c)) {
                    cyrillic++;
                    if (KAZAKH_ONLY.indexOf(c) >= 0) {
                        kazakhLetters++;
                    } else if (KAZAKH_OR_KYRGYZ.indexOf(c) >= 0) {
                        sharedLetters++;
                    }
                } else if (TextFolding.isLatin(c)) {
                    latin++;
                }
                boolean letter = Character.isLetter(c);
                if (letter && wordStart < 0) {
                    wordStart = i;
                } else if (!letter && wordStart >= 0) {
                    word(TextFolding.lower(text.substring(wordStart, i)));
                    wordStart = -1;
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
