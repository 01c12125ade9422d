package org.communique.notifier.matching.morphology;

/**
 * A light English stemmer: plural and possessive «s», «-ies», «-ing», «-ed» and a final «e», so that
 * visit, visits, visited and visiting share the stem «visit», and make, makes, making share «mak».
 * It only has to map a keyword and the words of a release onto the same form, not produce real roots.
 */
final class EnglishStemmer {

    private static final String VOWELS = "aeiouy";

    private EnglishStemmer() {
    }

    static String stem(String word) {
        if (word.length() <= 3) {
            return word;
        }
        String w = plural(word);
        w = suffix(w, "ing");
        w = suffix(w, "ed");
        if (w.length() >= 4 && w.endsWith("e")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String plural(String w) {
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("sses")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("es") && (w.endsWith("shes") || w.endsWith("ches") || w.endsWith("xes") || w.endsWith("zes"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String suffix(String w, String suffix) {
        if (!w.endsWith(suffix)) {
            return w;
        }
        String stem = w.substring(0, w.length() - suffix.length());
        if (stem.length() < 3 || !hasVowel(stem)) {
            return w;
        }
        int last = stem.length() - 1;
        char c = stem.charAt(last);
        if (c == stem.charAt(last - 1) && VOWELS.indexOf(c) < 0 && "lsz".indexOf(c) < 0) {
            return stem.substring(0, last);
        }
        if (suffix.equals("ed") && stem.endsWith("i")) {
            return stem.substring(0, last) + "y";
        }
        return stem;
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
