package org.communique.enrichment.tagger.entities;

import org.communique.enrichment.tagger.kb.Office;

import java.util.List;

/**
 * A person named (by name, surname or initials and surname) or designated by an office phrase. Several
 * {@code candidates} remain when a surname alone fits several people, until the document is resolved.
 * {@code nominative}: the words were in their dictionary form (the grammatical subject, usually);
 * {@code presentedOffice}: the office the text gives the person right there, if any.
 */
public record PersonMention(List<String> candidates, Span span, boolean named, boolean nominative,
                            Office presentedOffice) {

    public PersonMention {
        candidates = List.copyOf(candidates);
    }

    public String personId() {
        return candidates.get(0);
    }

    PersonMention withCandidates(List<String> chosen) {
        return new PersonMention(chosen, span, named, nominative, presentedOffice);
    }

    PersonMention presentedAs(Office office) {
        return new PersonMention(candidates, span, named, nominative, office);
    }
}
