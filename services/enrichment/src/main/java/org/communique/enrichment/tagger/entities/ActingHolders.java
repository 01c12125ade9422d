package org.communique.enrichment.tagger.entities;

import org.communique.enrichment.tagger.kb.Office;
import org.communique.enrichment.tagger.kb.Person;
import org.communique.enrichment.tagger.text.Token;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * «исполняющий обязанности президента Киргизии», «и. о. премьер-министра», «врио главы МИД», "the acting President",
 * «Президентінің міндетін атқарушы», «Президентинин милдетин аткаруучу»: someone acting for the holder. The annotation
 * guidelines count an acting holder as the holder, so the phrase names the person the knowledge base records as acting
 * in that office on the date, and nobody when it records only the holder in full (a deputy standing in for him).
 */
final class ActingHolders {

    private static final Set<String> ONE_WORD = Set.of("врио", "ио", "acting");
    /** Folded: «міндетін», «милдетин» right after the office. */
    private static final List<String> AFTER = List.of("миндет", "милдет");

    private ActingHolders() {
    }

    /** Whether the words right before or after the office phrase say someone is acting in it. */
    static boolean marked(List<Token> tokens, int first, int last) {
        int sentence = tokens.get(first).sentence();
        if (first >= 1 && tokens.get(first - 1).sentence() == sentence) {
            String one = tokens.get(first - 1).lower();
            if (ONE_WORD.contains(one)) {
                return true;
            }
            if (first >= 2 && tokens.get(first - 2).sentence() == sentence) {
                String two = tokens.get(first - 2).lower();
                if (two.startsWith("исполняющ") && one.startsWith("обязанност") || two.equals("и") && one.equals("о")) {
                    return true;
                }
            }
        }
        return last + 1 < tokens.size() && tokens.get(last + 1).sentence() == sentence
                && AFTER.stream().anyMatch(tokens.get(last + 1).lower()::startsWith);
    }

    /** The holder, if the knowledge base records the office as held by him in an acting capacity on the date. */
    static Optional<Person> acting(Optional<Person> holder, Office office, LocalDate date) {
        return holder.filter(p -> p.terms().stream()
                .anyMatch(t -> t.office() == office && t.acting() && t.covers(date)));
    }
}
