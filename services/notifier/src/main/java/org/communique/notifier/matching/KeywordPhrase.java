package org.communique.notifier.matching;

import org.communique.notifier.matching.morphology.Stems;
import org.communique.notifier.matching.morphology.Tokenizer;

import java.util.List;

/**
 * One keyword entry of a filter: one or more words, each reduced to its possible stems. It matches a
 * release whose title or body has the words in this order, one after another, in any inflection.
 */
public final class KeywordPhrase {

    private final List<List<String>> words;
    private final int anchor;

    private KeywordPhrase(List<List<String>> words, int anchor) {
        this.words = words;
        this.anchor = anchor;
    }

    public static KeywordPhrase of(String keyword) {
        List<String> tokens = Tokenizer.tokens(keyword);
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("a keyword needs at least one letter or digit: " + keyword);
        }
        List<List<String>> words = tokens.stream().map(Stems::ofKeywordWord).toList();
        // the longest word is likely the rarest, so the index looks the phrase up by it
        int anchor = 0;
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).length() > tokens.get(anchor).length()) {
                anchor = i;
            }
        }
        return new KeywordPhrase(words, anchor);
    }

    /** The stems of each word, for highlighting the words that matched. */
    public List<List<String>> stems() {
        return words;
    }

    /** Stems that a release must contain for this phrase to match; used as index keys. */
    public List<String> anchorStems() {
        return words.get(anchor);
    }

    public boolean matches(ReleaseText text) {
        if (words.size() == 1) {
            for (String stem : words.get(0)) {
                if (text.contains(stem)) {
                    return true;
                }
            }
            return false;
        }
        for (String first : words.get(0)) {
            for (int start : text.positionsOf(first)) {
                if (followedByRest(text, start)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean followedByRest(ReleaseText text, int start) {
        for (int i = 1; i < words.size(); i++) {
            int position = start + i;
            if (words.get(i).stream().noneMatch(stem -> text.hasAt(stem, position))) {
                return false;
            }
        }
        return true;
    }
}
