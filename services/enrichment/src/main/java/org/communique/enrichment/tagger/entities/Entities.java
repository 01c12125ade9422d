package org.communique.enrichment.tagger.entities;

import java.util.List;

/**
 * The entities of one document, each list in text order (title first); every person is resolved to one id.
 * {@code unlisted}: officials named after an office phrase whom the knowledge base does not know.
 */
public record Entities(List<CountryMention> countries, List<PersonMention> people,
                       List<OrganizationMention> organizations, List<UnlistedMention> unlisted) {

    public Entities {
        countries = List.copyOf(countries);
        people = List.copyOf(people);
        organizations = List.copyOf(organizations);
        unlisted = List.copyOf(unlisted);
    }

    public Entities(List<CountryMention> countries, List<PersonMention> people, List<OrganizationMention> organizations) {
        this(countries, people, organizations, List.of());
    }
}
