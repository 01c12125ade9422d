package org.communique.enrichment.tagger.gazetteer;

import org.communique.enrichment.tagger.morph.WordClass;
import org.communique.enrichment.tagger.text.Token;
import org.communique.enrichment.tagger.text.Tokenizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A trie over the dictionary forms of phrase words, matched in one left-to-right pass over a field's tokens.
 * Each token offers the dictionary forms it may stand for ({@link LemmaIndex}), so «Садыром Жапаровым» walks the
 * same path as «Садыр Жапаров». Overlapping matches are settled longest first, then by entry priority.
 * Immutable once built; safe to share between threads.
 */
public final class Gazetteer<T> {

    private final Node<T> root;
    private final LemmaIndex lemmas;

    private Gazetteer(Node<T> root, LemmaIndex lemmas) {
        this.root = root;
        this.lemmas = lemmas;
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** The non-overlapping matches of a field, in text order. */
    public List<Match<T>> match(Tokenizer.Field field, String language) {
        List<Token> tokens = field.tokens();
        boolean turkic = language.equals("kk") || language.equals("ky");
        List<List<Lemma>> candidates = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            candidates.add(lemmas.candidates(token, turkic));
        }
        List<Found<T>> found = new ArrayList<>();
        for (int start = 0; start < tokens.size(); start++) {
            walk(root, field, start, start, false, candidates, language, found);
        }
        return select(found, tokens.size());
    }

    private void walk(Node<T> node, Tokenizer.Field field, int start, int position, boolean inflected,
                      List<List<Lemma>> candidates, String language, List<Found<T>> found) {
        List<Token> tokens = field.tokens();
        for (Lemma lemma : candidates.get(position)) {
            Node<T> child = node.children.get(lemma.key());
            if (child == null) {
                continue;
            }
            boolean nowInflected = inflected || lemma.inflected();
            for (Entry<T> entry : child.entries) {
                if (entry.allows(language) && caseFits(entry, tokens, start, position)) {
                    found.add(new Found<>(entry, start, position, nowInflected, lemma.turkicSuffix()));
                }
            }
            if (!child.children.isEmpty() && position + 1 < tokens.size()
                    && continues(field.text(), tokens.get(position), tokens.get(position + 1))) {
                walk(child, field, start, position + 1, nowInflected, candidates, language, found);
            }
        }
    }

    private static boolean continues(String text, Token previous, Token next) {
        return next.joinsPrevious() || next.separator().equals(".") && previous.isInitial(text);
    }

    private static <T> boolean caseFits(Entry<T> entry, List<Token> tokens, int first, int last) {
        return switch (entry.caseRule()) {
            case ANY -> true;
            case CAPITALIZED -> tokens.get(first).isCapitalized();
            case EVERY_WORD_CAPITALIZED -> {
                for (int i = first; i <= last; i++) {
                    boolean inside = i > first && i < last;
                    if (!tokens.get(i).isCapitalized() && !(inside && NameParticles.is(tokens.get(i).raw()))) {
                        yield false;
                    }
                }
                yield true;
            }
            case AS_WRITTEN -> {
                if (entry.pattern().size() != last - first + 1) {
                    yield false;
                }
                for (int i = first; i <= last; i++) {
                    if (!capitalsKept(entry.pattern().get(i - first), tokens.get(i).raw())) {
                        yield false;
                    }
                }
                yield true;
            }
        };
    }

    private static boolean capitalsKept(String pattern, String raw) {
        if (raw.length() > pattern.length() && lowerCaseTail(raw, pattern.length())) {
            // «АКШнын», «АҚШтың», «КРда»: a Kazakh or Kyrgyz case ending written on to the abbreviation
            raw = raw.substring(0, pattern.length());
        }
        if (pattern.length() != raw.length()) {
            return false;
        }
        for (int i = 0; i < pattern.length(); i++) {
            // a capital must be that very capital: «ҚР» (Kazakhstan in Kazakh) is not «КР» (Kyrgyzstan), though both fold
            if (Character.isUpperCase(pattern.charAt(i)) && raw.charAt(i) != pattern.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean lowerCaseTail(String raw, int from) {
        if (from < 2 || !Character.isUpperCase(raw.charAt(from - 1))) {
            return false;
        }
        for (int i = from; i < raw.length(); i++) {
            if (!Character.isLowerCase(raw.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static <T> List<Match<T>> select(List<Found<T>> found, int tokenCount) {
        found.sort(Comparator.<Found<T>>comparingInt(f -> f.first - f.last)
                .thenComparingInt(f -> f.entry.priority())
                .thenComparingInt(f -> f.first)
                .thenComparing(f -> f.inflected));
        boolean[] taken = new boolean[tokenCount];
        Map<Long, Group<T>> chosen = new LinkedHashMap<>();
        for (Found<T> f : found) {
            // first * tokenCount + last: unique per span and well spread; (first << 32 | last) hashed every
            // one-word span (first == last) to 0, so the map degenerated into one tree bin on long texts
            long span = (long) f.first * tokenCount + f.last;
            Group<T> group = chosen.get(span);
            if (group != null) {
                if (group.priority == f.entry.priority() && !group.values.contains(f.entry.value())) {
                    group.values.add(f.entry.value());
                }
                continue;
            }
            if (anyTaken(taken, f.first, f.last)) {
                continue;
            }
            for (int i = f.first; i <= f.last; i++) {
                taken[i] = true;
            }
            Group<T> g = new Group<>(f.first, f.last, f.entry.priority(), f.inflected, f.turkicSuffix);
            g.values.add(f.entry.value());
            chosen.put(span, g);
        }
        List<Match<T>> out = new ArrayList<>();
        chosen.values().stream().sorted(Comparator.comparingInt(g -> g.first))
                .forEach(g -> out.add(new Match<>(g.first, g.last, g.values, g.inflected, g.turkicSuffix)));
        return out;
    }

    private static boolean anyTaken(boolean[] taken, int first, int last) {
        for (int i = first; i <= last; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    private record Found<T>(Entry<T> entry, int first, int last, boolean inflected, String turkicSuffix) {
    }

    private static final class Group<T> {
        final int first;
        final int last;
        final int priority;
        final boolean inflected;
        final String turkicSuffix;
        final List<T> values = new ArrayList<>(1);

        Group(int first, int last, int priority, boolean inflected, String turkicSuffix) {
            this.first = first;
            this.last = last;
            this.priority = priority;
            this.inflected = inflected;
            this.turkicSuffix = turkicSuffix;
        }
    }

    private static final class Node<T> {
        final Map<String, Node<T>> children = new HashMap<>(4);
        final List<Entry<T>> entries = new ArrayList<>(1);
    }

    /** Collects phrases; {@link #build()} generates the word forms. A builder builds one gazetteer. */
    public static final class Builder<T> {

        private final Node<T> root = new Node<>();
        private final Map<String, Set<WordClass>> words = new HashMap<>();

        private Builder() {
        }

        /**
         * Adds a phrase, tokenised like running text. {@code wordClasses} gives how each word inflects; when shorter
         * than the phrase its last element applies to the remaining words.
         */
        public Builder<T> add(String phrase, List<WordClass> wordClasses, Entry<T> entry) {
            List<Token> tokens = Tokenizer.phrase(phrase);
            if (tokens.isEmpty()) {
                return this;
            }
            List<String> keys = new ArrayList<>(tokens.size());
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                WordClass wordClass = wordClasses.get(Math.min(i, wordClasses.size() - 1));
                words.computeIfAbsent(token.lower(), w -> new TreeSet<>()).add(wordClass);
                keys.add(token.key());
            }
            insert(keys, entry);
            return this;
        }

        /** Adds "given [patronymic] surname" for a full name of two or more words: «Садыр Нургожоевич Жапаров». */
        public Builder<T> addPatronymicVariant(String phrase, Entry<T> entry) {
            List<Token> tokens = Tokenizer.phrase(phrase);
            if (tokens.size() < 2) {
                return this;
            }
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < tokens.size() - 1; i++) {
                keys.add(tokens.get(i).key());
            }
            keys.add(LemmaIndex.PATRONYMIC);
            keys.add(tokens.get(tokens.size() - 1).key());
            insert(keys, entry);
            return this;
        }

        private void insert(List<String> keys, Entry<T> entry) {
            Node<T> node = root;
            for (String key : keys) {
                node = node.children.computeIfAbsent(key, k -> new Node<>());
            }
            for (Entry<T> existing : node.entries) {
                // the pattern counts for AS_WRITTEN: "US" and "U.S." are two entries
                if (existing.value().equals(entry.value()) && existing.priority() == entry.priority()
                        && existing.caseRule() == entry.caseRule() && existing.languages().equals(entry.languages())
                        && (entry.caseRule() != CaseRule.AS_WRITTEN || existing.pattern().equals(entry.pattern()))) {
                    return;
                }
            }
            node.entries.add(entry);
        }

        public Gazetteer<T> build() {
            return new Gazetteer<>(root, LemmaIndex.build(words));
        }
    }
}
