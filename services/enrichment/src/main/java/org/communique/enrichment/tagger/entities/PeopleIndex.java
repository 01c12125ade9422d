package org.communique.enrichment.tagger.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The people of a document by sentence, by place and by country, for the rules that look for the people of one
 * sentence or the last one named before a phrase: each such look at the whole list costs the square of the
 * document's length on a text of many office mentions. The index follows the document's list of people, which only
 * grows while roles are resolved (a mention replaced in place keeps its span and its case; one given another person
 * is reported through {@link #replaced}); a shorter or another list is indexed anew. Answers are those of a scan of
 * the whole list in its order.
 */
final class PeopleIndex {

    private final Function<PersonMention, String> countryOf;
    private List<PersonMention> people;
    private int indexed;
    private final Map<Integer, List<Integer>> bySentence = new HashMap<>();
    /** Per field, list indices by a span's first character: of everyone, of people in the nominative, by country. */
    private final Map<String, TreeMap<Integer, List<Integer>>> byStart = new HashMap<>();
    private final Map<String, TreeMap<Integer, List<Integer>>> nominativeByStart = new HashMap<>();
    private final Map<String, Map<String, TreeMap<Integer, List<Integer>>>> byCountry = new HashMap<>();
    /** People looked at by the queries, for tests that the work per phrase is bounded. */
    private long steps;

    PeopleIndex(Function<PersonMention, String> countryOf) {
        this.countryOf = countryOf;
    }

    /** The people of a sentence, in the list's order. */
    List<PersonMention> inSentence(List<PersonMention> list, int sentence) {
        sync(list);
        List<Integer> at = bySentence.get(sentence);
        if (at == null) {
            return List.of();
        }
        List<PersonMention> out = new ArrayList<>(at.size());
        for (int i : at) {
            out.add(list.get(i));
        }
        steps += at.size();
        return out;
    }

    /**
     * The person named last before token {@code first} (character {@code start}) of a field, or in another field;
     * of those at one place, the first in the list. Only people in the nominative if {@code nominative}. Null if none.
     */
    PersonMention lastBefore(List<PersonMention> list, String field, int first, int start, boolean nominative) {
        sync(list);
        int best = last(list, nominative ? nominativeByStart : byStart, field, first, start, p -> true);
        return best < 0 ? null : list.get(best);
    }

    /** The same, of a country other than {@code country} (people of no known country do not count). */
    PersonMention lastBeforeOfAnotherCountry(List<PersonMention> list, String field, int first, int start, String country) {
        sync(list);
        int best = -1;
        for (Map.Entry<String, Map<String, TreeMap<Integer, List<Integer>>>> e : byCountry.entrySet()) {
            if (e.getKey().equals(country)) {
                continue;
            }
            String theirs = e.getKey();
            int found = last(list, e.getValue(), field, first, start, p -> theirs.equals(countryOf.apply(p)));
            best = later(list, best, found);
        }
        return best < 0 ? null : list.get(best);
    }

    /** Mention {@code i} of the list was replaced, maybe by one of another person. */
    void replaced(List<PersonMention> list, int i) {
        if (list == people && i < indexed) {
            // the old entry stays and is passed over once its country no longer fits
            addByCountry(list.get(i), i);
        }
    }

    long steps() {
        return steps;
    }

    private int last(List<PersonMention> list, Map<String, TreeMap<Integer, List<Integer>>> index, String field,
                     int first, int start, Predicate<PersonMention> fits) {
        int best = -1;
        for (Map.Entry<String, TreeMap<Integer, List<Integer>>> e : index.entrySet()) {
            boolean own = e.getKey().equals(field);
            // everyone of another field is before; of this field, a span that starts before the phrase ends before
            // it unless it overlaps it, which few can
            for (List<Integer> same : (own ? e.getValue().headMap(start, false) : e.getValue()).descendingMap().values()) {
                int found = -1;
                for (int i : same) {
                    steps++;
                    PersonMention p = list.get(i);
                    if ((!own || p.span().lastToken() < first) && fits.test(p) && (found < 0 || i < found)) {
                        found = i;
                    }
                }
                if (found >= 0) {
                    best = later(list, best, found);
                    break;
                }
            }
        }
        return best;
    }

    /** Of two list indices (-1: none), the one named later; at one place, the first in the list. */
    private static int later(List<PersonMention> list, int a, int b) {
        if (a < 0 || b < 0) {
            return Math.max(a, b);
        }
        long pa = list.get(a).span().position();
        long pb = list.get(b).span().position();
        return pa != pb ? (pa > pb ? a : b) : Math.min(a, b);
    }

    private void sync(List<PersonMention> list) {
        if (list != people || list.size() < indexed) {
            people = list;
            indexed = 0;
            bySentence.clear();
            byStart.clear();
            nominativeByStart.clear();
            byCountry.clear();
        }
        for (; indexed < list.size(); indexed++) {
            PersonMention p = list.get(indexed);
            bySentence.computeIfAbsent(p.span().sentence(), s -> new ArrayList<>()).add(indexed);
            add(byStart, p.span(), indexed);
            if (p.nominative()) {
                add(nominativeByStart, p.span(), indexed);
            }
            addByCountry(p, indexed);
        }
    }

    private void addByCountry(PersonMention p, int i) {
        String country = countryOf.apply(p);
        if (country != null) {
            add(byCountry.computeIfAbsent(country, c -> new HashMap<>()), p.span(), i);
        }
    }

    private static void add(Map<String, TreeMap<Integer, List<Integer>>> index, Span span, int i) {
        List<Integer> at = index.computeIfAbsent(span.field(), f -> new TreeMap<>())
                .computeIfAbsent(span.start(), s -> new ArrayList<>());
        if (!at.contains(i)) {
            at.add(i);
        }
    }
}
