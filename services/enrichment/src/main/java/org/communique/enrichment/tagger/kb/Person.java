package org.communique.enrichment.tagger.kb;

import java.util.List;
import java.util.Map;

/**
 * An official. {@code names} holds the canonical name per language (en, ru, kk, ky); {@code aliases} other
 * spellings; {@code shortForms} extra single-word forms. The surname of every name is matched on its own
 * unless {@code surnameAlone} is false (common words, family-name-first names).
 */
public record Person(
        String id,
        String country,
        Map<String, String> names,
        List<String> aliases,
        List<String> shortForms,
        boolean surnameAlone,
        List<OfficeTerm> terms) {

    public Person {
        names = Map.copyOf(names);
        aliases = List.copyOf(aliases);
        shortForms = List.copyOf(shortForms);
        terms = List.copyOf(terms);
    }

    public String englishName() {
        return names.getOrDefault("en", id);
    }
}
