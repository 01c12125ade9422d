package org.communique.enrichment.tagger.entities;

import org.communique.enrichment.tagger.gazetteer.Match;
import org.communique.enrichment.tagger.kb.Office;
import org.communique.enrichment.tagger.kb.Person;
import org.communique.enrichment.tagger.text.Token;
import org.communique.enrichment.tagger.text.Tokenizer;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An ambassador named by office alone: «посол Казахстана в России», "Kazakhstan's Ambassador to China", «российский
 * посол в Киргизии», «Қазақстанның Ресейдегі елшісі», «Кыргызстандын Казакстандагы элчиси». The state served and the
 * state of the post together name one person on a day, the knowledge base's holder of that post. Nothing is resolved
 * without both states, with two posts («в России и Белоруссии»), for several ambassadors («послы»), for a former one, or
 * when a name follows the office (the name is the person: a knowledge-base name is tagged as such, another one
 * becomes an unlisted official).
 */
final class Ambassadors {

    /** Russian forms of «посол» («после» is "after"), English, and the Kazakh and Kyrgyz possessive stems (folded). */
    private static final Set<String> RUSSIAN = Set.of("посол", "посла", "послу", "послом");
    private static final Set<String> ENGLISH = Set.of("ambassador");
    private static final List<String> TURKIC = List.of("елшиси", "элчиси");
    /** Words that may stand between the office and its states: «Чрезвычайный и Полномочный», "of the". */
    private static final Set<String> BETWEEN = Set.of("чрезвычайный", "чрезвычайного", "чрезвычайному", "чрезвычайным",
            "и", "полномочный", "полномочного", "полномочному", "полномочным", "extraordinary", "and", "plenipotentiary",
            "of", "the", "s", "новый", "нового", "новому", "новым", "new", "нынешний", "current", "тотенше", "жане",
            "окилетти", "толук", "ыйгарымдуу", "жана", "атайын", "жаны");
    /** A former or designated holder is not the holder of the day. */
    private static final List<String> NOT_NOW = List.of("бывш", "экс", "former", "прежн", "previous", "буры",
            "мурдагы", "мурунку", "назначенн", "designate", "будущ", "future", "кандидат");
    private static final Set<String> TO = Set.of("в", "во", "to", "in");
    private static final Set<String> AND = Set.of("и", "and", "мен", "жане", "жана", "менен");
    private static final int WINDOW = 8;

    private final OfficeIndex offices;

    Ambassadors(OfficeIndex offices) {
        this.offices = offices;
    }

    /** Adds to {@code people} an ambassador for each office phrase of the field that names one. */
    void field(Tokenizer.Field field, Match<?>[] byToken, List<PersonMention> people, LocalDate date) {
        List<Token> tokens = field.tokens();
        Taken taken = new Taken(field, people);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean turkic = startsWithAny(t.lower(), TURKIC);
            if (!turkic && !RUSSIAN.contains(t.lower()) && !ENGLISH.contains(t.lower()) || taken.at(i)) {
                continue;
            }
            Phrase phrase = turkic ? turkicPhrase(tokens, byToken, i) : phraseAfter(tokens, byToken, i);
            if (phrase == null || phrase.sender() == null || phrase.post() == null || phrase.sender().equals(phrase.post())
                    || formerHolder(tokens, phrase.first()) || nameFollows(tokens, byToken, phrase.last())) {
                continue;
            }
            Optional<Person> holder = offices.holder(phrase.sender(), Office.AMBASSADOR, phrase.post(), date);
            if (holder.isPresent()) {
                Span span = new Span(field.name(), tokens.get(phrase.first()).start(), tokens.get(phrase.last()).end(),
                        phrase.first(), phrase.last(), t.sentence());
                people.add(new PersonMention(List.of(holder.get().id()), span, false, nominative(t.lower()),
                        Office.AMBASSADOR));
            }
        }
    }

    /** The phrase's tokens and its two states: the one served ({@code sender}) and the one posted to. */
    private record Phrase(int first, int last, String sender, String post) {
    }

    /**
     * Russian and English: the state served before the office («российский посол», "Kazakhstan's Ambassador", "the
     * U.S. Ambassador") or after it («посол Казахстана», "Ambassador of Kazakhstan"), the post after «в», "to".
     */
    private static Phrase phraseAfter(List<Token> tokens, Match<?>[] byToken, int office) {
        int sentence = tokens.get(office).sentence();
        int first = office;
        String sender = null;
        for (int k = office - 1; k >= Math.max(0, office - 4) && tokens.get(k).sentence() == sentence; k--) {
            if (tokens.get(k + 1).separator().indexOf(',') >= 0) {
                break; // «глава МИД Казахстана, посол Казахстана в США»: the state before the comma is another office's
            }
            if (AND.contains(tokens.get(k).lower()) && (k == 0 || !BETWEEN.contains(tokens.get(k - 1).lower())
                    || AND.contains(tokens.get(k - 1).lower()))) {
                break; // «глава МИД Казахстана и посол ...»: "and" joins two offices here, not «Чрезвычайный и Полномочный»
            }
            String country = country(byToken, k);
            if (country != null) {
                sender = country;
                first = byToken[k].first();
                break;
            }
            if (!BETWEEN.contains(tokens.get(k).lower())) {
                break;
            }
        }
        String post = null;
        int last = office;
        int j = office + 1;
        while (j < tokens.size() && j <= office + WINDOW && tokens.get(j).sentence() == sentence) {
            Token t = tokens.get(j);
            String country = country(byToken, j);
            if (country != null) {
                if (afterTo(tokens, byToken[j].first())) {
                    if (post != null) {
                        return null;
                    }
                    post = country;
                } else if (sender == null && post == null) {
                    sender = country;
                } else {
                    return null; // a third state, or «... в России и Белоруссии»: no one post
                }
                last = byToken[j].last();
                j = last + 1;
                continue;
            }
            if (post != null && AND.contains(t.lower()) && j + 1 < tokens.size() && country(byToken, j + 1) != null) {
                return null;
            }
            if (!TO.contains(t.lower()) && !BETWEEN.contains(t.lower()) && !institutional(t)) {
                break;
            }
            j++;
        }
        return new Phrase(first, last, sender, post);
    }

    /**
     * Kazakh and Kyrgyz: both states before the office, the one served in the genitive («Қазақстанның», «Қазақстан
     * Республикасының») or bare («Ресей елшісі»), the post in the attributive locative («Ресейдегі», «Казакстандагы»).
     */
    private static Phrase turkicPhrase(List<Token> tokens, Match<?>[] byToken, int office) {
        int sentence = tokens.get(office).sentence();
        String sender = null;
        String post = null;
        int first = office;
        int k = office - 1;
        while (k >= 0 && k >= office - WINDOW && tokens.get(k).sentence() == sentence) {
            String country = country(byToken, k);
            String suffix = country == null ? null : byToken[k].turkicSuffix();
            if (country == null && k > 0 && tokens.get(k).separator().equals("-") && country(byToken, k - 1) != null
                    && tokens.get(k - 1).sentence() == sentence) {
                // «АҚШ-тағы», «АҚШ-тың»: the case ending after a hyphen is a token of its own
                country = country(byToken, k - 1);
                suffix = tokens.get(k).lower();
                k--;
            }
            if (country != null) {
                if (locative(suffix)) {
                    if (post != null) {
                        return null;
                    }
                    post = country;
                } else if (sender == null) {
                    sender = country;
                } else {
                    return null;
                }
                first = byToken[k].first();
                k = first - 1;
                continue;
            }
            if (!BETWEEN.contains(tokens.get(k).lower())) {
                break;
            }
            k--;
        }
        return new Phrase(first, office, sender, post);
    }

    /** «в России», "to China", "to the United States". */
    private static boolean afterTo(List<Token> tokens, int first) {
        int k = first - 1;
        if (k >= 0 && tokens.get(k).lower().equals("the")) {
            k--;
        }
        return k >= 0 && TO.contains(tokens.get(k).lower());
    }

    /** The state a country match at the token names, or null; a town or a capital is no state here. */
    private static String country(Match<?>[] byToken, int i) {
        Match<?> m = byToken[i];
        if (m != null && m.value() instanceof Ref.CountryRef c && c.form() != Ref.CountryForm.PLACE) {
            return c.code();
        }
        return null;
    }

    /** «Республики», «Федерации», "Republic": the rest of a state's official name the gazetteer did not take. */
    private static boolean institutional(Token t) {
        return t.lower().startsWith("республик") || t.lower().startsWith("федерац") || t.lower().equals("republic");
    }

    /** Folded Turkic case endings of place: «-дағы» → «дагы», «-ндағы», «-дегі», «-тағы». */
    static boolean locative(String suffix) {
        String s = suffix.startsWith("н") ? suffix.substring(1) : suffix;
        return s.startsWith("да") || s.startsWith("де") || s.startsWith("та") || s.startsWith("те")
                || s.startsWith("до") || s.startsWith("то");
    }

    private static boolean formerHolder(List<Token> tokens, int first) {
        for (int k = first - 1; k >= Math.max(0, first - 2); k--) {
            if (tokens.get(k).sentence() != tokens.get(first).sentence()) {
                break;
            }
            String w = tokens.get(k).lower();
            if (w.equals("ex") || startsWithAny(w, NOT_NOW)) {
                return true;
            }
        }
        return false;
    }

    /** A capitalised word right after the phrase that is no state or organisation: the ambassador's name. */
    static boolean nameFollows(List<Token> tokens, Match<?>[] byToken, int last) {
        int next = last + 1;
        if (next >= tokens.size() || tokens.get(next).sentence() != tokens.get(last).sentence()
                || !tokens.get(next).joinsPrevious()) {
            return false;
        }
        Match<?> m = byToken[next];
        if (m != null) {
            return m.value() instanceof Ref.PersonRef;
        }
        return tokens.get(next).isCapitalized() && !tokens.get(next).isNumber();
    }

    /**
     * The tokens of a field some person's span covers, following a list of people that grows as phrases are read
     * (spans never change): asking the whole list for each office word costs the square of a long field's length.
     */
    static final class Taken {

        private final String field;
        private final List<PersonMention> people;
        private final boolean[] covered;
        private int seen;

        Taken(Tokenizer.Field field, List<PersonMention> people) {
            this.field = field.name();
            this.people = people;
            this.covered = new boolean[field.tokens().size()];
        }

        boolean at(int i) {
            for (; seen < people.size(); seen++) {
                Span span = people.get(seen).span();
                if (span.field().equals(field)) {
                    for (int j = Math.max(0, span.firstToken()); j <= span.lastToken() && j < covered.length; j++) {
                        covered[j] = true;
                    }
                }
            }
            return covered[i];
        }
    }

    private static boolean nominative(String word) {
        return word.equals("посол") || word.equals("ambassador") || TURKIC.contains(word);
    }

    private static boolean startsWithAny(String word, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (word.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
