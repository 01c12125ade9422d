package org.communique.enrichment.tagger.entities;

import org.communique.enrichment.tagger.gazetteer.Match;
import org.communique.enrichment.tagger.text.Token;

import java.util.List;
import java.util.Set;

/**
 * Whose holder a counterpart is when no country word stands before it («казахстанским коллегой» needs no help): the
 * country after «из», "from" («с коллегой из Узбекистана», "his counterpart from Tajikistan"), else the one other
 * country the sentence names besides the named official's own («Токаев прибыл в Ташкент, где провёл переговоры со
 * своим коллегой», "Japarov held talks with his counterpart in Dushanbe"), else (decided once the document is read)
 * the other side the whole text is about. Only one counterpart: «своим коллегой», "his counterpart", «әріптесімен»,
 * «кесиптеши», «визави» — not «коллегам», "counterparts", «әріптестерімен», nor a bare «с коллегой», which may be anyone's.
 */
final class Counterparts {

    private static final Set<String> FROM = Set.of("из", "from", "of");
    private static final Set<String> POSSESSIVES = Set.of("своим", "своего", "своему", "своей", "свою", "свой", "его",
            "ее", "her", "his", "its", "their");
    private static final Set<String> SINGULAR = Set.of("коллега", "коллегой", "коллегою", "коллеге", "коллегу",
            "коллеги", "counterpart", "colleague");

    private Counterparts() {
    }

    /** Whether the phrase names one counterpart of someone already named, rather than colleagues in general. */
    static boolean one(List<Token> tokens, Match<Ref> match) {
        Token word = tokens.get(match.last());
        String lower = word.lower();
        if (lower.equals("визави")) {
            return true;
        }
        String suffix = match.turkicSuffix() == null ? "" : match.turkicSuffix();
        if (!suffix.isEmpty() || lower.startsWith("ариптес") || lower.startsWith("кесиптеш")) {
            // «әріптесі», «әріптесімен», «кесиптеши»: the third-person possessive, no plural before it
            return suffix.startsWith("и") || suffix.startsWith("ы") || suffix.startsWith("си") || suffix.startsWith("сы");
        }
        if (!SINGULAR.contains(lower)) {
            return false;
        }
        int before = match.first() - 1;
        return before >= 0 && tokens.get(before).sentence() == word.sentence()
                && POSSESSIVES.contains(tokens.get(before).lower());
    }

    private static final Set<String> PLURAL = Set.of("коллегами", "коллегам", "коллег", "коллегах", "counterparts",
            "colleagues");
    private static final List<String> TURKIC_PLURAL = List.of("тер", "дер", "лер", "тар", "дар", "лар");

    /** Whether the phrase names several counterparts: «коллегами», "counterparts", «әріптестерімен», «кесиптештери». */
    static boolean several(List<Token> tokens, Match<Ref> match) {
        String lower = tokens.get(match.last()).lower();
        if (PLURAL.contains(lower)) {
            return true;
        }
        String suffix = match.turkicSuffix() == null ? "" : match.turkicSuffix();
        return (lower.startsWith("ариптес") || lower.startsWith("кесиптеш")) && TURKIC_PLURAL.stream().anyMatch(suffix::startsWith);
    }

    /** «коллегой из Узбекистана», "counterpart from Uzbekistan": the country named right after, or null. */
    static String named(List<Token> tokens, List<Match<Ref>> matches, int m, String own) {
        Match<Ref> phrase = matches.get(m);
        if (m + 1 >= matches.size() || !(matches.get(m + 1).value() instanceof Ref.CountryRef c)
                || c.code().equals(own) || c.form() != Ref.CountryForm.NAME && c.form() != Ref.CountryForm.ABBREVIATION) {
            return null;
        }
        Match<Ref> next = matches.get(m + 1);
        return next.first() == phrase.last() + 2 && FROM.contains(tokens.get(phrase.last() + 1).lower())
                && tokens.get(next.first()).sentence() == tokens.get(phrase.last()).sentence() ? c.code() : null;
    }

    /** The one country other than {@code own} that the phrase's sentence names (as a state, a place, an adjective). */
    static String otherInSentence(List<Token> tokens, List<Match<Ref>> matches, int m, String own) {
        int sentence = tokens.get(matches.get(m).first()).sentence();
        String other = null;
        for (int k = SentenceBounds.firstMatch(tokens, matches, sentence);
             k < matches.size() && tokens.get(matches.get(k).first()).sentence() == sentence; k++) {
            Match<Ref> x = matches.get(k);
            if (tokens.get(x.first()).sentence() != sentence || !(x.value() instanceof Ref.CountryRef c)
                    || c.code().equals(own) || c.form() == Ref.CountryForm.COMPOUND_PREFIX) {
                continue;
            }
            if (other != null && !other.equals(c.code())) {
                return null; // two other countries: the sentence does not say which
            }
            other = c.code();
        }
        return other;
    }
}
