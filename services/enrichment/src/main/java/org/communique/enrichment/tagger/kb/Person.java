package org.communique.enrichment.tagger.kb;

import java.util.List;
import java.util.Map;

/**
 * An official. {@code names} holds the canonical name per language (en, ru, kk, ky); {@code aliases} other
 * spellings; {@code shortForms} extra single-word forms. The surname of every name is matched on its own
 * unless {@code surnameAlone} is false (common words, family-name-first names). {@code country} is the state the
 * person serves or served; offices of the UN and the EU are terms like any other ({@link Office#organization()}).
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

    /** Whose office a term is: the organisation for the offices of the UN and the EU, the person's country otherwise. */
    public String holderOf(OfficeTerm term) {
        return term.office().organization() != null ? term.office().organization() : country;
    }

    public Person withSpellings(List<String> newAliases, List<String> newShortForms) {
        return new Person(id, country, names, newAliases, newShortForms, surnameAlone, terms);
    }

    public Person withTerms(List<OfficeTerm> newTerms) {
        return new Person(id, country, names, aliases, shortForms, surnameAlone, newTerms);
    }
}
