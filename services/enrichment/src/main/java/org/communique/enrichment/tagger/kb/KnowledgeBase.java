package org.communique.enrichment.tagger.kb;

import java.util.List;

/**
 * Everything the tagger knows about the world, as one immutable value. {@code blockedPhrases} contain country
 * words but name no present-day country («Советский Союз», «Латинская Америка»).
 */
public record KnowledgeBase(
        long version,
        List<Country> countries,
        List<Person> people,
        List<Organization> organizations,
        List<String> blockedPhrases) {

    public KnowledgeBase {
        countries = List.copyOf(countries);
        people = List.copyOf(people);
        organizations = List.copyOf(organizations);
        blockedPhrases = List.copyOf(blockedPhrases);
    }
}
