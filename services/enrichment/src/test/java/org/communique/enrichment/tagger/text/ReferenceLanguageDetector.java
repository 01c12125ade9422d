package org.communique.enrichment.tagger.text;

import java.util.Locale;
import java.util.Set;

/**
 * The language detector as it was before it stopped folding and looking up every word, with the short-text rules
 * of session 5 (kept to show the faster one decides exactly as it did).
 * <p>
 * Tells ru, kk, ky and en apart by script and letter statistics: Kazakh has letters no other of these
 * languages uses (ә ғ қ ұ һ і), Kyrgyz shares only ң ө ү with it, Russian uses neither, English is Latin.
 * A short Kazakh or Kyrgyz text may contain one of those letters or none; then frequent words (function words,
 * common verbs such as «барды», «жолукту», «кездесті») and endings no Russian word has («-ның», «Токаевду») decide,
 * and a one-line text with one such letter and no Russian word is Kazakh or Kyrgyz. Without any Kazakh-only letter a
 * Turkic text is taken for Kyrgyz unless clearly Kazakh words outnumber Kyrgyz ones.
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
            "деп", "жылы", "сондай", "кезинде", "аясында", "арасындагы", "кездести", "кабылдады", "болды", "отти",
            "катысты", "сойлести", "арасында", "бирге", "басшысы", "ынтымактастык", "койды", "жасады", "айтты");
    private static final Set<String> KYRGYZ_WORDS = Set.of("жана", "менен", "боюнча", "тууралуу", "учун", "ошондой",
            "бул", "деп", "жылы", "жонундо", "алкагында", "ортосундагы", "ал", "жолукту", "жолугушту", "кабыл",
            "болду", "отту", "катышты", "суйлошту", "коюшту", "кызматташтык", "ортосунда", "башчысы", "эле", "анын",
            "тосуп", "жонотту", "жонойт", "жолугушат", "катышат", "барат", "келет");
    /** Verbs and words both languages share (folded): evidence against Russian, not between the two. */
    private static final Set<String> TURKIC_WORDS = Set.of("барды", "келди", "алды", "берди", "президенти",
            "министри", "сапар", "сапары", "сапарга", "сапармен", "республикасынын", "мамлекеттик",
            "мемлекеттик", "расмий", "ресми", "кол");
    /**
     * Endings no Russian word has: the genitive «-ның/-дың/-тың», «-дун/-тун» and a case ending on a surname in
     * «-ов/-ев» («Токаевду», «Жапаровдун»), folded.
     */
    private static final String[] TURKIC_ENDINGS = {"нын", "дын", "тын", "дун", "тун", "овду", "евду", "овдун",
            "евдун", "евдин", "овдин", "овго", "евге", "овко", "евке", "овпен", "евпен", "овмен", "евмен"};
    /** Up to this many Cyrillic letters a text is short: a headline, a one-line item. */
    private static final int SHORT = 300;

    private ReferenceLanguageDetector() {
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
        int turkic = counts.kazakhWords + counts.kyrgyzWords + counts.turkicWords + counts.turkicEndings;
        if (counts.cyrillic <= SHORT && counts.russianWords == 0 && turkic > 0
                && counts.kazakhLetters + counts.sharedLetters > 0) {
            // a one-line Kazakh or Kyrgyz text with a single letter of its own: «Жапаров Өзбекстанга барды»
            return counts.kazakhLetters > 0 ? "kk" : "ky";
        }
        if (turkic > counts.russianWords) {
            // no Kazakh letter at all is itself a sign of Kyrgyz: Kazakh text without «і», «қ», «ә», «ғ», «ұ» is rare
            return counts.kazakhWords > counts.kyrgyzWords && counts.kazakhLetters > 0
                    || counts.kazakhWords > counts.kyrgyzWords + 1 ? "kk" : "ky";
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
        int turkicWords;
        int turkicEndings;

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
            if (TURKIC_WORDS.contains(w)) {
                turkicWords++;
            } else if (w.length() >= 5 && !RUSSIAN_WORDS.contains(w)) {
                for (String ending : TURKIC_ENDINGS) {
                    if (w.endsWith(ending)) {
                        turkicEndings++;
                        break;
                    }
                }
            }
        }
    }
}
