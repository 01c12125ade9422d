package org.communique.enrichment.tagger.gazetteer;

import java.util.List;

/**
 * Tokens {@code [first, last]} of a field that a gazetteer phrase matched, with every meaning of that phrase
 * (several when a surname belongs to several people). {@code inflected}: some word was in a case form other
 * than the dictionary one; {@code turkicSuffix}: the suffixes stripped from the last word.
 */
public record Match<T>(int first, int last, List<T> values, boolean inflected, String turkicSuffix) {

    public Match {
        values = List.copyOf(values);
    }

    public T value() {
        return values.get(0);
    }
}
