package org.communique.enrichment.tagger.events;

import org.communique.enrichment.tagger.text.TextFolding;
import org.communique.enrichment.tagger.text.Token;

import java.util.HashMap;
import java.util.Map;

/**
 * A set of word stems in any of the four languages, written in ordinary spelling and compared in folded
 * form. A stem matches any word it begins; a stem written {@code "=word"} matches only that word
 * (short English words such as "met" would begin too many others). Stems sit in a character trie, so a word is
 * checked in one pass over its letters, whatever the number of stems.
 */
final class Words {

    private static final class Node {
        final Map<Character, Node> next = new HashMap<>(4);
        boolean stemEnds;
        boolean wordEnds;
    }

    private final Node root = new Node();

    private Words() {
    }

    static Words of(String... stems) {
        Words words = new Words();
        for (String stem : stems) {
            boolean exact = stem.startsWith("=");
            Node node = words.root;
            for (char c : TextFolding.lower(exact ? stem.substring(1) : stem).toCharArray()) {
                node = node.next.computeIfAbsent(c, k -> new Node());
            }
            if (exact) {
                node.wordEnds = true;
            } else {
                node.stemEnds = true;
            }
        }
        return words;
    }

    boolean matches(Token token) {
        return matches(token.lower());
    }

    boolean matches(String lower) {
        Node node = root;
        for (int i = 0; i < lower.length(); i++) {
            node = node.next.get(lower.charAt(i));
            if (node == null) {
                return false;
            }
            if (node.stemEnds) {
                return true;
            }
        }
        return node.wordEnds;
    }
}
