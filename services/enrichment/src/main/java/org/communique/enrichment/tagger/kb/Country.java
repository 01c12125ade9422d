package org.communique.enrichment.tagger.kb;

import java.util.List;
import java.util.Map;

/** An ISO 3166-1 country: its canonical name per language and its aliases. */
public record Country(String code, Map<String, String> names, List<CountryAlias> aliases) {

    public Country {
        names = Map.copyOf(names);
        aliases = List.copyOf(aliases);
    }

    public String englishName() {
        return names.getOrDefault("en", code);
    }
}
