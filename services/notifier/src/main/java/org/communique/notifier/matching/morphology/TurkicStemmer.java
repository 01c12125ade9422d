package org.communique.notifier.matching.morphology;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Kazakh and Kyrgyz words are a root followed by plural, possessive and case endings, in that order
 * («елдердің» = ел + дер + дің, «сапарымен» = сапар + ы + мен). Instead of guessing one stem, this
 * lists every root the word can be split into where the rest is such a chain of endings; a keyword
 * (its root, as written) matches when it is one of them. So «Жапаров» matches «Жапаровтың», «Астана»
 * matches «Астанада», and nothing is cut from a keyword, so «Астана» stays «астана».
 */
final class TurkicStemmer {

    private static final String VOWELS = "аәеиоөуұүыіэюя";
    private static final int MIN_ROOT = 2;

    private static final String[] PLURAL = {
            "лар", "лер", "дар", "дер", "тар", "тер", "лор", "лөр", "дор", "дөр", "тор", "төр"};

    private static final String[] POSSESSIVE = {
            "ымыз", "іміз", "мыз", "міз", "ыңыз", "іңіз", "ңыз", "ңіз", "ыбыз", "ибиз", "убуз", "үбүз",
            "ыңар", "иңер", "ым", "ім", "им", "ум", "үм", "ың", "ің", "иң", "уң", "үң", "сы", "сі", "си", "су",
            "сү", "м", "ң", "ы", "і", "и", "у", "ү"};

    private static final String[] CASE = {
            // genitive
            "ның", "нің", "дың", "дің", "тың", "тің", "нын", "нин", "нун", "нүн", "дын", "дин", "дун", "дүн",
            "тын", "тин", "тун", "түн",
            // dative (-на/-не and -а/-е after a possessive)
            "ға", "ге", "қа", "ке", "га", "го", "гө", "ка", "ко", "кө", "на", "не", "но", "нө", "а", "е", "о", "ө",
            // accusative (-н after a possessive)
            "ны", "ні", "ды", "ді", "ты", "ті", "ни", "ну", "нү", "ди", "ду", "дү", "ти", "ту", "тү", "н",
            // locative, and the adjective made from it
            "да", "де", "та", "те", "нда", "нде", "до", "дө", "то", "тө", "ндо", "ндө",
            "дағы", "дегі", "тағы", "тегі", "ндағы", "ндегі", "дагы", "деги", "тагы", "теги",
            // ablative
            "дан", "ден", "тан", "тен", "нан", "нен", "дон", "дөн", "тон", "төн", "нон", "нөн",
            // instrumental
            "мен", "бен", "пен", "менен", "бенен", "пенен"};

    private TurkicStemmer() {
    }

    /** The word itself and every shorter root it can be split into. */
    static List<String> roots(String word) {
        Set<String> roots = new LinkedHashSet<>();
        roots.add(word);
        for (String beforeCase : strip(List.of(word), CASE)) {
            for (String beforePossessive : strip(List.of(beforeCase), POSSESSIVE)) {
                for (String root : strip(List.of(beforePossessive), PLURAL)) {
                    if (root.length() >= MIN_ROOT && hasVowel(root)) {
                        roots.add(root);
                    }
                }
            }
        }
        return List.copyOf(roots);
    }

    /** Each word unchanged, and without each ending of {@code endings} that it has. */
    private static List<String> strip(List<String> words, String[] endings) {
        List<String> result = new ArrayList<>(words);
        for (String word : words) {
            for (String ending : endings) {
                if (word.length() > ending.length() && word.endsWith(ending)) {
                    result.add(word.substring(0, word.length() - ending.length()));
                }
            }
        }
        return result;
    }

    private static boolean hasVowel(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (VOWELS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
