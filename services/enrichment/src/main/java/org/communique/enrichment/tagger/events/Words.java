package org.communique.enrichment.tagger.events;

import org.communique.enrichment.tagger.text.TextFolding;
import org.communique.enrichment.tagger.text.Token;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A set of word stems in any of the four languages, written in ordinary spelling and compared in folded
 * form. A stem matches any word it begins; a stem written {@code "=word"} matches only that word
 * (short English words such as "met" would begin too many others).
 */
final class Words {

    private final List<String> prefixes;
    private final Set<String> exact;

    private Words(List<String> prefixes, Set<String> exact) {
        this.prefixes = prefixes;
        this.exact = exact;
    }

    static Words of(String... stems) {
        return new Words(
                Arrays.stream(stems).filter(s -> !s.startsWith("=")).map(TextFolding::lower).toList(),
                Arrays.stream(stems).filter(s -> s.startsWith("=")).map(s -> TextFolding.lower(s.substring(1)))
                        .collect(Collectors.toUnmodifiableSet()));
    }

    boolean matches(Token token) {
        return matches(token.lower());
    }

    boolean matches(String lower) {
        if (exact.contains(lower)) {
            return true;
        }
        for (String prefix : prefixes) {
            if (lower.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
