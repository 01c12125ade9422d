package org.communique.notifier.matching.morphology;

/**
 * The nominal part of the Snowball Russian stemmer (M. Porter) for one lower-case word with «ё» already
 * folded into «е»: noun and adjective (and participle) endings, «-ость», superlatives, «нн» and «ь».
 * «визитом», «визита», «визиты» and «визит» all stem to «визит».
 *
 * <p>The verb and gerund steps are left out on purpose: without knowing the part of speech they cut
 * nouns that end like verbs («визит» → «виз», the stem of «визы»; «Казахстана» → «казахста»), and
 * keywords are nearly always nouns, names and adjectives.
 */
final class RussianStemmer {

    private static final String VOWELS = "аеиоуыэюя";

    private static final String[] ADJECTIVE = {"ее", "ие", "ые", "ое", "ими", "ыми", "ей", "ий", "ый", "ой", "ем",
            "им", "ым", "ом", "его", "ого", "ему", "ому", "их", "ых", "ую", "юю", "ая", "яя", "ою", "ею"};
    private static final String[] PARTICIPLE_AFTER_A = {"ем", "нн", "вш", "ющ", "щ"};
    private static final String[] PARTICIPLE = {"ивш", "ывш", "ующ"};
    private static final String[] NOUN = {"а", "ев", "ов", "ие", "ье", "е", "иями", "ями", "ами", "еи", "ии", "и",
            "ией", "ей", "ой", "ий", "й", "иям", "ям", "ием", "ем", "ам", "ом", "о", "у", "ах", "иях", "ях", "ы", "ь",
            "ию", "ью", "ю", "ия", "ья", "я"};
    private static final String[] DERIVATIONAL = {"ост", "ость"};
    private static final String[] SUPERLATIVE = {"ейш", "ейше"};

    private RussianStemmer() {
    }

    static String stem(String word) {
        StringBuilder w = new StringBuilder(word);
        int rv = regionAfterFirstVowel(word);
        int r2 = r2(word);

        if (!removeAdjectival(w, rv)) {
            remove(w, rv, NOUN);
        }
        if (w.length() > rv && w.charAt(w.length() - 1) == 'и') {
            w.setLength(w.length() - 1);
        }
        remove(w, Math.max(rv, r2), DERIVATIONAL);
        tidyUp(w, rv);
        return w.toString();
    }

    private static boolean removeAdjectival(StringBuilder w, int rv) {
        if (!remove(w, rv, ADJECTIVE)) {
            return false;
        }
        removeGrouped(w, rv, PARTICIPLE_AFTER_A, PARTICIPLE);
        return true;
    }

    private static void tidyUp(StringBuilder w, int rv) {
        if (remove(w, rv, SUPERLATIVE)) {
            undoubleN(w, rv);
        } else if (!undoubleN(w, rv) && endsWithin(w, rv, "ь")) {
            w.setLength(w.length() - 1);
        }
    }

    private static boolean undoubleN(StringBuilder w, int rv) {
        if (endsWithin(w, rv, "нн")) {
            w.setLength(w.length() - 1);
            return true;
        }
        return false;
    }

    /**
     * Removes the longest ending from either group; an ending of {@code afterA} counts only right after
     * «а» or «я», which stays. As in Snowball, a longest match whose condition fails removes nothing.
     */
    private static boolean removeGrouped(StringBuilder w, int rv, String[] afterA, String[] plain) {
        String a = longest(w, rv, afterA);
        String p = longest(w, rv, plain);
        if (a == null && p == null) {
            return false;
        }
        if (p != null && (a == null || p.length() >= a.length())) {
            w.setLength(w.length() - p.length());
            return true;
        }
        int before = w.length() - a.length() - 1;
        if (before >= rv && (w.charAt(before) == 'а' || w.charAt(before) == 'я')) {
            w.setLength(w.length() - a.length());
            return true;
        }
        return false;
    }

    private static boolean remove(StringBuilder w, int limit, String[] endings) {
        String ending = longest(w, limit, endings);
        if (ending == null) {
            return false;
        }
        w.setLength(w.length() - ending.length());
        return true;
    }

    /** The longest ending that lies entirely at or after {@code limit}, or null. */
    private static String longest(StringBuilder w, int limit, String[] endings) {
        String best = null;
        for (String ending : endings) {
            if ((best == null || ending.length() > best.length()) && endsWithin(w, limit, ending)) {
                best = ending;
            }
        }
        return best;
    }

    private static boolean endsWithin(StringBuilder w, int limit, String ending) {
        int start = w.length() - ending.length();
        return start >= limit && w.indexOf(ending, start) == start;
    }

    private static int regionAfterFirstVowel(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (isVowel(word.charAt(i))) {
                return i + 1;
            }
        }
        return word.length();
    }

    /** R2: after a vowel, a non-vowel, a vowel and a non-vowel, counting from the start. */
    private static int r2(String word) {
        int position = 0;
        boolean[] lookingForVowel = {true, false, true, false};
        for (boolean vowel : lookingForVowel) {
            while (position < word.length() && isVowel(word.charAt(position)) != vowel) {
                position++;
            }
            if (position == word.length()) {
                return word.length();
            }
            position++;
        }
        return position;
    }

    private static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }
}
