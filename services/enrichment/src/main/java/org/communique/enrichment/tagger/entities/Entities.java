package org.communique.enrichment.tagger.entities;

import java.util.List;

/** The entities of one document, each list in text order (title first); every person is resolved to one id. */
public record Entities(List<CountryMention> countries, List<PersonMention> people,
                       List<OrganizationMention> organizations) {

    public Entities {
        countries = List.copyOf(countries);
        people = List.copyOf(people);
        organizations = List.copyOf(organizations);
    }
}
