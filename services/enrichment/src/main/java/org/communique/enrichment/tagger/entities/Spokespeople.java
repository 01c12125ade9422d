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
 * A foreign ministry's official spokesperson named by office alone: «официальный представитель МИД России»,
 * «официального представителя российского МИД», "the Russian Foreign Ministry spokeswoman", "the State Department
 * spokesperson", «Ресей СІМ ресми өкілі», «Орусиянын ТИМинин расмий өкүлү». The state comes from the phrase (a name, an
 * adjective, the State Department); the holder is the knowledge base's on the day. Not resolved: a state whose ministry
 * has several spokespeople at once (China), a deputy or a former one, a phrase a name follows (the name is the person),
 * «официальный представитель президента» (an envoy), and a president's press secretary («пресс-секретарь президента
 * России», "the Kremlin spokesman", «Қазақстан Президентінің баспасөз хатшысы»), an "X of the President" title the gold
 * sets' annotators leave untagged unless he is named.
 */
final class Spokespeople {

    private enum Body { MINISTRY, PRESIDENT }

    /** A body's name as folded words; the last one is compared by its stem in Kazakh and Kyrgyz. */
    private record Name(List<String> words, Body body) {
    }

    private static final Set<String> RU_OFFICIAL = Set.of("официальный", "официального", "официальному", "официальным",
            "официальном");
    private static final Set<String> RU_REPRESENTATIVE = Set.of("представитель", "представителя", "представителю",
            "представителем", "представителе");
    private static final Set<String> RU_SECRETARY = Set.of("секретарь", "секретаря", "секретарю", "секретарем",
            "секретаре");
    private static final Set<String> EN_SPOKESPERSON = Set.of("spokesperson", "spokesman", "spokeswoman");

    /** Russian and English bodies after the office: «МИД», «Министерства иностранных дел», "the Foreign Ministry". */
    private static final List<Name> AFTER = List.of(
            new Name(List.of("мид"), Body.MINISTRY),
            new Name(List.of("министерства", "иностранных", "дел"), Body.MINISTRY),
            new Name(List.of("внешнеполитического", "ведомства"), Body.MINISTRY),
            new Name(List.of("foreign", "ministry"), Body.MINISTRY),
            new Name(List.of("ministry", "of", "foreign", "affairs"), Body.MINISTRY),
            new Name(List.of("ministry", "for", "foreign", "affairs"), Body.MINISTRY),
            new Name(List.of("mfa"), Body.MINISTRY),
            new Name(List.of("президента"), Body.PRESIDENT),
            new Name(List.of("главы", "государства"), Body.PRESIDENT),
            new Name(List.of("president"), Body.PRESIDENT));
    /** English bodies before the office: "Foreign Ministry spokesperson", "presidential press secretary". */
    private static final List<Name> BEFORE = List.of(
            new Name(List.of("foreign", "ministry"), Body.MINISTRY),
            new Name(List.of("foreign", "affairs", "ministry"), Body.MINISTRY),
            new Name(List.of("mfa"), Body.MINISTRY),
            new Name(List.of("presidential"), Body.PRESIDENT),
            new Name(List.of("president", "s"), Body.PRESIDENT));
    /** Kazakh and Kyrgyz bodies before the office, folded; the last word by its stem («министрлігінің», «ТИМинин»). */
    private static final List<Name> TURKIC = List.of(
            new Name(List.of("сим"), Body.MINISTRY),
            new Name(List.of("тим"), Body.MINISTRY),
            new Name(List.of("сырткы", "истер", "министрлиг"), Body.MINISTRY),
            new Name(List.of("тышкы", "иштер", "министрлиг"), Body.MINISTRY),
            new Name(List.of("президент"), Body.PRESIDENT));
    /** Institutions a gazetteer match names, by a word of theirs: the Kremlin, Akorda, the State Department. */
    private static final List<String> PRESIDENCIES = List.of("кремл", "kremlin", "акорд");
    private static final List<String> MINISTRIES = List.of("госдеп", "department", "департамент");

    private static final Set<String> CONNECTORS = Set.of("of", "the", "for", "to", "s");
    /** Someone else than the holder: a deputy, an aide, a former or future one. */
    private static final List<String> NOT_THE_HOLDER = List.of("замест", "deputy", "вице", "vice", "помощник",
            "assistant", "бывш", "экс", "former", "прежн", "previous", "буры", "мурдагы", "мурунку", "назначенн",
            "designate", "будущ", "future", "new", "нов");
    private static final List<String> TURKIC_DEPUTY = List.of("орынбасар", "орун");
    /** Possessive and genitive endings of a body's name in Kazakh and Kyrgyz, folded. */
    private static final Set<String> ENDINGS = Set.of("и", "ы", "нин", "нын", "дин", "дын", "инин", "ынын", "тин",
            "нинин", "ти", "тинин");

    private final OfficeIndex offices;

    Spokespeople(OfficeIndex offices) {
        this.offices = offices;
    }

    /** Adds to {@code people} the spokesperson or press secretary each office phrase of the field names. */
    void field(Tokenizer.Field field, Match<?>[] byToken, List<PersonMention> people, LocalDate date) {
        List<Token> tokens = field.tokens();
        Ambassadors.Taken taken = new Ambassadors.Taken(field, people);
        for (int i = 0; i < tokens.size(); i++) {
            Phrase phrase = phraseAt(tokens, byToken, i);
            if (phrase == null || phrase.country() == null || taken.at(i)
                    || notTheHolder(tokens, phrase.first(), i) || Ambassadors.nameFollows(tokens, byToken, phrase.last())) {
                continue;
            }
            if (phrase.body() == Body.PRESIDENT) {
                // the gold sets' annotators tag a press secretary named by name only: by office he is an "X of the
                // President" title, which mentions no one (the phrase is read so that it is not taken for a spokesperson)
                continue;
            }
            Office office = Office.SPOKESPERSON;
            Optional<Person> holder = offices.holder(phrase.country(), office, date);
            if (holder.isPresent()) {
                Span span = new Span(field.name(), tokens.get(phrase.first()).start(), tokens.get(phrase.last()).end(),
                        phrase.first(), phrase.last(), tokens.get(i).sentence());
                people.add(new PersonMention(List.of(holder.get().id()), span, false, phrase.nominative(), office));
            }
        }
    }

    private record Phrase(int first, int last, Body body, String country, boolean nominative) {
    }

    /** The phrase whose office word is token {@code i}, or null. */
    private static Phrase phraseAt(List<Token> tokens, Match<?>[] byToken, int i) {
        String w = tokens.get(i).lower();
        if (i == 0) {
            return EN_SPOKESPERSON.contains(w) ? around(tokens, byToken, i, i, true) : null;
        }
        String before = tokens.get(i - 1).lower();
        if (tokens.get(i).sentence() != tokens.get(i - 1).sentence()) {
            return EN_SPOKESPERSON.contains(w) ? around(tokens, byToken, i, i, true) : null;
        }
        if (RU_REPRESENTATIVE.contains(w) && RU_OFFICIAL.contains(before)) {
            return after(tokens, byToken, i - 1, i, w.equals("представитель"));
        }
        boolean press = before.equals("пресс") || before.equals("press");
        if (press && (RU_SECRETARY.contains(w) || w.equals("secretary"))) {
            return around(tokens, byToken, i - 1, i, w.equals("секретарь") || w.equals("secretary"));
        }
        if (EN_SPOKESPERSON.contains(w)) {
            return around(tokens, byToken, i, i, true);
        }
        boolean kkOffice = w.startsWith("окил") && !w.startsWith("окилдер") && before.equals("ресми");
        boolean kyOffice = w.startsWith("окул") && !w.startsWith("окулдор") && before.equals("расмий");
        boolean kkPress = w.startsWith("хатшы") && !w.startsWith("хатшылар") && before.equals("баспасоз");
        boolean kyPress = w.startsWith("катчы") && !w.startsWith("катчылар") && before.equals("соз") && i >= 2
                && tokens.get(i - 2).lower().equals("басма");
        if (kkOffice || kyOffice || kkPress || kyPress) {
            if (i + 1 < tokens.size() && startsWithAny(tokens.get(i + 1).lower(), TURKIC_DEPUTY)) {
                return null; // «ресми өкілінің орынбасары»: the deputy
            }
            int start = kyPress ? i - 2 : i - 1;
            boolean nominative = w.equals("окили") || w.equals("окулу") || w.equals("хатшысы") || w.equals("катчысы");
            Phrase p = turkic(tokens, byToken, start, i, nominative);
            // «Президентінің ресми өкілі»: the President's envoy somewhere, no press secretary
            return p == null || p.body() == Body.PRESIDENT && (kkOffice || kyOffice) ? null : p;
        }
        return null;
    }

    /** Russian and English: the office, then the body and its state: «МИД России», "of the Russian Foreign Ministry". */
    private static Phrase after(List<Token> tokens, Match<?>[] byToken, int first, int office, boolean nominative) {
        int sentence = tokens.get(office).sentence();
        int j = skipConnectors(tokens, office + 1, sentence);
        String adjective = null;
        if (j < tokens.size() && country(byToken, j) != null && institution(tokens, byToken, j) == null) {
            adjective = country(byToken, j); // «российского МИД», "the Russian President"
            j = skipConnectors(tokens, byToken[j].last() + 1, sentence);
        }
        Body body = null;
        int last = -1;
        String country = null;
        if (j < tokens.size() && institution(tokens, byToken, j) != null) {
            body = institution(tokens, byToken, j);
            country = country(byToken, j);
            last = byToken[j].last();
        } else {
            for (Name name : AFTER) {
                int end = wordsAt(tokens, j, name.words(), sentence, false);
                if (end >= 0) {
                    body = name.body();
                    last = end;
                    break;
                }
            }
        }
        if (body == null || body == Body.PRESIDENT && RU_REPRESENTATIVE.contains(tokens.get(office).lower())) {
            return null; // «официальный представитель президента»: an envoy
        }
        if (country == null) {
            int k = skipConnectors(tokens, last + 1, sentence);
            if (k < tokens.size() && tokens.get(k).sentence() == sentence && country(byToken, k) != null
                    && institution(tokens, byToken, k) == null) {
                country = country(byToken, k);
                last = byToken[k].last();
            }
        }
        if (adjective != null && country != null && !adjective.equals(country)) {
            return null;
        }
        return new Phrase(first, last, body, country != null ? country : adjective, nominative);
    }

    /** "Russian Foreign Ministry spokeswoman", "Kremlin spokesman", else the body after the office. */
    private static Phrase around(List<Token> tokens, Match<?>[] byToken, int first, int office, boolean nominative) {
        int sentence = tokens.get(office).sentence();
        int k = first - 1;
        if (k >= 0 && tokens.get(k).sentence() == sentence && !tokens.get(office).isCyrillic()) {
            if (institution(tokens, byToken, k) != null) {
                Match<?> m = byToken[k];
                return new Phrase(m.first(), office, institution(tokens, byToken, k), country(byToken, k), nominative);
            }
            for (Name name : BEFORE) {
                int start = k - name.words().size() + 1;
                if (start >= 0 && wordsAt(tokens, start, name.words(), sentence, false) == k) {
                    int c = start - 1;
                    if (c >= 0 && tokens.get(c).lower().equals("s")) {
                        c--;
                    }
                    String country = c >= 0 && tokens.get(c).sentence() == sentence ? country(byToken, c) : null;
                    if (country != null && institution(tokens, byToken, c) == null) {
                        return new Phrase(byToken[c].first(), office, name.body(), country, nominative);
                    }
                    Phrase rest = after(tokens, byToken, start, office, nominative);
                    return rest != null && rest.country() != null ? rest : null;
                }
            }
            String country = country(byToken, k);
            if (country != null && institution(tokens, byToken, k) == null) {
                Phrase rest = after(tokens, byToken, byToken[k].first(), office, nominative);
                return rest != null && (rest.country() == null || rest.country().equals(country))
                        ? new Phrase(rest.first(), rest.last(), rest.body(), country, nominative) : null;
            }
        }
        return after(tokens, byToken, first, office, nominative);
    }

    /** Kazakh and Kyrgyz: the state and the body before the office: «Ресей СІМ ресми өкілі», «ҚР Президентінің». */
    private static Phrase turkic(List<Token> tokens, Match<?>[] byToken, int start, int office, boolean nominative) {
        int sentence = tokens.get(office).sentence();
        int k = start - 1;
        if (k > 0 && tokens.get(k).separator().equals("-") && tokens.get(k).sentence() == sentence) {
            k--; // «СІМ-нің»: the case ending after a hyphen
        }
        if (k < 0 || tokens.get(k).sentence() != sentence) {
            return null;
        }
        Body body = institution(tokens, byToken, k);
        int bodyFirst = body == null ? -1 : byToken[k].first();
        String country = body == null ? null : country(byToken, k);
        if (body == null) {
            for (Name name : TURKIC) {
                int s = k - name.words().size() + 1;
                if (s >= 0 && wordsAt(tokens, s, name.words(), sentence, true) == k
                        && (name.words().size() > 1 || abbreviation(tokens.get(k).lower(), name.words().get(0)))) {
                    body = name.body();
                    bodyFirst = s;
                    break;
                }
            }
            if (body == null) {
                return null;
            }
            int c = bodyFirst - 1;
            if (c >= 0 && tokens.get(c).sentence() == sentence && country(byToken, c) != null
                    && institution(tokens, byToken, c) == null) {
                country = country(byToken, c);
                bodyFirst = byToken[c].first();
            }
        }
        return new Phrase(bodyFirst, office, body, country, nominative);
    }

    /** The last token of {@code words} read from {@code i}, or -1; {@code stem}: the last word by its beginning. */
    private static int wordsAt(List<Token> tokens, int i, List<String> words, int sentence, boolean stem) {
        if (i < 0 || i + words.size() > tokens.size()) {
            return -1;
        }
        for (int k = 0; k < words.size(); k++) {
            Token t = tokens.get(i + k);
            boolean lastWord = k == words.size() - 1;
            boolean same = stem && lastWord ? t.lower().startsWith(words.get(k)) : t.lower().equals(words.get(k));
            if (t.sentence() != sentence || !same) {
                return -1;
            }
        }
        return i + words.size() - 1;
    }

    /** «СІМ», «ТИМдин», «ТИМинин», «Президентінің»: the word and a possessive or case ending, not «Тимур». */
    private static boolean abbreviation(String word, String stem) {
        return word.length() == stem.length() || ENDINGS.contains(word.substring(stem.length()));
    }

    private static int skipConnectors(List<Token> tokens, int j, int sentence) {
        while (j < tokens.size() && tokens.get(j).sentence() == sentence && CONNECTORS.contains(tokens.get(j).lower())
                && !tokens.get(j).isCyrillic()) {
            j++;
        }
        return j;
    }

    /** The state a country match at the token names, or null; a town or a capital names none here. */
    private static String country(Match<?>[] byToken, int i) {
        Match<?> m = byToken[i];
        if (m != null && m.value() instanceof Ref.CountryRef c && c.form() != Ref.CountryForm.PLACE) {
            return c.code();
        }
        return null;
    }

    /** The body an institution match at the token stands for (the Kremlin, the State Department), or null. */
    private static Body institution(List<Token> tokens, Match<?>[] byToken, int i) {
        Match<?> m = byToken[i];
        if (m == null || !(m.value() instanceof Ref.CountryRef c) || c.form() != Ref.CountryForm.INSTITUTION) {
            return null;
        }
        for (int k = m.first(); k <= m.last(); k++) {
            if (startsWithAny(tokens.get(k).lower(), PRESIDENCIES)) {
                return Body.PRESIDENT;
            }
            if (startsWithAny(tokens.get(k).lower(), MINISTRIES)) {
                return Body.MINISTRY;
            }
        }
        return null;
    }

    private static boolean notTheHolder(List<Token> tokens, int first, int office) {
        for (int k = first - 1; k >= Math.max(0, first - 2); k--) {
            if (tokens.get(k).sentence() != tokens.get(first).sentence()) {
                break;
            }
            if (startsWithAny(tokens.get(k).lower(), NOT_THE_HOLDER) || tokens.get(k).lower().equals("ex")) {
                return true;
            }
        }
        return false;
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
