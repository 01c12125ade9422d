package org.communique.enrichment.tagger.events;

import org.communique.enrichment.tagger.entities.PersonMention;
import org.communique.enrichment.tagger.text.Token;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * An official received by an official of another country, with no place named: «Президент Узбекистана принял министра
 * иностранных дел Кыргызстана», "was received by Uzbek President ...", «Тоқаев Саидовты қабылдады», «... Кулубаевди кабыл
 * алды». One receives guests at home, so the guest is on a visit to the host's country. The host is the subject of an
 * active verb (the nominative before it: Russian, English, Kazakh and Kyrgyz put it first), the guest the subject of a
 * passive one.
 */
final class Reception {

    /** Verbs of receiving someone: «принял», "received", «қабылдады», the Kyrgyz «кабыл (алды)». */
    static final Words ACTIVE = Words.of("=принял", "=приняла", "=принимает", "=received", "=receives", "=hosted",
            "=hosts", "=қабылдады", "=кабыл");
    private static final Words PASSIVE = Words.of("=принят", "=принята", "=приняты", "=қабылданды", "=алынды");
    private static final Words WAS = Words.of("=was", "=were", "=is", "=been");

    /** The country that receives and the person received. */
    record Guest(String host, String personId) {
    }

    private Reception() {
    }

    /**
     * Kazakh and Kyrgyz verbs of welcoming told in two words, a converb or noun and «алды»: «қарсы алды», «күтіп алды»
     * (Kazakh), «тосуп алды» (Kyrgyz). «қарсы» alone is "against", so only the pair counts.
     */
    private static final Words WELCOME_FIRST = Words.of("=қарсы", "=күтіп", "=тосуп");
    private static final Words WELCOME_SECOND = Words.of("=алды", "=алышты", "=алады", "=алат", "=алган", "=алған");

    static boolean verb(List<Token> tokens, int i) {
        return ACTIVE.matches(tokens.get(i)) || PASSIVE.matches(tokens.get(i)) || welcome(tokens, i);
    }

    private static boolean welcome(List<Token> tokens, int i) {
        return i > 0 && WELCOME_SECOND.matches(tokens.get(i)) && WELCOME_FIRST.matches(tokens.get(i - 1));
    }

    /** The guest and the host's country, or null when the sentence tells no reception of one country's official by another's. */
    static Guest in(List<Token> tokens, List<PersonMention> people, Function<PersonMention, String> countryOf) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean active = ACTIVE.matches(t) || welcome(tokens, i);
            boolean passive = PASSIVE.matches(t) || active && i > 0 && WAS.matches(tokens.get(i - 1));
            if (!active && !passive || i + 1 < tokens.size() && EventWords.NOT_RECEIVED.matches(tokens.get(i + 1))) {
                continue;
            }
            int verb = t.index();
            PersonMention subject = people.stream().filter(p -> p.nominative() && p.span().lastToken() < verb)
                    .findFirst().orElse(null);
            if (subject == null || countryOf.apply(subject) == null) {
                return null;
            }
            String subjectCountry = countryOf.apply(subject);
            PersonMention other = people.stream().filter(p -> p != subject && countryOf.apply(p) != null
                    && !Objects.equals(countryOf.apply(p), subjectCountry)).findFirst().orElse(null);
            if (other == null) {
                return null;
            }
            return passive ? new Guest(countryOf.apply(other), subject.personId())
                    : new Guest(subjectCountry, other.personId());
        }
        return null;
    }
}
