package org.communique.enrichment.tagger.kb;

import java.util.List;
import java.util.Map;

/** An international organisation or format. Abbreviations match case-sensitively. */
public record Organization(String id, Map<String, String> names, List<String> abbreviations, List<String> aliases) {

    public Organization {
        names = Map.copyOf(names);
        abbreviations = List.copyOf(abbreviations);
        aliases = List.copyOf(aliases);
    }

    public String englishName() {
        return names.getOrDefault("en", id);
    }
}
