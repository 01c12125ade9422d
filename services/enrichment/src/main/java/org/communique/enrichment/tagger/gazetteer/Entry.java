package org.communique.enrichment.tagger.gazetteer;

import java.util.List;
import java.util.Set;

/**
 * What a phrase of the gazetteer means. {@code priority} breaks ties between equally long matches (lower wins);
 * {@code pattern} is the phrase's words as written, for {@link CaseRule#AS_WRITTEN}; {@code languages} empty means
 * any language.
 */
public record Entry<T>(T value, int priority, CaseRule caseRule, Set<String> languages, List<String> pattern) {

    public Entry {
        languages = Set.copyOf(languages);
        pattern = List.copyOf(pattern);
    }

    boolean allows(String language) {
        return languages.isEmpty() || languages.contains(language);
    }
}
