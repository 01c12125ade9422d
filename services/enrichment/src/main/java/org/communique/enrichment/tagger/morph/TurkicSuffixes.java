package org.communique.enrichment.tagger.morph;

import java.util.List;
import java.util.Set;

/**
 * Kazakh and Kyrgyz case, possessive and plural suffixes, in the folded spelling of
 * {@link org.communique.enrichment.tagger.text.TextFolding} (қ→к, ң→н, ө→о, ү→у, і→и...).
 * {@link #isSuffixChain} accepts up to three stacked suffixes: «Қазақстан-ның», «Жапаров-тың»,
 * «Республика-сы-ның», «Қазақстан-да-ғы», «Кыргызстан-дык-тар».
 */
public final class TurkicSuffixes {

    private static final Set<String> SUFFIXES = Set.of(
            // genitive
            "нын", "нин", "дын", "дин", "тын", "тин", "нун", "дун", "тун",
            // dative
            "га", "ге", "ка", "ке", "го", "ко", "на", "не", "а", "е",
            // accusative
            "ны", "ни", "ды", "ди", "ты", "ти", "ну", "ду", "ту", "н",
            // locative
            "да", "де", "та", "те", "нда", "нде", "до", "то",
            // ablative
            "дан", "ден", "тан", "тен", "нан", "нен", "дон", "тон", "нон",
            // instrumental, comitative
            "мен", "бен", "пен", "менен", "бенен", "пенен",
            // third-person possessive
            "ы", "и", "сы", "си", "у", "су", "ын", "ин", "сын", "син",
            // first-person plural possessive: «Президентіміз», «Президентибиз», «басшымыз»
            "ымыз", "имиз", "мыз", "миз", "ыбыз", "ибиз", "быз", "биз", "убуз", "буз", "умуз", "муз",
            // attributive -ғы/-гі, adjectival -лық/-дық («қазақстандық»)
            "гы", "ги", "кы", "ки", "гу", "ку",
            "лык", "лик", "дык", "дик", "тык", "тик", "лук", "дук", "тук",
            // plural
            "лар", "лер", "дар", "дер", "тар", "тер", "лор", "дор", "тор");

    private static final int MAX_CHAIN = 3;

    private TurkicSuffixes() {
    }

    private static final List<String> FIRST_PERSON_PLURAL = List.of("ымыз", "имиз", "мыз", "миз", "ыбыз", "ибиз", "быз",
            "биз", "убуз", "буз", "умуз", "муз");

    /** A suffix chain that starts with the first-person plural possessive: «-іміз», «-ибиз», «-ибиздин». */
    public static boolean firstPersonPlural(String chain) {
        if (chain == null || chain.isEmpty()) {
            return false;
        }
        for (String p : FIRST_PERSON_PLURAL) {
            if (chain.startsWith(p) && isSuffixChain(chain.substring(p.length()))) {
                return true;
            }
        }
        return false;
    }

    public static boolean isSuffixChain(String rest) {
        return chain(rest, 0, MAX_CHAIN);
    }

    private static boolean chain(String rest, int from, int budget) {
        if (from == rest.length()) {
            return true;
        }
        if (budget == 0) {
            return false;
        }
        for (int end = Math.min(rest.length(), from + 5); end > from; end--) {
            if (SUFFIXES.contains(rest.substring(from, end)) && chain(rest, end, budget - 1)) {
                return true;
            }
        }
        return false;
    }
}
