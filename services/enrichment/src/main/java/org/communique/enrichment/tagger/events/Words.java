package org.communique.enrichment.tagger.events;

import org.communique.enrichment.tagger.text.TextFolding;
import org.communique.enrichment.tagger.text.Token;


/**
 * A set of word stems in any of the four languages, written in ordinary spelling and compared in folded
 * form. A stem matches any word it begins; a stem written {@code "=word"} matches only that word
 * (short English words such as "met" would begin too many others). Stems sit in a character trie, so a word is
 * checked in one pass over its letters, whatever the number of stems.
 */
final class Words {

    /** Children as parallel arrays (few per node): a lookup boxes nothing and allocates nothing. */
    private static final class Node {
        char[] keys = new char[0];
        Node[] children = new Node[0];
        boolean stemEnds;
        boolean wordEnds;

        Node get(char c) {
            char[] k = keys;
            for (int i = 0; i < k.length; i++) {
                if (k[i] == c) {
                    return children[i];
                }
            }
            return null;
        }

        Node getOrAdd(char c) {
            Node child = get(c);
            if (child == null) {
                child = new Node();
                keys = java.util.Arrays.copyOf(keys, keys.length + 1);
                children = java.util.Arrays.copyOf(children, children.length + 1);
                keys[keys.length - 1] = c;
                children[children.length - 1] = child;
            }
            return child;
        }
    }

    /** First letters below this (ASCII and Cyrillic) are looked up in a table: the root has the most children. */
    private static final char TABLE_END = '\u0500';

    private final Node root = new Node();
    private Node[] firstLetters;

    private Words() {
    }

    static Words of(String... stems) {
        Words words = new Words();
        for (String stem : stems) {
            boolean exact = stem.startsWith("=");
            Node node = words.root;
            for (char c : TextFolding.lower(exact ? stem.substring(1) : stem).toCharArray()) {
                node = node.getOrAdd(c);
            }
            if (exact) {
                node.wordEnds = true;
            } else {
                node.stemEnds = true;
            }
        }
        words.firstLetters = new Node[TABLE_END];
        for (int i = 0; i < words.root.keys.length; i++) {
            if (words.root.keys[i] < TABLE_END) {
                words.firstLetters[words.root.keys[i]] = words.root.children[i];
            }
        }
        return words;
    }

    boolean matches(Token token) {
        return matches(token.lower());
    }

    boolean matches(String lower) {
        if (lower.isEmpty()) {
            return root.wordEnds;
        }
        char first = lower.charAt(0);
        Node node = first < TABLE_END ? firstLetters[first] : root.get(first);
        if (node == null) {
            return false;
        }
        if (node.stemEnds) {
            return true;
        }
        for (int i = 1; i < lower.length(); i++) {
            node = node.get(lower.charAt(i));
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
