package org.communique.enrichment.tagger.entities;

import org.communique.enrichment.tagger.gazetteer.Match;
import org.communique.enrichment.tagger.kb.Person;
import org.communique.enrichment.tagger.morph.RussianForms;
import org.communique.enrichment.tagger.text.Token;
import org.communique.enrichment.tagger.text.Tokenizer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns gazetteer matches into entity mentions: filters matches that are not what they seem (a city inside a
 * personal name or a street name, «русский язык», a surname after someone else's first name), attaches initials,
 * and has {@link RoleResolver} resolve office phrases («глава МИД Казахстана», "Kazakh Foreign Minister") to the
 * person who held the office on the release date.
 */
public final class EntityExtractor {

    private static final Set<String> NAMED_AFTER_BEFORE = Set.of("имени", "им", "named", "проспект", "проспекте",
            "проспекта", "улица", "улице", "улицы", "аэропорт", "аэропорта", "аэропорту");
    private static final List<String> NAMED_AFTER_FOLLOWERS = List.of("атындагы", "university", "airport", "avenue",
            "street", "foundation", "fund", "prize", "museum", "school", "университет", "школ");
    private static final List<String> TITLE_WORDS = List.of("министр", "президент", "премьер", "глава", "посол",
            "госсекретар", "генсек", "канцлер", "председател", "minister", "president", "premier", "secretary",
            "chancellor", "ambassador", "mr", "mrs", "ms", "dr", "господин", "госпож", "мистер", "сенатор", "senator",
            "лидер", "leader", "спикер", "депутат", "генерал", "general", "коллег", "counterpart");
    private static final List<String> LANGUAGE_NOUNS = List.of("язык", "language", "тил");
    private static final Set<String> CONJUNCTIONS = Set.of("и", "and", "или", "or", "жане", "жана");
    private static final Set<String> PLACE_BEFORE = Set.of("в", "во", "из", "до", "под", "около", "возле", "близ", "через",
            "к", "ко", "на", "г", "in", "to", "from", "near", "at", "via", "outside");
    private static final List<String> PLACE_VERBS = List.of("посет", "посещ", "прибы", "прилет", "вылет", "visit", "arriv");
    private static final List<String> PLACE_NOUNS = List.of("город", "област", "район", "села", "село", "city", "town",
            "region", "province", "district", "кала", "облыс", "шаар", "облус", "аудан");
    /** Case suffixes of place in folded spelling: locative, dative, ablative, and the attributive «-дағы». */
    private static final List<String> TURKIC_PLACE_CASES = List.of("да", "де", "та", "те", "до", "то", "га", "ге", "ка",
            "ке", "го", "ко", "а", "е", "на", "не", "нан", "нен");
    private static final List<String> STREETS_BEFORE = List.of("улиц", "ул", "проспект", "переул", "бульвар", "площад",
            "шоссе", "набережн");
    // folded spelling (TextFolding.lower): «көшесі» → «кошеси», «көчөсү» → «кочосу», «даңғылы» → «дангылы»
    private static final List<String> STREETS_AFTER = List.of("street", "avenue", "boulevard", "коше", "кочо", "дангыл",
            "проспект");

    private final EntityGazetteer gazetteer;
    private final OfficeIndex offices;
    private final UnlistedOfficials unlistedOfficials;
    private final Ambassadors ambassadors;
    private final Spokespeople spokespeople;
    private final CentralAsianFive centralAsianFive;

    public EntityExtractor(EntityGazetteer gazetteer, OfficeIndex offices) {
        this.gazetteer = gazetteer;
        this.offices = offices;
        this.unlistedOfficials = new UnlistedOfficials(gazetteer, offices);
        this.ambassadors = new Ambassadors(offices);
        this.spokespeople = new Spokespeople(offices);
        this.centralAsianFive = new CentralAsianFive(offices);
    }

    public Entities extract(List<Tokenizer.Field> fields, String language, LocalDate date) {
        return extract(fields, language, date, new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }

    /** The same, gathering the mentions into the empty lists given (a test may count what is read of them). */
    Entities extract(List<Tokenizer.Field> fields, String language, LocalDate date, List<CountryMention> countries,
                     List<PersonMention> people, List<UnlistedMention> unlisted) {
        List<OrganizationMention> organizations = new ArrayList<>();
        Surnames surnames = new Surnames();
        RoleResolver roles = new RoleResolver(offices, date, language);
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
                        countries.add(capitalByAdjective(field, match, country)
                                ? new CountryMention(country.code(), Ref.CountryForm.PLACE, span(field, match.first(), match.last() + 1),
                                        field.tokens().get(match.last() + 1).lower(), true, "", wordBefore(field, match.first()), false)
                                : new CountryMention(country.code(), country.form(), span(field, match.first(), match.last()),
                                        field.tokens().get(match.last()).lower(), match.inflected(), match.turkicSuffix(),
                                        wordBefore(field, match.first()), country.town() && !placeCue(field, match)));
                    }
                } else if (ref instanceof Ref.RoleRef role && ParliamentChairs.houseCountry(role.phrase()) != null) {
                    // «Жогорку Кеңештин Төрагасы», «председатель Мажилиса»: the house inside the office names its state
                    countries.add(new CountryMention(ParliamentChairs.houseCountry(role.phrase()),
                            Ref.CountryForm.INSTITUTION, span(field, match.first(), match.last()),
                            field.tokens().get(match.last()).lower(), match.inflected(), match.turkicSuffix(),
                            wordBefore(field, match.first()), false));
                } else if (ref instanceof Ref.OrganizationRef org) {
                    organizations.add(new OrganizationMention(org.id(), span(field, match.first(), match.last())));
                } else if (ref instanceof Ref.PersonRef) {
                    PersonMention person = person(field, match, byToken, surnames);
                    if (person != null) {
                        personByFirstToken.put(person.span().firstToken(), people.size());
                        personByLastToken.put(person.span().lastToken(), people.size());
                        people.add(person);
                    }
                }
            }
            roles.field(field, matches, byToken, people, personByFirstToken, personByLastToken);
            ambassadors.field(field, byToken, people, date);
            spokespeople.field(field, byToken, people, date);
            centralAsianFive.field(field, people, date);
            unlistedOfficials.field(field, byToken, people, language, date, unlisted);
        }
        // a town without a place cue («наследие Канта») counts only for a country the text names otherwise as well
        Set<String> named = new HashSet<>();
        countries.stream().filter(c -> !c.uncertain()).forEach(c -> named.add(c.code()));
        countries.removeIf(c -> c.uncertain() && !named.contains(c.code()));
        roles.finish(countries, people, unlisted);
        surnames.dropThoseOfSomeoneElse(people);
        people.sort((a, b) -> Long.compare(a.span().position(), b.span().position()));
        List<PersonMention> officials = new ArrayList<>();
        for (PersonMention p : resolve(people, date)) {
            // the leaders of the UN and the EU are no government officials: their name stands for their organisation
            String organization = offices.organizationServed(p.personId(), p.presentedOffice(), date);
            if (organization == null) {
                officials.add(p);
            } else {
                organizations.add(new OrganizationMention(organization, p.span()));
            }
        }
        organizations.sort((a, b) -> Long.compare(a.span().position(), b.span().position()));
        return new Entities(countries, officials, organizations, unlisted);
    }

    // ---------------------------------------------------------------- countries

    private boolean keepCountry(Tokenizer.Field field, Match<Ref> match, Ref.CountryRef country, Match<?>[] byToken) {
        List<Token> tokens = field.tokens();
        int next = match.last() + 1;
        if (match.first() == match.last() && gazetteer.countryOnlyByFolding(tokens.get(match.first()))) {
            return false; // "Cameron" is no spelling of Cameroon
        }
        switch (country.form()) {
            case COMPOUND_PREFIX -> {
                return next < tokens.size() && tokens.get(next).separator().equals("-");
            }
            case ADJECTIVE -> {
                return !namesALanguage(tokens, next, byToken);
            }
            case PLACE -> {
                if (partOfAStreetName(tokens, match) || partOfAForumName(tokens, match)) {
                    return false;
                }
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

    private static final List<String> FORUM_TITLE_WORDS = List.of("халықаралық", "эл", "аралык");

    /**
     * "the Astana International Forum", "the Samarkand Forum", «Астана халықаралық форумы»: a city in a forum's name
     * names the forum, not the place (it may meet elsewhere); the words between are the title's capitalised words.
     */
    private static boolean partOfAForumName(List<Token> tokens, Match<Ref> match) {
        int sentence = tokens.get(match.last()).sentence();
        for (int j = match.last() + 1; j < tokens.size() && j <= match.last() + 4 && tokens.get(j).sentence() == sentence; j++) {
            Token t = tokens.get(j);
            if (t.lower().startsWith("форум") || t.lower().equals("forum")) {
                return true;
            }
            if (!t.isCapitalized() && !startsWithAny(t.lower(), FORUM_TITLE_WORDS)) {
                return false;
            }
        }
        return false;
    }

    /** «в казахстанскую столицу», "in the Kyrgyz capital": the capital, a place like its name. */
    private static boolean capitalByAdjective(Tokenizer.Field field, Match<Ref> match, Ref.CountryRef country) {
        List<Token> tokens = field.tokens();
        int next = match.last() + 1;
        return country.form() == Ref.CountryForm.ADJECTIVE && next < tokens.size() && tokens.get(next).separator().isEmpty()
                && (tokens.get(next).lower().startsWith("столиц") || tokens.get(next).lower().equals("capital"));
    }

    /** «улица Фрунзе», "Tashkent Street", «Абай даңғылы»: a street named after a place or a person. */
    private static boolean partOfAStreetName(List<Token> tokens, Match<Ref> match) {
        if (match.first() > 0 && startsWithAny(tokens.get(match.first() - 1).lower(), STREETS_BEFORE)
                && tokens.get(match.first() - 1).sentence() == tokens.get(match.first()).sentence()) {
            return true;
        }
        return match.last() + 1 < tokens.size() && tokens.get(match.last() + 1).separator().isEmpty()
                && startsWithAny(tokens.get(match.last() + 1).lower(), STREETS_AFTER);
    }

    /**
     * Whether the text shows that a town is meant as a place: a preposition or verb of place before it («в Оше»,
     * «в родной Ош», "near Osh", «посетил Ош»), a word such as «город» around it, or a Kazakh/Kyrgyz case of place
     * («Оштағы», «Канттан»).
     */
    private static boolean placeCue(Tokenizer.Field field, Match<Ref> match) {
        List<Token> tokens = field.tokens();
        int sentence = tokens.get(match.first()).sentence();
        for (int i = match.first() - 1; i >= Math.max(0, match.first() - 2) && tokens.get(i).sentence() == sentence; i--) {
            String w = tokens.get(i).lower();
            if (PLACE_BEFORE.contains(w) || startsWithAny(w, PLACE_VERBS) || startsWithAny(w, PLACE_NOUNS)) {
                return true;
            }
            if (tokens.get(i).isCapitalized() || !RussianForms.isAdjective(w) && !w.endsWith("ern")) {
                break; // only an adjective may stand between: «в южном Оше», "in southern Osh"
            }
        }
        if (match.last() + 1 < tokens.size() && tokens.get(match.last() + 1).sentence() == sentence
                && startsWithAny(tokens.get(match.last() + 1).lower(), PLACE_NOUNS)) {
            return true;
        }
        return startsWithAny(match.turkicSuffix(), TURKIC_PLACE_CASES);
    }

    private static boolean startsWithAny(String word, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (word.startsWith(prefix)) {
                return true;
            }
        }
        return false;
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

    private PersonMention person(Tokenizer.Field field, Match<Ref> match, Match<?>[] byToken, Surnames surnames) {
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
        Token only = tokens.get(match.first());
        if (!full && match.first() == match.last() && only.isAllUpper() && only.raw().length() <= 4) {
            return null; // «МИД», "UN": an abbreviation, not the surname Мид
        }
        if (!full && quoted(field.text(), tokens.get(match.first()).start(), tokens.get(match.last()).end())) {
            return null; // «Лула», "Kant": the name of a company, a film, a book
        }
        int first = match.first();
        int last = match.last();
        if (full && EntityGazetteer.isPatronymic(tokens.get(last).lower()) && last + 1 < tokens.size()) {
            // «Сергей Викторович Чемезов»: a given name and patronymic followed by another surname is someone else
            Token next = tokens.get(last + 1);
            if (next.sentence() == only.sentence() && next.separator().isEmpty() && next.isCapitalized()
                    && byToken[next.index()] == null) {
                return null;
            }
        }
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
                // the given name's initial comes first in the text: «Н. А. Назарбаев», «Назарбаев Н. А.»
                if (first < match.first() && first > 0 && middleInitialAfter(tokens.get(first - 1), tokens.get(first), byToken)) {
                    // "Antony J. Blinken", "George W. Bush": the given name written out before a middle initial
                    first--;
                }
                char given = tokens.get(first < match.first() ? first : match.last() + 1).key().charAt(0);
                candidates.removeIf(id -> !gazetteer.initials(id).contains(given));
                if (candidates.isEmpty()) {
                    return null;
                }
            } else if (someoneElse(field, match, byToken)) {
                surnames.someoneElse(candidates);
                return null;
            } else {
                PersonMention bare = new PersonMention(candidates, span(field, first, last), true, !match.inflected(), null);
                surnames.bare(bare);
                return bare;
            }
        }
        return new PersonMention(candidates, span(field, first, last), true, !match.inflected(), null);
    }

    private boolean middleInitialAfter(Token givenName, Token initial, Match<?>[] byToken) {
        return givenName.isCapitalized() && byToken[givenName.index()] == null && initial.separator().isEmpty()
                && givenName.sentence() == initial.sentence() && gazetteer.isGivenName(givenName.key());
    }

    private static boolean quoted(String text, int start, int end) {
        return start > 0 && end < text.length() && "«\"“„'".indexOf(text.charAt(start - 1)) >= 0
                && "»\"”“'".indexOf(text.charAt(end)) >= 0;
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
            if (before.sentence() == surname.sentence() && looksLikeName(before, byToken)
                    && !givenNameWrittenOtherwise(before, match)) {
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

    /** «Иран Президенті Ибраһим Раиси»: the person's own given name in another spelling is no one else's. */
    private boolean givenNameWrittenOtherwise(Token given, Match<Ref> surname) {
        for (Ref ref : surname.values()) {
            if (ref instanceof Ref.PersonRef p && gazetteer.isGivenNameVariant(given.key(), p.personId())) {
                return true;
            }
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
