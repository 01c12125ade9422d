package org.communique.enrichment.tagger.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Bare surnames in one document, and the people whose surname the text gave to someone else: after «Мирболат Жакыпов»
 * (not the knowledge base's Кабибулла Жакыпов) a later «по словам Жакыпова» is the same Mirbolat, unless the text also
 * names the knowledge-base person in full.
 */
final class Surnames {

    private final Set<String> givenToSomeoneElse = new HashSet<>();
    private final Set<Span> bare = new HashSet<>();

    void someoneElse(List<String> candidates) {
        givenToSomeoneElse.addAll(candidates);
    }

    void bare(PersonMention mention) {
        bare.add(mention.span());
    }

    void dropThoseOfSomeoneElse(List<PersonMention> people) {
        if (givenToSomeoneElse.isEmpty()) {
            return;
        }
        Set<String> namedOtherwise = new HashSet<>();
        for (PersonMention p : people) {
            if (!bare.contains(p.span())) {
                namedOtherwise.addAll(p.candidates());
            }
        }
        people.removeIf(p -> p.named() && p.presentedOffice() == null && bare.contains(p.span())
                && givenToSomeoneElse.containsAll(p.candidates())
                && p.candidates().stream().noneMatch(namedOtherwise::contains));
    }
}
