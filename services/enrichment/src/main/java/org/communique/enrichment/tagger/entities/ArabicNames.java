package org.communique.enrichment.tagger.entities;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The ways the press shortens and spells Arabic names: without the family name ("Abdullah bin Zayed" for Abdullah bin
 * Zayed Al Nahyan, «Мухаммед бин Салман» without «Аль Сауд»), and «бин» or «бен» for "son of" in Russian.
 */
final class ArabicNames {

    private static final Set<String> SON_OF = Set.of("bin", "ben", "ibn", "бин", "бен", "ибн");
    private static final Map<String, String> RUSSIAN_SPELLINGS = Map.of("бин", "бен", "бен", "бин");

    private ArabicNames() {
    }

    static Set<String> withVariants(Set<String> names) {
        Set<String> out = new LinkedHashSet<>(names);
        for (String name : names) {
            String[] words = name.trim().split("\\s+");
            int sonOf = sonOf(words);
            if (sonOf < 0) {
                continue;
            }
            Set<String> spellings = new LinkedHashSet<>();
            spellings.add(String.join(" ", words));
            String other = RUSSIAN_SPELLINGS.get(words[sonOf].toLowerCase(Locale.ROOT));
            if (other != null) {
                String[] swapped = words.clone();
                swapped[sonOf] = other;
                spellings.add(String.join(" ", swapped));
            }
            for (String spelling : spellings) {
                out.add(spelling);
                String[] w = spelling.split(" ");
                if (sonOf + 2 < w.length && familyName(w[sonOf + 2])) {
                    out.add(String.join(" ", Arrays.copyOfRange(w, 0, sonOf + 2)));
                }
            }
        }
        return out;
    }

    /** The index of "bin" in a name that has a given name before it and a father's name after it, or -1. */
    private static int sonOf(String[] words) {
        for (int i = 1; i + 1 < words.length; i++) {
            if (SON_OF.contains(words[i].toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }

    /** "Al Nahyan", «Аль Сауд», "Al-Thani": the family name after the father's. */
    private static boolean familyName(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.equals("al") || w.equals("аль") || w.equals("ал") || w.startsWith("al-") || w.startsWith("аль-")
                || w.startsWith("ал-");
    }
}
