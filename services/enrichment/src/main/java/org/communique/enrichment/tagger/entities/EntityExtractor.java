package org.communique.enrichment.tagger.entities;

import org.communique.enrichment.tagger.gazetteer.Match;
import org.communique.enrichment.tagger.kb.Office;
import org.communique.enrichment.tagger.kb.Person;
import org.communique.enrichment.tagger.morph.RussianForms;
import org.communique.enrichment.tagger.text.Token;
import org.communique.enrichment.tagger.text.Tokenizer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns gazetteer matches into entity mentions: filters matches that are not what they seem (a city inside a
 * personal name, «русский язык», a surname after someone else's first name), attaches initials, and resolves
 * office phrases («глава МИД Казахстана», "Kazakh Foreign Minister") to the person who held the office on the
 * release date.
 */
public final class EntityExtractor {

    /** Words before an office phrase that make it not mean the holder: «бывший президент», «пресс-секретарь президента». */
    private static final Set<String> ROLE_BLOCKERS = Set.of("при", "экс", "ex", "vice", "press", "aide", "office", "first");
    private static final List<String> ROLE_BLOCKER_PREFIXES = List.of(
            "бывш", "вице", "замест", "замглав", "пресс", "помощник", "советник", "администрац", "аппарат",
            "канцеляр", "кандидат", "выбор", "представител", "спикер", "первый", "первого", "первому", "первым",
            "spokes", "former", "deputy", "advis", "administration", "candidate", "election",
            "бурынгы", "мурунку", "орынбасар", "орун", "кенесши", "кенешчи");
    private static final Set<String> NAMED_AFTER_BEFORE = Set.of("имени", "им", "named", "проспект", "проспекте",
            "проспекта", "улица", "улице", "улицы", "аэропорт", "аэропорта", "аэропорту");
    private static final List<String> NAMED_AFTER_FOLLOWERS = List.of("атындагы", "university", "airport", "avenue",
            "street", "foundation", "fund", "prize", "museum", "school", "университет", "школ");
    private static final List<String> TITLE_WORDS = List.of("министр", "президент", "премьер", "глава", "посол",
            "госсекретар", "генсек", "канцлер", "председател", "minister", "president", "premier", "secretary",
            "chancellor", "ambassador", "mr", "mrs", "ms", "dr", "господин", "госпож", "мистер", "сенатор", "senator",
            "лидер", "leader", "спикер", "депутат", "генерал", "general", "коллег", "counterpart");
    private static final Set<String> ROLE_CONNECTORS = Set.of("of", "the");
    private static final List<String> LANGUAGE_NOUNS = List.of("язык", "language", "тил");
    private static final Set<String> CONJUNCTIONS = Set.of("и", "and", "или", "or", "жане", "жана");

    private final EntityGazetteer gazetteer;
    private final OfficeIndex offices;

    public EntityExtractor(EntityGazetteer gazetteer, OfficeIndex offices) {
        this.gazetteer = gazetteer;
        this.offices = offices;
    }

    public Entities extract(List<Tokenizer.Field> fields, String language, LocalDate date) {
        List<CountryMention> countries = new ArrayList<>();
        List<OrganizationMention> organizations = new ArrayList<>();
        List<PersonMention> people = new ArrayList<>();
        for (Tokenizer.Field field : fields) {
            List<Match<Ref>> matches = gazetteer.match(field, language);
            Match<?>[] byToken = new Match<?>[field.tokens().size()];
            for (Match<Ref> m : matches) {
                for (int i = m.first(); i <= m.last(); i++) {
                    byToken[i] = m;
                }
            }
            Map<Integer, Integer> personByFirstToken = new HashMap<>();
            Map<Integer, Integer> personByLastToken = new HashMap<>();
            for (Match<Ref> match : matches) {
                Ref ref = match.value();
                if (ref instanceof Ref.CountryRef country) {
                    if (keepCountry(field, match, country, byToken)) {
                        countries.add(new CountryMention(country.code(), country.form(), span(field, match.first(), match.last()),
                                field.tokens().get(match.last()).lower(), match.inflected(), match.turkicSuffix(),
                                wordBefore(field, match.first())));
                    }
                } else if (ref instanceof Ref.OrganizationRef org) {
                    organizations.add(new OrganizationMention(org.id(), span(field, match.first(), match.last())));
                } else if (ref instanceof Ref.PersonRef) {
                    PersonMention person = person(field, match, byToken);
                    if (person != null) {
                        personByFirstToken.put(person.span().firstToken(), people.size());
                        personByLastToken.put(person.span().lastToken(), people.size());
                        people.add(person);
                    }
                }
            }
            for (int m = 0; m < matches.size(); m++) {
                if (matches.get(m).value() instanceof Ref.RoleRef) {
                    role(field, matches, m, byToken, date, people, personByFirstToken, personByLastToken);
                }
            }
        }
        people.sort((a, b) -> Long.compare(a.span().position(), b.span().position()));
        return new Entities(countries, resolve(people, date), organizations);
    }

    // ---------------------------------------------------------------- countries

    private boolean keepCountry(Tokenizer.Field field, Match<Ref> match, Ref.CountryRef country, Match<?>[] byToken) {
        List<Token> tokens = field.tokens();
        int next = match.last() + 1;
        switch (country.form()) {
            case COMPOUND_PREFIX -> {
                return next < tokens.size() && tokens.get(next).separator().equals("-");
            }
            case ADJECTIVE -> {
                return !namesALanguage(tokens, next, byToken);
            }
            case PLACE -> {
                if (match.first() > 0) {
                    Token before = tokens.get(match.first() - 1);
                    boolean initial = before.isInitial(field.text()) && tokens.get(match.first()).separator().equals(".");
                    boolean givenName = before.isCapitalized() && byToken[before.index()] == null
                            && tokens.get(match.first()).separator().isEmpty() && gazetteer.isGivenName(before.key());
                    return !initial && !givenName;
                }
                return true;
            }
            default -> {
                return true;
            }
        }
    }

    /** «на казахском и русском языках», "in the Kazakh language": an adjective naming a language, not a country. */
    private static boolean namesALanguage(List<Token> tokens, int from, Match<?>[] byToken) {
        for (int i = from; i < tokens.size() && i < from + 4; i++) {
            Token t = tokens.get(i);
            for (String noun : LANGUAGE_NOUNS) {
                if (t.lower().startsWith(noun) && t.lower().length() <= noun.length() + 5) {
                    return true;
                }
            }
            boolean adjective = byToken[i] != null && byToken[i].value() instanceof Ref.CountryRef c
                    && c.form() == Ref.CountryForm.ADJECTIVE || RussianForms.isAdjective(t.lower());
            if (!adjective && !CONJUNCTIONS.contains(t.lower())) {
                return false;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- people

    private PersonMention person(Tokenizer.Field field, Match<Ref> match, Match<?>[] byToken) {
        List<Token> tokens = field.tokens();
        List<String> candidates = new ArrayList<>();
        boolean full = false;
        for (Ref ref : match.values()) {
            Ref.PersonRef p = (Ref.PersonRef) ref;
            if (!candidates.contains(p.personId())) {
                candidates.add(p.personId());
            }
            full |= p.fullName();
        }
        if (namedAfter(field, match)) {
            return null;
        }
        int first = match.first();
        int last = match.last();
        if (!full) {
            Set<Character> initials = new LinkedHashSet<>();
            while (first > 0 && tokens.get(first - 1).isInitial(field.text()) && tokens.get(first).separator().equals(".")) {
                first--;
                initials.add(tokens.get(first).key().charAt(0));
            }
            while (last + 1 < tokens.size() && tokens.get(last + 1).isInitial(field.text())
                    && tokens.get(last + 1).sentence() == tokens.get(last).sentence()
                    && (last + 1 == match.last() + 1 || tokens.get(last + 1).separator().equals("."))) {
                last++;
                initials.add(tokens.get(last).key().charAt(0));
            }
            if (!initials.isEmpty()) {
                candidates.removeIf(id -> !gazetteer.initials(id).contains(initials.iterator().next()));
                if (candidates.isEmpty()) {
                    return null;
                }
            } else if (someoneElse(field, match, byToken)) {
                return null;
            }
        }
        return new PersonMention(candidates, span(field, first, last), true, !match.inflected(), null);
    }

    /** «аэропорт имени Гейдара Алиева», «Назарбаев Университет»: a proper name built on a person's name. */
    private static boolean namedAfter(Tokenizer.Field field, Match<Ref> match) {
        List<Token> tokens = field.tokens();
        if (match.first() > 0 && NAMED_AFTER_BEFORE.contains(tokens.get(match.first() - 1).lower())) {
            return true;
        }
        if (match.last() + 1 < tokens.size()) {
            Token next = tokens.get(match.last() + 1);
            for (String follower : NAMED_AFTER_FOLLOWERS) {
                if (next.lower().startsWith(follower) && (follower.equals("атындагы") || next.isCapitalized())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A bare surname next to a first name the gazetteer did not pair with it («Сергей Иванов» when the knowledge base
     * knows Igor Ivanov) names someone else.
     */
    private boolean someoneElse(Tokenizer.Field field, Match<Ref> match, Match<?>[] byToken) {
        List<Token> tokens = field.tokens();
        Token surname = tokens.get(match.first());
        if (match.first() > 0 && surname.separator().isEmpty()) {
            Token before = tokens.get(match.first() - 1);
            if (before.sentence() == surname.sentence() && looksLikeName(before, byToken)) {
                boolean sentenceStart = before.index() == 0 || tokens.get(before.index() - 1).sentence() != before.sentence();
                if (!sentenceStart || gazetteer.isGivenName(before.key())) {
                    return true;
                }
            }
        }
        if (match.last() + 1 < tokens.size()) {
            Token after = tokens.get(match.last() + 1);
            return after.separator().isEmpty() && after.sentence() == surname.sentence()
                    && looksLikeName(after, byToken) && gazetteer.isGivenName(after.key());
        }
        return false;
    }

    private static boolean looksLikeName(Token token, Match<?>[] byToken) {
        if (!token.isCapitalized() || token.isAllUpper() || token.isNumber() || byToken[token.index()] != null) {
            return false;
        }
        for (String title : TITLE_WORDS) {
            if (token.lower().startsWith(title)) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- office phrases

    private void role(Tokenizer.Field field, List<Match<Ref>> matches, int m, Match<?>[] byToken, LocalDate date,
                      List<PersonMention> people, Map<Integer, Integer> personByFirstToken,
                      Map<Integer, Integer> personByLastToken) {
        List<Token> tokens = field.tokens();
        Match<Ref> match = matches.get(m);
        RolePhrase phrase = ((Ref.RoleRef) match.value()).phrase();
        if (blocked(tokens, match.first())) {
            return;
        }
        int first = match.first();
        int last = match.last();
        String country = null;
        if (m + 1 < matches.size() && matches.get(m + 1).value() instanceof Ref.CountryRef c && namesState(c)) {
            Match<Ref> next = matches.get(m + 1);
            if (connectedAfter(tokens, last, next.first(), !phrase.needsCountry())) {
                country = c.code();
                last = next.last();
            }
        }
        if (country == null && !phrase.needsCountry() && m > 0
                && matches.get(m - 1).value() instanceof Ref.CountryRef c && c.form() != Ref.CountryForm.PLACE
                && c.form() != Ref.CountryForm.INSTITUTION) {
            Match<Ref> previous = matches.get(m - 1);
            if (connectedBefore(tokens, previous.last(), first)) {
                country = c.code();
                first = previous.first();
            }
        }
        if (country == null) {
            country = phrase.impliedCountry();
        }
        if (country == null || !phrase.countries().isEmpty() && !phrase.countries().contains(country)) {
            return;
        }
        Office office = phrase.office() != null ? phrase.office() : counterpartOffice(people, field, first, date);
        if (office == null) {
            return;
        }
        Optional<Person> holder = offices.holder(country, office, date);

        // «президент Кыргызстана Садыр Жапаров», «Садыр Жапаров, президент Кыргызстана»
        Integer named = personByFirstToken.get(last + 1);
        if (named == null && first > 0 && tokens.get(first).separator().equals(",")) {
            named = personByLastToken.get(first - 1);
        }
        if (named != null && people.get(named).span().sentence() == tokens.get(first).sentence()) {
            PersonMention person = people.get(named);
            if (holder.isPresent() && person.candidates().contains(holder.get().id())) {
                person = person.withCandidates(List.of(holder.get().id()));
            }
            people.set(named, person.presentedAs(office));
            return;
        }
        if (holder.isEmpty() || unknownNameFollows(tokens, last, byToken)) {
            return;
        }
        people.add(new PersonMention(List.of(holder.get().id()), span(field, first, last), false, !match.inflected(), office));
    }

    private static boolean namesState(Ref.CountryRef c) {
        return c.form() == Ref.CountryForm.NAME || c.form() == Ref.CountryForm.ABBREVIATION;
    }

    private static boolean blocked(List<Token> tokens, int first) {
        for (int i = first - 1; i >= Math.max(0, first - 2); i--) {
            if (tokens.get(i).sentence() != tokens.get(first).sentence()) {
                break;
            }
            String word = tokens.get(i).lower();
            if (ROLE_BLOCKERS.contains(word)) {
                return true;
            }
            for (String prefix : ROLE_BLOCKER_PREFIXES) {
                if (word.startsWith(prefix)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** «президент Кыргызстана», "President of the Kyrgyz Republic". */
    private static boolean connectedAfter(List<Token> tokens, int roleLast, int countryFirst, boolean connectorsAllowed) {
        if (!tokens.get(countryFirst).separator().isEmpty() && !tokens.get(countryFirst).separator().equals("-")) {
            return false;
        }
        for (int i = roleLast + 1; i < countryFirst; i++) {
            if (!connectorsAllowed || !ROLE_CONNECTORS.contains(tokens.get(i).lower())
                    || !tokens.get(i).separator().isEmpty()) {
                return false;
            }
        }
        return countryFirst - roleLast <= 3;
    }

    /** «казахстанский президент», "Kazakh Foreign Minister", "Kazakhstan's President", «Қазақстан Президенті». */
    private static boolean connectedBefore(List<Token> tokens, int countryLast, int roleFirst) {
        if (roleFirst == countryLast + 1) {
            return tokens.get(roleFirst).separator().isEmpty();
        }
        return roleFirst == countryLast + 2 && tokens.get(countryLast + 1).lower().equals("s")
                && tokens.get(roleFirst).separator().isEmpty();
    }

    /** «…провёл переговоры со своим кыргызским коллегой»: the office of the last person mentioned before. */
    private Office counterpartOffice(List<PersonMention> people, Tokenizer.Field field, int roleFirst, LocalDate date) {
        PersonMention previous = null;
        for (PersonMention p : people) {
            boolean before = !p.span().field().equals(field.name()) || p.span().lastToken() < roleFirst;
            if (before && (previous == null || p.span().position() > previous.span().position())) {
                previous = p;
            }
        }
        if (previous == null) {
            return null;
        }
        Optional<Person> person = offices.person(previous.personId());
        if (person.isEmpty() || !offices.holdsAnyOffice(person.get(), date)) {
            return null; // the counterpart of someone out of office is nobody in particular
        }
        return previous.presentedOffice() != null ? previous.presentedOffice()
                : offices.officeFor(person.get(), date).orElse(null);
    }

    /** "President of Kyrgyzstan Ivan Petrov": a name the knowledge base lacks; the phrase is about that person. */
    private static boolean unknownNameFollows(List<Token> tokens, int last, Match<?>[] byToken) {
        if (last + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(last + 1);
        return next.separator().isEmpty() && next.sentence() == tokens.get(last).sentence() && next.isCapitalized()
                && !next.isAllUpper() && !next.isNumber() && byToken[next.index()] == null;
    }

    // ---------------------------------------------------------------- document-level resolution

    /** Settles surnames shared by several people: one named in full elsewhere, else one in office on the date. */
    private List<PersonMention> resolve(List<PersonMention> people, LocalDate date) {
        Set<String> anchored = new LinkedHashSet<>();
        for (PersonMention p : people) {
            if (p.candidates().size() == 1) {
                anchored.add(p.personId());
            }
        }
        List<PersonMention> out = new ArrayList<>(people.size());
        for (PersonMention p : people) {
            if (p.candidates().size() == 1) {
                out.add(p);
                continue;
            }
            List<String> known = p.candidates().stream().filter(anchored::contains).toList();
            String chosen = known.size() == 1 ? known.get(0) : closestInOffice(p.candidates(), date);
            out.add(p.withCandidates(List.of(chosen)));
        }
        return out;
    }

    private String closestInOffice(List<String> candidates, LocalDate date) {
        String best = candidates.get(0);
        long bestScore = Long.MAX_VALUE;
        for (String id : candidates) {
            Optional<Person> person = offices.person(id);
            if (person.isEmpty()) {
                continue;
            }
            long distance = offices.distanceFromOffice(person.get(), date);
            int rank = offices.officeFor(person.get(), date).map(Enum::ordinal).orElse(9);
            long score = distance * 10 + rank;
            if (score < bestScore) {
                bestScore = score;
                best = id;
            }
        }
        return best;
    }

    // ---------------------------------------------------------------- helpers

    private static Span span(Tokenizer.Field field, int first, int last) {
        List<Token> tokens = field.tokens();
        return new Span(field.name(), tokens.get(first).start(), tokens.get(last).end(), first, last,
                tokens.get(first).sentence());
    }

    private static String wordBefore(Tokenizer.Field field, int first) {
        if (first == 0) {
            return "";
        }
        Token before = field.tokens().get(first - 1);
        return before.sentence() == field.tokens().get(first).sentence() ? before.lower() : "";
    }
}
