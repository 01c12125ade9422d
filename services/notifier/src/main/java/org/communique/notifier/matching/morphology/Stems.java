package org.communique.notifier.matching.morphology;

import java.util.ArrayList;
import java.util.List;

/**
 * The stems of one token, each tagged with the stemmer that made it ({@code ru:визит}, {@code tk:сапар},
 * {@code en:visit}, {@code raw:2026}), so that a keyword and a release word match when any stemmer that
 * applies to both maps them to the same form.
 *
 * <p>Cyrillic words get the Russian stem in Russian releases, their possible Kazakh/Kyrgyz roots in
 * Kazakh and Kyrgyz releases, and both when the language is unknown. A Cyrillic keyword word gets its
 * Russian stem and itself as a Kazakh/Kyrgyz root (its language is not known, and a root is how a
 * subscriber writes it). Latin words get the English stem.
 */
public final class Stems {

    private Stems() {
    }

    /** Stems of a keyword word: every stemmer that may apply. */
    public static List<String> ofKeywordWord(String token) {
        return switch (Script.of(token)) {
            case CYRILLIC -> List.of(russian(token), "tk:" + token);
            case LATIN -> List.of(english(token));
            case OTHER -> List.of("raw:" + token);
        };
    }

    /** Stems of a word of a release written in {@code language} (ISO 639-1, may be null). */
    public static List<String> of(String token, String language) {
        return switch (Script.of(token)) {
            case CYRILLIC -> {
                if ("ru".equals(language)) {
                    yield List.of(russian(token));
                }
                List<String> roots = turkicRoots(token);
                if ("kk".equals(language) || "ky".equals(language)) {
                    yield roots;
                }
                List<String> both = new ArrayList<>(roots.size() + 1);
                both.add(russian(token));
                both.addAll(roots);
                yield both;
            }
            case LATIN -> List.of(english(token));
            case OTHER -> List.of("raw:" + token);
        };
    }

    private static String russian(String token) {
        return "ru:" + RussianStemmer.stem(token);
    }

    private static String english(String token) {
        return "en:" + EnglishStemmer.stem(token);
    }

    private static List<String> turkicRoots(String token) {
        return TurkicStemmer.roots(token).stream().map(root -> "tk:" + root).toList();
    }
}
