package org.communique.enrichment.names;

import org.communique.enrichment.tagger.kb.Country;
import org.communique.enrichment.tagger.kb.CountryAlias;
import org.communique.enrichment.tagger.kb.KnowledgeBase;
import org.communique.enrichment.tagger.kb.Person;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The countries and officials of one knowledge-base version, searchable by the start of any word of any of their
 * spellings in ru, en, kk and ky. Built once per version; a search is a scan of a few thousand short strings.
 */
final class NameIndex {

    static final List<String> LANGUAGES = List.of("ru", "en", "kk", "ky");

    private record Entry(String kind, String id, String country, java.util.Map<String, String> names, List<String> spellings) {
    }

    private final long version;
    private final List<Entry> entries;

    private NameIndex(long version, List<Entry> entries) {
        this.version = version;
        this.entries = entries;
    }

    static NameIndex of(KnowledgeBase kb) {
        List<Entry> entries = new ArrayList<>();
        for (Country c : kb.countries()) {
            Set<String> spellings = new LinkedHashSet<>(c.names().values());
            c.aliases().stream().map(CountryAlias::text).forEach(spellings::add);
            spellings.add(c.code());
            entries.add(new Entry(NamesResource.COUNTRY, c.code(), null, c.names(), List.copyOf(spellings)));
        }
        for (Person p : kb.people()) {
            Set<String> spellings = new LinkedHashSet<>(p.names().values());
            spellings.addAll(p.aliases());
            spellings.add(p.id());
            entries.add(new Entry(NamesResource.OFFICIAL, p.id(), p.country(), p.names(), List.copyOf(spellings)));
        }
        return new NameIndex(kb.version(), List.copyOf(entries));
    }

    long version() {
        return version;
    }

    /** Up to {@code limit} entries of {@code kind} with a spelling a word of which starts with {@code query}. */
    List<NameHit> search(String kind, String query, String language, int limit) {
        String q = normalize(query);
        List<Scored> found = new ArrayList<>();
        for (Entry e : entries) {
            if (!e.kind().equals(kind)) {
                continue;
            }
            String shown = name(e, language);
            int best = Integer.MAX_VALUE;
            String matched = null;
            for (String spelling : e.spellings()) {
                int score = score(normalize(spelling), q);
                if (score < best) {
                    best = score;
                    matched = spelling;
                }
            }
            if (best != Integer.MAX_VALUE) {
                boolean sameAsShown = matched.equals(shown) || matched.equals(e.id());
                found.add(new Scored(best, shown, new NameHit(kind, e.id(), shown, sameAsShown ? null : matched, e.country())));
            }
        }
        found.sort(Comparator.comparingInt(Scored::score).thenComparing(Scored::name));
        return found.stream().limit(limit).map(Scored::hit).toList();
    }

    private record Scored(int score, String name, NameHit hit) {
    }

    /** 0 when the whole spelling starts with the query, 1 when a later word does; MAX_VALUE when none. */
    private static int score(String spelling, String q) {
        if (spelling.startsWith(q)) {
            return 0;
        }
        int at = spelling.indexOf(q);
        while (at > 0) {
            if (!Character.isLetterOrDigit(spelling.charAt(at - 1))) {
                return 1;
            }
            at = spelling.indexOf(q, at + 1);
        }
        return Integer.MAX_VALUE;
    }

    private static String name(Entry e, String language) {
        String name = e.names().get(language);
        if (name == null || name.isBlank()) {
            name = e.names().get("en");
        }
        return name == null || name.isBlank() ? e.id() : name;
    }

    static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace('ё', 'е').strip();
    }
}
