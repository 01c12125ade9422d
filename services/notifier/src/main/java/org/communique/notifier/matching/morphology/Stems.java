package org.communique.notifier.matching.morphology;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

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

    // words up to this length, each with its stems at most about 300 bytes: the memo stays under 15 MB whatever
    // the releases hold (a longer token, rare in prose, is stemmed each time)
    private static final int REMEMBERED_LENGTH = 40;
    private static final Cache<Word, List<String>> RELEASE_WORDS = Caffeine.newBuilder().maximumSize(50_000).build();

    /** A memo key: both strings keep their hash, so a look-up hashes no new text. */
    private record Word(String language, String token) {
    }

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

    /**
     * Stems of a word of a release written in {@code language} (ISO 639-1, may be null). Remembered for the most
     * frequent words: releases repeat the same few thousand words, and stemming each again was the largest cost
     * of matching a release (13 % of the notifier's samples at 200 releases/s).
     */
    public static List<String> of(String token, String language) {
        if (token.length() > REMEMBERED_LENGTH) {
            return stem(token, language);
        }
        return RELEASE_WORDS.get(new Word(language, token), key -> stem(token, language));
    }

    private static List<String> stem(String token, String language) {
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
                yield List.copyOf(both);
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
