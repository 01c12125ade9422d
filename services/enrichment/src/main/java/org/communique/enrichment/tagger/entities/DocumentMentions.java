package org.communique.enrichment.tagger.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A document's country mentions and unlisted officials by sentence, for the phrases resolved once the whole document
 * is read: each looking through both whole lists costs the square of the document's length on a text of many such
 * phrases. Built when both lists are complete; the lists' order is kept within a sentence.
 */
final class DocumentMentions {

    private final Map<Integer, List<CountryMention>> countries = new HashMap<>();
    private final Map<Integer, List<UnlistedMention>> unlisted = new HashMap<>();
    private final Map<String, CountryMention> firstPlace = new HashMap<>();
    /** Unlisted officials of a known country by place; of two at one place, the first listed. */
    private final TreeMap<Long, UnlistedMention> unlistedWithCountry = new TreeMap<>();

    DocumentMentions(List<CountryMention> countries, List<UnlistedMention> unlisted) {
        for (CountryMention c : countries) {
            this.countries.computeIfAbsent(c.span().sentence(), s -> new ArrayList<>()).add(c);
            if (c.form() == Ref.CountryForm.PLACE) {
                firstPlace.putIfAbsent(c.span().field(), c);
            }
        }
        for (UnlistedMention u : unlisted) {
            this.unlisted.computeIfAbsent(u.span().sentence(), s -> new ArrayList<>()).add(u);
            if (u.country() != null) {
                unlistedWithCountry.putIfAbsent(u.span().position(), u);
            }
        }
    }

    List<CountryMention> countries(int sentence) {
        return countries.getOrDefault(sentence, List.of());
    }

    List<UnlistedMention> unlisted(int sentence) {
        return unlisted.getOrDefault(sentence, List.of());
    }

    /** The first place the field names. */
    Optional<CountryMention> firstPlace(String field) {
        return Optional.ofNullable(firstPlace.get(field));
    }

    /** The unlisted official of a known country named last before {@code position}, or null. */
    UnlistedMention lastWithCountryBefore(long position) {
        Map.Entry<Long, UnlistedMention> before = unlistedWithCountry.lowerEntry(position);
        return before == null ? null : before.getValue();
    }
}
