package org.communique.enrichment.tagger.gazetteer;

import org.communique.enrichment.tagger.morph.RussianForms;
import org.communique.enrichment.tagger.morph.TurkicSuffixes;
import org.communique.enrichment.tagger.morph.WordClass;
import org.communique.enrichment.tagger.text.TextFolding;
import org.communique.enrichment.tagger.text.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps a token to the gazetteer words it may be a form of. Russian case forms are generated once from the
 * vocabulary (so lookup is a hash probe); Kazakh and Kyrgyz suffixes are stripped at lookup time, since
 * they stack too freely to enumerate.
 */
final class LemmaIndex {

    /** The trie key that any patronymic («Нургожоевич», «Бескенұлы») matches. */
    static final String PATRONYMIC = "\u0001patronymic";

    private static final String[] PATRONYMIC_ENDINGS = {"ович", "евич", "вич", "овна", "евна", "ична", "улы", "уулу", "кызы"};
    private static final int MIN_TURKIC_STEM = 2;

    private final Map<String, List<Lemma>> lemmasByForm;
    private final Set<String> vocabulary;

    private LemmaIndex(Map<String, List<Lemma>> lemmasByForm, Set<String> vocabulary) {
        this.lemmasByForm = lemmasByForm;
        this.vocabulary = vocabulary;
    }

    /** @param words each vocabulary word (its {@code lower} form) with the ways it inflects */
    static LemmaIndex build(Map<String, Set<WordClass>> words) {
        Map<String, Set<String>> forms = new HashMap<>();
        Set<String> vocabulary = new HashSet<>();
        words.forEach((lower, classes) -> {
            String key = TextFolding.key(lower);
            vocabulary.add(key);
            forms.computeIfAbsent(key, k -> new HashSet<>()).add(key);
            for (WordClass wordClass : classes) {
                for (String form : RussianForms.forms(lower, wordClass)) {
                    forms.computeIfAbsent(TextFolding.key(form), k -> new HashSet<>()).add(key);
                }
                if (wordClass == WordClass.COUNTRY_ADJECTIVE && TextFolding.isLatin(lower.charAt(0))) {
                    forms.computeIfAbsent(TextFolding.key(lower + "s"), k -> new HashSet<>()).add(key);
                }
            }
        });
        Map<String, List<Lemma>> frozen = new HashMap<>();
        forms.forEach((form, lemmas) -> frozen.put(form,
                lemmas.stream().map(lemma -> new Lemma(lemma, !lemma.equals(form), "")).toList()));
        return new LemmaIndex(Map.copyOf(frozen), Set.copyOf(vocabulary));
    }

    /** «Нургожоевич», «Бескенұлы», «Шариповна»: a name ending of a patronymic after at least two letters. */
    private static boolean isPatronymic(String lower) {
        for (String ending : PATRONYMIC_ENDINGS) {
            if (lower.length() >= ending.length() + 2 && lower.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    List<Lemma> candidates(Token token, boolean turkic) {
        String key = token.key();
        List<Lemma> known = lemmasByForm.getOrDefault(key, List.of());
        boolean stripSuffixes = turkic && token.isCyrillic();
        boolean patronymic = token.isCapitalized() && isPatronymic(token.lower());
        if (!stripSuffixes && !patronymic) {
            return known; // the common case: the forms generated at build time, shared
        }
        List<Lemma> out = new ArrayList<>(known);
        if (stripSuffixes) {
            for (int cut = key.length() - 1; cut >= MIN_TURKIC_STEM; cut--) {
                String stem = key.substring(0, cut);
                // «Тяньцзинде», «Казанда»: a name in a soft sign drops it before a Kazakh or Kyrgyz suffix
                String lemma = vocabulary.contains(stem) ? stem : vocabulary.contains(stem + "ь") ? stem + "ь" : null;
                if (lemma != null && TurkicSuffixes.isSuffixChain(key.substring(cut))) {
                    out.add(new Lemma(lemma, true, key.substring(cut)));
                }
            }
        }
        if (patronymic) {
            out.add(new Lemma(PATRONYMIC, false, ""));
        }
        return out;
    }
}
