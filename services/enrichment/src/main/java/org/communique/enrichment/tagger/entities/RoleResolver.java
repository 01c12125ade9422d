package org.communique.enrichment.tagger.entities;

import org.communique.enrichment.tagger.gazetteer.Match;
import org.communique.enrichment.tagger.kb.Office;
import org.communique.enrichment.tagger.kb.Person;
import org.communique.enrichment.tagger.morph.TurkicSuffixes;
import org.communique.enrichment.tagger.text.Token;
import org.communique.enrichment.tagger.text.Tokenizer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves the office phrases of one document to the people who held those offices on its date: «президент
 * Кыргызстана», "Kazakh Foreign Minister", «Қазақстан Президенті», «главой МИД республики» (the state just named),
 * «министры иностранных дел Казахстана и Кыргызстана» and «главы МИД обеих стран» (one holder per country),
 * «киргизский коллега» (the counterpart of the person just named) and «Глава государства» in a text that names one
 * country only. One instance per document: phrases that need the whole document wait for {@link #finish}.
 */
final class RoleResolver {

    /** Words before an office phrase that make it not mean the holder: «бывший президент», «пресс-секретарь президента». */
    // «первый», "first" block nothing of their own: a first deputy is blocked by «заместитель», "deputy", and «первый
    // визит Президента», «Первый Президент Казахстана» (the first holder, see firstHolder) name a president
    // someone acting for the holder is not the holder: «исполняющий обязанности», «и.о.», «врио», "acting"
    private static final Set<String> BLOCKERS = Set.of("при", "экс", "ex", "vice", "press", "aide", "office", "ио", "врио",
            "acting");
    private static final List<String> BLOCKER_PREFIXES = List.of(
            "бывш", "вице", "замест", "замглав", "пресс", "секретар", "помощник", "советник", "администрац", "аппарат",
            "канцеляр", "кандидат", "выбор", "представител", "спикер", "исполняющ", "обязанност",
            "spokes", "former", "deputy", "advis", "administration", "candidate", "election",
            "бурынгы", "мурунку", "орынбасар", "орун", "кенесши", "кенешчи");
    /** Kazakh and Kyrgyz words after an office that make it someone else's («орынбасары», «кеңесшісі»), folded. */
    private static final List<String> OF_THE_OFFICE = List.of("орынбасар", "орун", "кенесши", "кенешчи", "комекши",
            "жардамчы", "хатшы", "катчы", "аппарат", "окили", "окулу", "уписи", "кенсеси", "администрациясы",
            // «Премьер-Министрінің міндетін атқарушы», «Президентинин милдетин аткаруучу»: the one acting for the holder
            "миндет", "милдет");
    /** Words between an office and its deputy or secretary: «бірінші орынбасары», «баспасөз хатшысы» (folded). */
    private static final List<String> BEFORE_OF_THE_OFFICE = List.of("баспасоз", "басма", "соз", "биринши", "биринчи");
    /** Words for an envoy before his country: «посол Казахстана», «представитель МИД Узбекистана» (folded). */
    private static final List<String> ENVOYS = List.of("посол", "посл", "ambassador", "envoy", "представител", "элчи",
            "елши");
    /** Words between an office and its state: "of the", «Королевства Саудовская Аравия», «Государства Катар». */
    private static final Set<String> CONNECTORS = Set.of("of", "the", "kingdom", "королевства", "государства",
            "султаната", "sultanate");
    private static final Set<String> PLURALS = Set.of("лар", "лер", "дар", "дер", "тар", "тер", "лор", "дор", "тор");
    /** «главы», «глав», «главами», «главам»: several heads, of the states listed after («главы России и Китая»). */
    private static final Set<String> HEADS = Set.of("главы", "глав", "главами", "главам");
    private static final RolePhrase HEADS_OF = new RolePhrase("главы", Office.PRESIDENT, Set.of(), null, false, Set.of(),
            true, false);
    /** Words joining the countries of a list: «Казахстана и Кыргызстана», «Қазақстан мен Өзбекстан». */
    private static final Set<String> LIST_JOINERS = Set.of("и", "and", "мен", "менен", "жане", "жана", "&");
    /** A state just named, referred back to: «глава МИД республики», "the country's president". */
    private static final Set<String> ANAPHORS = Set.of("республики", "страны", "республиканын", "елдин", "олконун");
    /** «обеих стран», «двух государств», "both countries", «екі елдің», «эки өлкөнүн». */
    private static final Set<String> PAIR_WORDS = Set.of("обеих", "обоих", "двух", "both", "two", "еки", "эки");
    private static final List<String> PAIR_NOUNS = List.of("стран", "государств", "countr", "nation", "ел", "олко",
            "мемлекет", "мамлекет");

    /** Russian plurals in «главы» that are also the genitive of one head: «главы МИД Казахстана», «главы государства». */
    private static final Map<String, RolePhrase> SINGULAR_GENITIVES = singularGenitives();

    private static Map<String, RolePhrase> singularGenitives() {
        Map<String, RolePhrase> singular = new LinkedHashMap<>();
        for (RolePhrase plural : RolePhrases.ALL) {
            if (plural.plural() && plural.text().startsWith("главы ")) {
                String one = "глава " + plural.text().substring("главы ".length());
                // «главы государств» is listed as written; the gazetteer also reads «главы государства» as it
                String oneWithA = one + "а";
                RolePhrases.ALL.stream().filter(p -> !p.plural() && (p.text().equals(one) || p.text().equals(oneWithA)))
                        .findFirst().ifPresent(p -> singular.put(plural.text(), p));
            }
        }
        return Map.copyOf(singular);
    }

    private enum Waiting { BOTH_COUNTRIES, ONLY_COUNTRY, OTHER_SIDE, SPEAKER, HOME, VENUE }

    /**
     * A phrase resolved once the whole document is read; {@code own}: for a counterpart, the country it is not of;
     * {@code receiving}: its sentence tells of a reception («принял», "received"); {@code acting}: it names someone
     * acting in the office («исполняющий обязанности»).
     */
    private record Pending(Span span, Office office, boolean nominative, Waiting waiting, String own, boolean receiving,
                           int quoteEnd, boolean acting) {

        Pending(Span span, Office office, boolean nominative, Waiting waiting, String own, boolean receiving,
                int quoteEnd) {
            this(span, office, nominative, waiting, own, receiving, quoteEnd, false);
        }

        Pending(Span span, Office office, boolean nominative, Waiting waiting) {
            this(span, office, nominative, waiting, null, false, -1);
        }

        Pending(Span span, Office office, boolean nominative, Waiting waiting, String own) {
            this(span, office, nominative, waiting, own, false, -1);
        }

        Pending(Span span, Office office, boolean nominative, Waiting waiting, String own, boolean receiving) {
            this(span, office, nominative, waiting, own, receiving, -1);
        }

        /** «исполняющий обязанности главы государства»: resolved to the one acting in the office, if anyone. */
        Pending asActing() {
            return new Pending(span, office, nominative, waiting, own, receiving, quoteEnd, true);
        }
    }

    /** Words of receiving a guest, folded: «принял», «будет принят», "was received by", «қабылдады», «кабыл алды». */
    private static final Set<String> RECEIVING = Set.of("принял", "приняла", "принят", "принята", "приняты", "приняли",
            "принимал", "принимает", "примет", "received", "receives", "receive", "welcomed", "hosted", "кабылдады",
            "кабылдайды", "кабыл");

    private final OfficeIndex offices;
    private final LocalDate date;
    private final String language;
    private final List<Pending> pending = new ArrayList<>();
    private String lastState;
    /** The last office resolved with a country: its field, last token and country. */
    private String lastOfficeField;
    private int lastOfficeEnd = -1;
    private String lastOfficeCountry;
    private int lastStateSentence = -1;
    /** Whether the phrase being resolved names someone acting in the office («исполняющий обязанности»). */
    private boolean acting;
    private final PeopleIndex index = new PeopleIndex(this::countryOf);
    /** The words of foreign affairs of the field {@link #affairsTokens} by sentence, counted once per field. */
    private List<Token> affairsTokens;
    private final Map<Integer, Integer> affairsBySentence = new HashMap<>();
    /** Whether the field {@link #speechTokens} quotes anyone, worked out once per field. */
    private List<Token> speechTokens;
    private boolean speech;

    RoleResolver(OfficeIndex offices, LocalDate date, String language) {
        this.offices = offices;
        this.date = date;
        this.language = language;
    }

    /**
     * Resolves the office phrases among a field's matches, adding people or presenting already named ones in their
     * office («президент Кыргызстана Садыр Жапаров»). {@code people} holds the people named so far in the document.
     */
    void field(Tokenizer.Field field, List<Match<Ref>> matches, Match<?>[] byToken, List<PersonMention> people,
               Map<Integer, Integer> personByFirstToken, Map<Integer, Integer> personByLastToken) {
        for (int m = 0; m < matches.size(); m++) {
            Match<Ref> match = matches.get(m);
            if (match.value() instanceof Ref.RoleRef role) {
                RolePhrase phrase = role.phrase();
                acting = ActingHolders.marked(field.tokens(), match.first(), match.last());
                if (!acting && (blocked(field.tokens(), match.first()) || ofTheOffice(field.tokens(), match.last()))) {
                    continue;
                }
                int waiting = pending.size();
                if (!acting && phrase.office() != null && pairBefore(field.tokens(), match.first())) {
                    // «Казахстан и Узбекистан подписали ... Оба президента»: the two states' holders; after officials
                    // named already ("talks with President Mirziyoyev. In the presence of the two leaders") the pair is
                    // those two, whoever they are
                    PersonMention previous = previousPerson(people, field, match.first());
                    if (previous == null || !inOffice(previous, phrase.office())) {
                        pending.add(new Pending(span(field, match.first() - 1, match.last()), phrase.office(),
                                !match.inflected(), Waiting.BOTH_COUNTRIES));
                    }
                } else if (phrase.text().equals("глава") && HEADS.contains(field.tokens().get(match.last()).lower())
                        && collective(field, matches, m, HEADS_OF, people)) {
                    // «главы России, Китая, Казахстана, Киргизии и Таджикистана»: the heads of those states, added
                } else if (phrase.office() == null && Counterparts.several(field.tokens(), match)) {
                    severalCounterparts(field, matches, m, people);
                } else if (phrase.plural() || phrase.office() != null && turkicPlural(match.turkicSuffix())) {
                    boolean several = !acting && collective(field, matches, m, phrase, people);
                    RolePhrase one = SINGULAR_GENITIVES.get(phrase.text());
                    if (!several && one != null && field.tokens().get(match.last()).lower()
                            .startsWith(one.text().substring(one.text().lastIndexOf(' ') + 1))) {
                        // «главы МИД Казахстана», «главы МИДа Казахстана»: the plural's form is also the genitive of
                        // one head
                        single(field, matches, m, one, byToken, people, personByFirstToken, personByLastToken);
                    }
                } else {
                    single(field, matches, m, phrase, byToken, people, personByFirstToken, personByLastToken);
                }
                if (acting) {
                    for (int k = waiting; k < pending.size(); k++) {
                        pending.set(k, pending.get(k).asActing());
                    }
                }
            } else if (match.value() instanceof Ref.CountryRef c && namesState(c)) {
                lastState = c.code();
                lastStateSentence = field.tokens().get(match.first()).sentence();
                if (!field.tokens().get(match.first()).isCyrillic()) {
                    split(field, match, c.code(), byToken, people, personByFirstToken); // "head of Kazakhstan's ..."
                }
            } else if (match.value() instanceof Ref.CountryRef c && c.form() == Ref.CountryForm.ADJECTIVE) {
                split(field, match, c.code(), byToken, people, personByFirstToken);
            }
        }
    }

    /** «глава казахстанского МИД», "the head of the Kazakh Foreign Ministry": the adjective inside the office phrase. */
    private void split(Tokenizer.Field field, Match<Ref> adjective, String country, Match<?>[] byToken,
                       List<PersonMention> people, Map<Integer, Integer> personByFirstToken) {
        List<Token> tokens = field.tokens();
        SplitOffices.Found found = SplitOffices.around(tokens, adjective.first(), adjective.last());
        if (found == null || blocked(tokens, found.first())) {
            return;
        }
        if (found.house() != null && found.house().country() != null && !found.house().country().equals(country)) {
            return; // «российского Мажилиса»: a house of another state
        }
        Office office = found.house() == null || found.office() != null ? found.office()
                : ParliamentChairs.singleChamber(country, date, offices);
        if (office == null) {
            return;
        }
        Optional<Person> holder = offices.holder(country, office, date);
        Integer named = personByFirstToken.get(found.last() + 1);
        if (named != null && people.get(named).span().sentence() == tokens.get(found.first()).sentence()) {
            PersonMention person = people.get(named);
            if (holder.isPresent() && person.candidates().contains(holder.get().id())) {
                person = person.withCandidates(List.of(holder.get().id()));
            }
            people.set(named, person.presentedAs(office));
            index.replaced(people, named);
            return;
        }
        if (holder.isEmpty() || unknownNameFollows(tokens, found.last(), byToken)) {
            return;
        }
        people.add(new PersonMention(List.of(holder.get().id()), span(field, found.first(), found.last()), false,
                found.nominative(), office));
    }

    /**
     * The country just before an office phrase: «казахстанский президент», "Kazakh Foreign Minister", «Қазақстан
     * Президенті»; for «лидер», "leader" (which need a country) only an adjective: «казахстанский лидер».
     */
    private static Match<Ref> countryBefore(List<Token> tokens, List<Match<Ref>> matches, int m, RolePhrase phrase) {
        if (m == 0 || !(matches.get(m - 1).value() instanceof Ref.CountryRef c) || c.form() == Ref.CountryForm.INSTITUTION
                || c.form() == Ref.CountryForm.PLACE && !placePossessive(tokens, matches.get(m - 1), matches.get(m))) {
            return null;
        }
        // in Kazakh and Kyrgyz the state stands before its office in any form («ҚХР Төрағасы»)
        // a leader after the state's adjective or name: «казахстанский лидер», "Uzbekistan's leader", «Өзбекстан басшысы»
        boolean leader = phrase.needsCountry() && !phrase.text().equals("глава");
        if (phrase.needsCountry() && !leader) {
            return null;
        }
        Match<Ref> previous = matches.get(m - 1);
        return connectedBefore(tokens, previous.last(), matches.get(m).first()) ? previous : null;
    }

    /**
     * «Қазақстан Республикасы Парламенті Сенатының Төрағасы», «Өзбекстан Олий Мажлисі Сенатының Төрағасы»: the state
     * before a parliament's name before a Kazakh or Kyrgyz chair phrase, or null.
     */
    private static Match<Ref> stateBeforeParliament(List<Token> tokens, List<Match<Ref>> matches, int m) {
        int words = ParliamentChairs.nameBefore(tokens, matches.get(m).first());
        if (words == 0) {
            return null;
        }
        int nameFirst = matches.get(m).first() - words;
        for (int k = m - 1; k >= 0; k--) {
            Match<Ref> previous = matches.get(k);
            if (previous.last() >= nameFirst) {
                continue; // the parliament's name itself («Олий Мажлисі», an institution of its state)
            }
            return previous.value() instanceof Ref.CountryRef c && namesState(c)
                    && connectedBefore(tokens, previous.last(), nameFirst) ? previous : null;
        }
        return null;
    }

    private static final List<String> FOREIGN_AFFAIRS = List.of("иностранных", "мид", "внешнеполит", "дипломат",
            "foreign", "diplomat", "сыртқы", "тышкы");
    private static final Set<String> PORTFOLIO_LINKS = Set.of("of", "for", "по", "без");

    /**
     * «узбекский министр прибыл», "the Uzbek minister said": a bare minister is the foreign minister when nothing names
     * his portfolio after him («министр энергетики», "minister of energy", «министр по чрезвычайным ситуациям», a
     * capitalised title) and the text speaks of foreign affairs near him (the sentence or the one before).
     */
    private boolean bareMinisterIsForeign(List<Token> tokens, int first, int last) {
        if (last + 1 < tokens.size()) {
            Token next = tokens.get(last + 1);
            String w = next.lower();
            boolean portfolio = PORTFOLIO_LINKS.contains(w) || next.isCyrillic() && !next.isCapitalized()
                    && (w.endsWith("и") || w.endsWith("ы") || w.endsWith("ов") || w.endsWith("ия") || w.endsWith("ых")
                    || w.endsWith("ого") || w.endsWith("ой") || w.endsWith("а") || w.endsWith("я"));
            if (portfolio) {
                return false;
            }
        }
        int sentence = tokens.get(first).sentence();
        if (tokens != affairsTokens) {
            affairsTokens = tokens;
            affairsBySentence.clear();
            for (Token t : tokens) {
                if (foreignAffairs(t)) {
                    affairsBySentence.merge(t.sentence(), 1, Integer::sum);
                }
            }
        }
        int words = 0;
        for (int s = sentence - 1; s <= sentence + 1; s++) {
            words += affairsBySentence.getOrDefault(s, 0);
        }
        Token phraseEnd = tokens.get(last);
        if (phraseEnd.sentence() >= sentence - 1 && phraseEnd.sentence() <= sentence + 1 && foreignAffairs(phraseEnd)) {
            words--; // the phrase's own last word does not count
        }
        return words > 0;
    }

    private static boolean foreignAffairs(Token t) {
        return FOREIGN_AFFAIRS.stream().anyMatch(f -> t.lower().startsWith(f));
    }

    /** "Tashkent's top diplomat", "Beijing's foreign minister": a capital standing for its state, in English only. */
    private static boolean placePossessive(List<Token> tokens, Match<Ref> place, Match<Ref> phrase) {
        return phrase.first() == place.last() + 2 && tokens.get(place.last() + 1).lower().equals("s")
                && !tokens.get(place.last()).isCyrillic();
    }

    private static boolean genitive(String turkicSuffix) {
        for (String g : new String[]{"нын", "нин", "дын", "дин", "тын", "тин", "нун", "дун", "тун", "нин"}) {
            if (turkicSuffix.endsWith(g)) {
                return true;
            }
        }
        return false;
    }

    /** Resolves what needed the whole document: {@code countries} are all its country mentions. */
    void finish(List<CountryMention> countries, List<PersonMention> people, List<UnlistedMention> unlisted) {
        if (pending.isEmpty()) {
            return;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (CountryMention c : countries) {
            counts.merge(c.code(), 1, Integer::sum);
        }
        List<String> ranked = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
        DocumentMentions mentions = new DocumentMentions(countries, unlisted);
        for (Pending p : pending) {
            if (p.waiting() == Waiting.BOTH_COUNTRIES) {
                // the two countries the text is about: the two most mentioned, when a third is clearly behind
                if (ranked.size() >= 2 && (ranked.size() == 2 || counts.get(ranked.get(1)) > counts.get(ranked.get(2)))) {
                    for (String country : ranked.subList(0, 2)) {
                        holderFor(p, country).ifPresent(holder ->
                                people.add(new PersonMention(List.of(holder.id()), p.span(), false, p.nominative(), p.office())));
                    }
                }
            } else if (p.waiting() == Waiting.SPEAKER) {
                String country = speakerAfterQuote(p, people);
                if (country == null) {
                    country = speakerCountry(p, mentions);
                }
                if (country != null) {
                    holderFor(p, country).ifPresent(h ->
                            people.add(new PersonMention(List.of(h.id()), p.span(), false, p.nominative(), p.office())));
                }
            } else if (p.waiting() == Waiting.VENUE) {
                mentions.firstPlace(p.span().field()).flatMap(venue -> holderFor(p, venue.code()))
                        .ifPresent(h -> people.add(new PersonMention(List.of(h.id()), p.span(), false, p.nominative(),
                                p.office())));
            } else if (p.waiting() == Waiting.HOME) {
                if (counts.containsKey(p.own())) {
                    holderFor(p, p.own()).filter(h -> !namedInSentence(people, h, p.span()))
                            .ifPresent(h -> people.add(new PersonMention(List.of(h.id()), p.span(), false, p.nominative(),
                                    p.office())));
                }
            } else if (p.waiting() == Waiting.OTHER_SIDE) {
                // a counterpart: of the country the text is most about after the named official's own
                List<String> others = ranked.stream().filter(c -> !c.equals(p.own())).toList();
                if (!others.isEmpty() && (others.size() == 1 || counts.get(others.get(0)) > counts.get(others.get(1)))) {
                    holderFor(p, others.get(0)).filter(h -> index.inSentence(people, p.span().sentence())
                                    .stream().noneMatch(o -> o.candidates().contains(h.id())))
                            .ifPresent(h -> people.add(new PersonMention(List.of(h.id()), p.span(), false, p.nominative(),
                                    p.office())));
                }
            } else {
                // «Глава государства встретился с президентом Франции»: the phrase names someone else than the one
                // named beside it; of two countries, it is the one whose holder the sentence does not name already
                List<String> open = ranked.stream().filter(c -> holderFor(p, c)
                        .filter(h -> !namedInSentence(people, h, p.span())).isPresent()).toList();
                boolean other = open.size() == 1 && counts.size() == 2;
                int before = people.size();
                if (counts.size() == 1 && open.size() == 1 || other) {
                    holderFor(p, open.get(0)).ifPresent(h ->
                            people.add(new PersonMention(List.of(h.id()), p.span(), false, p.nominative(), p.office())));
                } else if (open.size() >= 2) {
                    // «Глава государства принял в Акорде министра иностранных дел Индии»: the head of the state whose
                    // seat of power (Акорда, Кремль, Ала-Арча) the phrase's own sentence names, when it names one only
                    List<String> seats = mentions.countries(p.span().sentence()).stream()
                            .filter(c -> c.form() == Ref.CountryForm.INSTITUTION
                                    && c.span().field().equals(p.span().field()) && c.span().sentence() == p.span().sentence())
                            .map(CountryMention::code).filter(open::contains).distinct().toList();
                    if (seats.size() == 1) {
                        holderFor(p, seats.get(0)).ifPresent(h ->
                                people.add(new PersonMention(List.of(h.id()), p.span(), false, p.nominative(), p.office())));
                    } else if (seats.isEmpty() && p.receiving()) {
                        // «Министр иностранных дел Казахстана прибыл в Ашхабад. Его принял глава государства», "... arrived
                        // in Tashkent, where he was received by the Head of State": the host, the one state whose city
                        // the sentence or the one before names
                        List<CountryMention> near = new ArrayList<>(mentions.countries(p.span().sentence() - 1));
                        near.addAll(mentions.countries(p.span().sentence()));
                        List<String> hosts = near.stream().filter(c -> c.form() == Ref.CountryForm.PLACE
                                        && c.span().field().equals(p.span().field())
                                        && c.span().sentence() >= p.span().sentence() - 1
                                        && c.span().sentence() <= p.span().sentence())
                                .map(CountryMention::code).filter(open::contains).distinct().toList();
                        if (hosts.size() == 1) {
                            holderFor(p, hosts.get(0)).ifPresent(h -> people.add(new PersonMention(
                                    List.of(h.id()), p.span(), false, p.nominative(), p.office())));
                        }
                    }
                }
                if (people.size() == before && p.own() != null && open.contains(p.own()) && counts.get(p.own()) > 1) {
                    // «АСТАНА, 15 декабря. Президент Узбекистана посетит Казахстан ... Глава государства и его узбекский
                    // коллега подпишут ...»: under a dateline, an office nothing else decides is the dateline state's,
                    // in the agency's or the ministry's own words; not where the text names that state by its dateline
                    // alone («МОСКВА (ТАСС). Президент Туркменистана прибыл в Казахстан. Глава государства ...»)
                    holderFor(p, p.own()).ifPresent(h ->
                            people.add(new PersonMention(List.of(h.id()), p.span(), false, p.nominative(), p.office())));
                }
            }
        }
        people.sort(Comparator.comparingLong(a -> a.span().position()));
    }

    // ---------------------------------------------------------------- one holder

    private void single(Tokenizer.Field field, List<Match<Ref>> matches, int m, RolePhrase phrase, Match<?>[] byToken,
                        List<PersonMention> people, Map<Integer, Integer> personByFirstToken,
                        Map<Integer, Integer> personByLastToken) {
        List<Token> tokens = field.tokens();
        Match<Ref> match = matches.get(m);
        int first = match.first();
        int last = match.last();
        if (titledName(field, match, phrase, byToken, people)) {
            return;
        }
        if (SummitHosts.is(phrase)) {
            pending.add(new Pending(span(field, first, last), phrase.office(), nominative(match), Waiting.VENUE));
            return;
        }
        if (!phrase.countries().isEmpty() && m + 1 < matches.size() && matches.get(m + 1).value() instanceof Ref.RoleRef
                && matches.get(m + 1).first() == last + 1 && dashBetween(tokens.get(last), tokens.get(last + 1))) {
            // «Государственный секретарь – министр иностранных дел Казахстана»: one person's two offices, of the state
            // the second names, not the US Secretary of State the first alone would mean
            return;
        }
        String country = null;
        boolean stated = false; // the country is the phrase's own («президент Узбекистана», «Өзбекстан Президенті»)
        // in Kazakh and Kyrgyz an office's country stands before it: one after it («Мемлекет басшысы Түркия
        // Президентіне») is another office's or a place
        boolean countryFirst = "kk".equals(language) || "ky".equals(language);
        if (!countryFirst && m + 1 < matches.size() && matches.get(m + 1).value() instanceof Ref.CountryRef c
                && namesState(c)) {
            Match<Ref> next = matches.get(m + 1);
            // «Қазақстан Сыртқы істер министрі Тәжікстан Республикасының ...»: a country in the genitive after a Kazakh
            // or Kyrgyz office belongs to the next office; this one's country stands before it
            // ... and one in another case («Ооганстандагы», «Ташкентке») is where the office holder acts, not whose he is
            boolean nextsGenitive = next.turkicSuffix() != null && !next.turkicSuffix().isEmpty()
                    && countryBefore(tokens, matches, m, phrase) != null;
            // "the leader of Uzbekistan" as "the President of Uzbekistan"; «Глава Кыргызстана» only without a word between
            boolean connectors = !phrase.needsCountry() || !phrase.text().equals("глава");
            if (!nextsGenitive && connectedAfter(tokens, last, next.first(), connectors)) {
                country = c.code();
                stated = true;
                last = next.last();
            }
        }
        if (country == null && !countryFirst && ParliamentChairs.names(phrase)) {
            // «председатель Сената Парламента Республики Казахстан», «спикер Сената Олий Мажлиса»
            ParliamentChairs.Across across = ParliamentChairs.stateAfter(tokens, matches, m, last);
            if (across != null) {
                country = across.country(); // null: the house names its state, or nothing does
                last = across.last();
            }
        }
        Match<Ref> previous = country == null ? countryBefore(tokens, matches, m, phrase) : null;
        if (previous == null && country == null && countryFirst && ParliamentChairs.names(phrase)) {
            previous = stateBeforeParliament(tokens, matches, m);
        }
        if (previous != null) {
            country = ((Ref.CountryRef) previous.value()).code();
            stated = true;
            first = previous.first();
        }
        // «...делегация Армении. Министр иностранных дел этой страны», "...from Turkmenistan. The country's foreign
        // minister", «...Тәжікстанға барды. Бұл елдің Президенті»: the state named in this sentence or the one before
        int back = refersBack(tokens, last);
        if (back == 1 && nameAfter(tokens, last + 1, personByFirstToken)) {
            back = 0; // «Глава Республики Татарстан»: a republic with a name of its own, inside a state
        }
        int ahead = back > 0 ? 0 : refersBackBefore(tokens, first);
        boolean stateNear = lastState != null && lastStateSentence >= tokens.get(first).sentence() - 1;
        // «В казахстанскую делегацию вошел министр иностранных дел республики»: the state this sentence gives first;
        // «глава республики», «лидер страны», "the country's leader": a phrase that needs a country takes it back too
        String inSentence = back > 0 || ahead > 0 ? stateEarlierInSentence(tokens, matches, m) : null;
        if (country == null && (back > 0 || ahead > 0) && (stateNear || inSentence != null)) {
            country = inSentence != null ? inSentence : lastState;
            last += back;
            first -= ahead;
        }
        if (country == null && !countryFirst && phrase.office() != null && !phrase.needsCountry()) {
            // «президент и министр иностранных дел Казахстана», "the President and Foreign Minister of Kazakhstan"
            country = countryAfterNextOffice(tokens, matches, m);
        }
        if (RolePhrases.bareMinister(phrase) && (country == null || !bareMinisterIsForeign(tokens, first, last))) {
            return;
        }
        if (country == null && phrase.impliedCountry() != null) {
            // «председатель Маджлиси милли»: the body names its state, which «премьер-министр страны» may refer back to
            country = phrase.impliedCountry();
            lastState = country;
            lastStateSentence = tokens.get(first).sentence();
        }
        if (country == null && phrase.office() != null && !phrase.needsCountry()) {
            if (RoleContext.ours(tokens, first, match.turkicSuffix())) {
                country = speakerInSentence(people, tokens.get(first).sentence(), field, first);
                String envoy = country == null ? envoyCountry(tokens, matches, tokens.get(first).sentence()) : null;
                if (envoy != null && RoleContext.speechInSentence(tokens, first)) {
                    // «Өзбекстан елшісінің айтуынша, біздің Президент ...», «„Наш Президент ...“, — отметил узбекский
                    // дипломат»: an envoy who speaks in the sentence speaks of his own state's office
                    country = envoy;
                }
                if (country == null && !reportedSpeech(tokens)) {
                    // «Казак делегациясын Президентибиз кабыл алды» in a Kyrgyz agency's own words: the writer's state
                    country = HomeOffices.writer(language);
                }
                if (country == null) {
                    // the speaker may be an official the knowledge base lacks, or one named by office after the
                    // quotation, known only once the field is read
                    int quoteEnd = RoleContext.quoteStart(tokens, first) >= 0 ? RoleContext.quoteEnd(tokens, first) : -1;
                    pending.add(new Pending(span(field, first, last), phrase.office(), !match.inflected(), Waiting.SPEAKER,
                            envoy != null ? envoy : lastNamedCountry(people, field, first), false, quoteEnd));
                    return;
                }
            } else {
                country = RoleContext.delegationCountry(tokens, matches, m);
                if (country == null) {
                    country = RoleContext.headedDelegationCountry(tokens, matches, m);
                }
            }
        }
        if (country == null && phrase.office() == null && personByFirstToken.get(last + 1) == null
                && !unknownNameFollows(tokens, last, byToken)) {
            // «с коллегой из Узбекистана», «со своим коллегой», "his counterpart": of the other country, from the
            // phrase, the sentence or the text
            PersonMention before = counterpartOf(people, field, first);
            String own = before == null ? null : offices.person(before.personId()).map(Person::country).orElse(null);
            Office office = counterpartOffice(people, field, first);
            if (own != null && office != null) {
                country = Counterparts.named(tokens, matches, m, own);
                boolean one = Counterparts.one(tokens, match);
                if (country == null && one) {
                    country = Counterparts.otherInSentence(tokens, matches, m, own);
                }
                if (country == null && one) {
                    pending.add(new Pending(span(field, first, last), office, !match.inflected(), Waiting.OTHER_SIDE, own));
                    return;
                }
            }
        }
        if (country == null && phrase.office() != null && !phrase.needsCountry()) {
            // "Kazakhstan's President and Foreign Minister", «Қазақстан Президенті мен Сыртқы істер министрі»: one
            // country before two offices joined by "and"
            country = sharedCountry(field, first);
        }
        int dashedState = country == null && phrase.office() != null && !countryFirst
                ? DashedOffices.stateAfterDash(tokens, matches, m) : -1;
        if (dashedState >= 0) {
            // «Председатель Кабинета Министров — Руководитель Администрации Президента Кыргызской Республики»
            country = ((Ref.CountryRef) matches.get(dashedState).value()).code();
            last = matches.get(dashedState).last();
        }
        if (country == null && phrase.office() != null && first > 0 && dashBetween(tokens.get(first - 1), tokens.get(first))) {
            // «Премьер-Министрінің орынбасары – Сыртқы істер министрі», "Kazakhstan's Deputy Prime Minister – Foreign
            // Minister": the second of two offices one person holds, of the country the first one names
            country = RoleContext.countryBeforeDash(tokens, matches, m);
        }
        if (country == null && capacity(tokens, first, last)) {
            // «2003-жылдан бери Өкмөт башчысы болуп иштеп», «мемлекет басшысы ретінде», «в качестве главы государства»:
            // the office someone serves or served as, not a mention of whoever holds it on the day
            return;
        }
        if (country == null && phrase.text().equals("ел президенті") && first > 0
                && THIS.contains(tokens.get(first - 1).key())) {
            return; // «Бұл ел Президенті»: "this country's President", the state named before, not the writer's
        }
        String home = country == null ? HomeOffices.country(language, phrase) : null;
        if (home != null && phrase.standsAlone()) {
            country = home; // «Мемлекет басшысы» in a Kazakh text, «Мамлекет башчысы» in a Kyrgyz one
        } else if (home != null && personByFirstToken.get(last + 1) == null && !unknownNameFollows(tokens, last, byToken)) {
            // «Тышкы иштер министри» in a Kyrgyz text: of the writer's own state, if the text names it at all (not
            // «Сыртқы істер министрі Сергей Лавров»: the name says whose minister)
            pending.add(new Pending(span(field, first, last), phrase.office(), nominative(match), Waiting.HOME, home));
            return;
        }
        if (country == null && ParliamentChairs.senate(phrase)) {
            // «По конституции Казахстана полномочия переходят к Председателю Сената»: the chair of the Senate of the one
            // state with a Senate that the sentence names
            country = senateInSentence(tokens, matches, m);
        }
        boolean coreAlone = country == null && phrase.office() != null && !phrase.needsCountry()
                && !presidentOfSomething(tokens, match, phrase);
        int quoteStart = coreAlone ? RoleContext.quoteStart(tokens, first) : -1;
        if (coreAlone && quoteStart < 0) {
            // «АСТАНА, 5 марта. Министр иностранных дел провел встречу ...»: an agency's or a ministry's own words
            country = RoleContext.datelineCountry(tokens, matches, first);
        }
        if (coreAlone && country == null && !match.inflected() && !unknownNameFollows(tokens, last, byToken)
                && quoteStart >= 0) {
            // «Глава государства выразил надежду ...», — добавил представитель МИД Казахстана; «„Министр иностранных дел
            // проведёт переговоры“, — сказал Токаев»: an office as the subject of quoted words is the one of the
            // speaker's own country (an official the knowledge base lacks, or one named by office after the quotation,
            // is known only once the field is read)
            country = speakerInSentence(people, tokens.get(first).sentence(), field, first);
            if (country == null) {
                pending.add(new Pending(span(field, first, last), phrase.office(), !match.inflected(), Waiting.SPEAKER,
                        lastNominativeCountry(people, field, first), false, RoleContext.quoteEnd(tokens, first)));
                return;
            }
        }
        if (country == null && HomeOffices.writer(language) != null && !phrase.needsCountry()
                && firstHolder(tokens, first, phrase.office(), phrase) && tokens.get(first).isCapitalized()
                && !namedAfterTheFirstPresident(tokens, first, last)) {
            // «Тұңғыш Президенттің саясаты», «Биринчи Президенттин ролу»: the first president of the writer's state (in
            // Russian and English a bare "first president" is left alone: whose it is, the text says too seldom)
            country = HomeOffices.writer(language);
        }
        if (country == null) {
            if ((phrase.standsAlone() || capitalizedPresident(tokens, match, phrase, personByFirstToken)
                    || definiteOffice(tokens, match, phrase)) && !unknownNameFollows(tokens, last, byToken)) {
                pending.add(new Pending(span(field, first, last), phrase.office(), !match.inflected(), Waiting.ONLY_COUNTRY,
                        RoleContext.datelineState(tokens, matches), receiving(tokens, first)));
            }
            return;
        }
        if (!phrase.countries().isEmpty() && !phrase.countries().contains(country)) {
            return;
        }
        lastOfficeField = field.name();
        lastOfficeEnd = last;
        lastOfficeCountry = country;
        Office office = phrase.office() != null
                ? ParliamentChairs.office(phrase, Leaders.office(phrase,
                        CabinetChairs.office(phrase, phrase.office(), country, date), country, date), country, date, offices)
                : counterpartOffice(people, field, first, country);
        if (office == null) {
            return;
        }
        Optional<Person> holder = firstHolder(tokens, match.first(), office, phrase)
                ? offices.firstHolder(country, office, date) : holder(country, office, phrase);
        if (acting) {
            holder = ActingHolders.acting(holder, office, date);
        }

        // «президент Кыргызстана Садыр Жапаров», «Садыр Жапаров, президент Кыргызстана»
        Integer named = personByFirstToken.get(last + 1);
        if (named == null && first > 0 && tokens.get(first).separator().equals(",")) {
            named = personByLastToken.get(first - 1);
            // «с Борисом Ельциным, председателем КНР и ...», «Владимир Путин, белорусский лидер»: an office of another
            // state than the one named before the comma is the next item of a list, not that person's apposition
            if (named != null && !ofCountry(people.get(named), country)) {
                named = null;
            }
        }
        if (named != null && stated && holder.isPresent() && !people.get(named).candidates().contains(holder.get().id())
                && !ofCountry(people.get(named), country)) {
            // «Өзбекстан Президенті Тоқаевқа алғыс айтты», «Президент Узбекистана Токаеву вручил орден»: a name of another
            // state's official after the office is the object of the sentence, not the holder's apposition
            named = null;
        }
        if (named != null && countryFirst && holder.isPresent()
                && !people.get(named).candidates().contains(holder.get().id())
                && objectCase(byToken, people.get(named).span().lastToken())) {
            // «Мамлекет башчысы Руслан Казакбаевди ... кызматынан бошотту»: a name in an object's case after a Kazakh or
            // Kyrgyz office, of someone else than its holder, is the sentence's object, not the holder's apposition
            named = null;
        }
        if (named != null && people.get(named).span().sentence() == tokens.get(first).sentence()) {
            PersonMention person = people.get(named);
            if (holder.isPresent() && person.candidates().contains(holder.get().id())) {
                person = person.withCandidates(List.of(holder.get().id()));
            }
            people.set(named, person.presentedAs(office));
            index.replaced(people, named);
            return;
        }
        if (holder.isEmpty() || unknownNameFollows(tokens, last, byToken)) {
            return;
        }
        people.add(new PersonMention(List.of(holder.get().id()), span(field, first, last), false, nominative(match), office));
    }

    /**
     * «Президент провёл телефонный разговор с президентом Туркменистана», «Президент Түркіменстан Президентімен
     * сөйлесті», "The President received ...": the capitalised title with no country and no name after it, which a
     * release uses for its own head of state, is resolved like «Глава государства».
     */
    private static boolean capitalizedPresident(List<Token> tokens, Match<Ref> match, RolePhrase phrase,
                                                Map<Integer, Integer> personByFirstToken) {
        return match.first() == match.last() && (phrase.text().equals("президент") || phrase.text().equals("president"))
                && (match.turkicSuffix() == null || match.turkicSuffix().isEmpty())
                && tokens.get(match.first()).isCapitalized() && personByFirstToken.get(match.last() + 1) == null
                && !initialFollows(tokens, match.last()) && !ofSomething(tokens, match.last());
    }

    /** "the prime minister", "the foreign minister": one holder, of the one state the text is about. */
    private static boolean definiteOffice(List<Token> tokens, Match<Ref> match, RolePhrase phrase) {
        return match.first() > 0 && tokens.get(match.first() - 1).lower().equals("the")
                && (phrase.text().equals("prime minister") || phrase.text().equals("foreign minister"))
                && !ofSomething(tokens, match.last());
    }

    /** «президент компании», "the president of the club": the president word before the thing it heads. */
    private static boolean presidentOfSomething(List<Token> tokens, Match<Ref> match, RolePhrase phrase) {
        return (phrase.text().equals("президент") || phrase.text().equals("president"))
                && (ofSomething(tokens, match.last()) || initialFollows(tokens, match.last()));
    }

    /** «Президент компании», «Президент банка», "The President of the club": the head of something else. */
    private static boolean ofSomething(List<Token> tokens, int last) {
        if (last + 1 >= tokens.size() || tokens.get(last + 1).sentence() != tokens.get(last).sentence()) {
            return false;
        }
        Token next = tokens.get(last + 1);
        String w = next.lower();
        if (!next.isCyrillic()) {
            return w.equals("of");
        }
        return !next.isCapitalized() && (w.endsWith("и") || w.endsWith("ы") || w.endsWith("ов") || w.endsWith("ей")
                || w.endsWith("а") || w.endsWith("я"));
    }

    /** «Президент Қ.Тоқаев», "President K. Tokayev": an initial right after the phrase. */
    private static boolean initialFollows(List<Token> tokens, int last) {
        return last + 1 < tokens.size() && tokens.get(last + 1).raw().length() == 1
                && tokens.get(last + 1).isCapitalized();
    }

    /** «Елбасы», «Первый Президент Казахстана», "the first President of Kyrgyzstan": the first holder, not today's. */
    private static boolean firstHolder(List<Token> tokens, int first, Office office, RolePhrase phrase) {
        if (RolePhrases.FIRST_HOLDER_TITLES.contains(phrase.text())) {
            return true;
        }
        return office == Office.PRESIDENT && first > 0 && tokens.get(first).separator().isBlank()
                && RolePhrases.FIRST.contains(tokens.get(first - 1).lower())
                && tokens.get(first - 1).sentence() == tokens.get(first).sentence();
    }

    /** «Библиотека Первого Президента», «День Первого Президента», «Тұңғыш Президент күні», «Тұңғыш Президент Қоры». */
    private static final List<String> INSTITUTIONS = List.of("библиотек", "фонд", "музе", "парк", "университет", "центр",
            "день", "дня", "дню", "днем", "канцеляри", "кітапхана", "китепкана", "кун", "кор", "мураж", "орталы", "борбор",
            "library", "foundation", "fund", "museum", "park", "university", "center", "centre", "day");

    private static boolean namedAfterTheFirstPresident(List<Token> tokens, int first, int last) {
        boolean before = first > 1 && tokens.get(first - 2).sentence() == tokens.get(first).sentence()
                && INSTITUTIONS.stream().anyMatch(tokens.get(first - 2).key()::startsWith);
        boolean after = last + 1 < tokens.size() && tokens.get(last + 1).sentence() == tokens.get(last).sentence()
                && INSTITUTIONS.stream().anyMatch(tokens.get(last + 1).key()::startsWith);
        return before || after;
    }

    /** «глава государства» of a monarchy (or of Iran) is its head of state who is no president. */
    private Optional<Person> holder(String country, Office office, RolePhrase phrase) {
        Optional<Person> holder = offices.holder(country, office, date);
        if (holder.isEmpty() && office == Office.PRESIDENT && phrase.standsAlone()) {
            holder = offices.holder(country, Office.HEAD_OF_STATE, date);
        }
        return holder;
    }

    /**
     * «главой МИД республики», «президент этой страны»: how many words right after the phrase point back to a state
     * (0 if none).
     */
    private static int refersBack(List<Token> tokens, int last) {
        if (last + 1 >= tokens.size() || tokens.get(last + 1).sentence() != tokens.get(last).sentence()
                || !tokens.get(last + 1).separator().isEmpty()) {
            return 0;
        }
        String next = tokens.get(last + 1).lower();
        if (ANAPHORS.contains(next)) {
            return 1;
        }
        boolean demonstrative = next.equals("этой") || next.equals("данной") || next.equals("this");
        return demonstrative && last + 2 < tokens.size() && tokens.get(last + 2).lower().startsWith("стран") ? 2 : 0;
    }

    /**
     * The nearest state before the phrase in its sentence, by name or adjective, that is not another office's own
     * («российский министр ... с Президентом республики» is not Russia's president); or null.
     */
    private static String stateEarlierInSentence(List<Token> tokens, List<Match<Ref>> matches, int m) {
        int sentence = tokens.get(matches.get(m).first()).sentence();
        for (int k = m - 1; k >= 0 && tokens.get(matches.get(k).first()).sentence() == sentence; k--) {
            boolean officeOwn = k + 1 < m && matches.get(k + 1).value() instanceof Ref.RoleRef
                    && matches.get(k + 1).first() == matches.get(k).last() + 1;
            if (matches.get(k).value() instanceof Ref.CountryRef c && !officeOwn
                    && (namesState(c) || c.form() == Ref.CountryForm.ADJECTIVE)) {
                return c.code();
            }
        }
        return null;
    }

    /** A capitalised word right after {@code at} in its sentence that begins no known person's name. */
    private static boolean nameAfter(List<Token> tokens, int at, Map<Integer, Integer> personByFirstToken) {
        return nameGoesOn(tokens, at) && tokens.get(at + 1).separator().isEmpty()
                && personByFirstToken.get(at + 1) == null;
    }

    /** Anaphors standing before an office: "the country's", "the republic's", «елдің», «бұл елдің», «өлкөнүн». */
    private static final Set<String> ANAPHORS_BEFORE = Set.of("елдин", "олконун", "республиканын", "мемлекеттин",
            "мамлекеттин");
    private static final Set<String> ANAPHOR_NOUNS = Set.of("country", "republic", "nation");

    /** How many words right before the phrase point back to a state (0 if none): "the country's", «бұл елдің». */
    private static int refersBackBefore(List<Token> tokens, int first) {
        int sentence = tokens.get(first).sentence();
        if (first >= 2 && tokens.get(first - 1).lower().equals("s") && tokens.get(first - 2).sentence() == sentence
                && ANAPHOR_NOUNS.contains(tokens.get(first - 2).lower()) && first >= 3
                && tokens.get(first - 3).lower().equals("the")) {
            return 2;
        }
        if (first >= 1 && tokens.get(first - 1).sentence() == sentence
                && ANAPHORS_BEFORE.contains(tokens.get(first - 1).lower())) {
            return 1;
        }
        return 0;
    }

    // ---------------------------------------------------------------- several holders

    /** Whether the phrase named several holders, or waits for the document to name them. */
    private boolean collective(Tokenizer.Field field, List<Match<Ref>> matches, int m, RolePhrase phrase,
                            List<PersonMention> people) {
        List<Token> tokens = field.tokens();
        Match<Ref> match = matches.get(m);
        int first = match.first();
        int last = match.last();
        Set<String> countries = new LinkedHashSet<>();
        // after: «министры иностранных дел Казахстана и Кыргызстана», "presidents of Kazakhstan, Uzbekistan and ..."
        int end = last;
        for (int k = m + 1; k < matches.size() && matches.get(k).value() instanceof Ref.CountryRef c && namesState(c); k++) {
            boolean joined = countries.isEmpty() ? connectedAfter(tokens, end, matches.get(k).first(), true)
                    : listContinues(tokens, end, matches.get(k).first());
            if (!joined) {
                break;
            }
            countries.add(c.code());
            end = matches.get(k).last();
        }
        if (!countries.isEmpty()) {
            last = end;
        } else {
            // before: «Қазақстан мен Өзбекстанның сыртқы істер министрлері», "Kazakh and Uzbek foreign ministers"
            int start = first;
            for (int k = m - 1; k >= 0 && matches.get(k).value() instanceof Ref.CountryRef c
                    && c.form() != Ref.CountryForm.PLACE && c.form() != Ref.CountryForm.INSTITUTION; k--) {
                boolean joined = countries.isEmpty() ? connectedBefore(tokens, matches.get(k).last(), start)
                        : listContinues(tokens, matches.get(k).last(), start);
                if (!joined) {
                    break;
                }
                countries.add(c.code());
                start = matches.get(k).first();
            }
            first = countries.isEmpty() ? first : start;
        }
        Span span = span(field, first, last);
        if (countries.size() >= 2) {
            for (String country : countries) {
                offices.holder(country, phrase.office(), date).ifPresent(holder ->
                        people.add(new PersonMention(List.of(holder.id()), span, false, nominative(match), phrase.office())));
            }
            return true;
        } else if (countries.isEmpty() && (ofBothCountries(tokens, match) || RoleContext.ours(tokens, first, match.turkicSuffix()))) {
            // «обеих стран», «наши президенты» in the words of one of the two sides
            pending.add(new Pending(span, phrase.office(), !match.inflected(), Waiting.BOTH_COUNTRIES));
            return true;
        }
        return false;
    }

    /**
     * «с казахстанским и кыргызским коллегами», "his Kazakh and Kyrgyz counterparts", «коллегами из Казахстана и
     * Кыргызстана», «қазақстандық және қырғызстандық әріптестерімен»: the holders, in two or more states, of the office
     * of the person whose counterparts they are.
     */
    private void severalCounterparts(Tokenizer.Field field, List<Match<Ref>> matches, int m, List<PersonMention> people) {
        List<Token> tokens = field.tokens();
        Match<Ref> match = matches.get(m);
        PersonMention of = counterpartOf(people, field, match.first());
        Office office = counterpartOffice(people, field, match.first());
        String own = of == null ? null : countryOf(of);
        if (own == null || office == null) {
            return;
        }
        Set<String> countries = new LinkedHashSet<>();
        int first = match.first();
        int last = match.last();
        for (int k = m - 1; k >= 0 && matches.get(k).value() instanceof Ref.CountryRef c
                && (c.form() == Ref.CountryForm.ADJECTIVE || namesState(c)); k--) {
            boolean joined = countries.isEmpty() ? connectedBefore(tokens, matches.get(k).last(), first)
                    : listContinues(tokens, matches.get(k).last(), first);
            if (!joined) {
                break;
            }
            countries.add(c.code());
            first = matches.get(k).first();
        }
        if (countries.isEmpty()) {
            String from = Counterparts.named(tokens, matches, m, own);
            int end = last;
            for (int k = m + 1; from != null && k < matches.size() && matches.get(k).value() instanceof Ref.CountryRef c
                    && namesState(c); k++) {
                if (!countries.isEmpty() && !listContinues(tokens, end, matches.get(k).first())) {
                    break;
                }
                countries.add(c.code());
                end = matches.get(k).last();
            }
            last = end;
        }
        if (countries.size() < 2) {
            return;
        }
        countries.remove(own); // «с казахстанским и узбекским коллегами» in an Uzbek minister's talks
        Span span = span(field, first, last);
        for (String country : countries) {
            offices.holder(country, office, date).ifPresent(holder ->
                    people.add(new PersonMention(List.of(holder.id()), span, false, nominative(match), office)));
        }
    }

    /**
     * The country after the second of two offices joined by "and", which both offices share: «президент и министр
     * иностранных дел Казахстана», "the President and Foreign Minister of Kazakhstan"; or null.
     */
    private static String countryAfterNextOffice(List<Token> tokens, List<Match<Ref>> matches, int m) {
        if (m + 2 >= matches.size() || !(matches.get(m + 1).value() instanceof Ref.RoleRef next)
                || !(matches.get(m + 2).value() instanceof Ref.CountryRef c) || !namesState(c)) {
            return null;
        }
        RolePhrase second = next.phrase();
        Match<Ref> phrase = matches.get(m);
        Match<Ref> other = matches.get(m + 1);
        if (second.office() == null || second.plural() || second.needsCountry() || other.first() != phrase.last() + 2
                || !LIST_JOINERS.contains(tokens.get(phrase.last() + 1).key())
                || tokens.get(other.first()).sentence() != tokens.get(phrase.first()).sentence()) {
            return null;
        }
        return connectedAfter(tokens, other.last(), matches.get(m + 2).first(), true) ? c.code() : null;
    }

    /** Whether the sentence of token {@code at} tells of a reception. */
    private static boolean receiving(List<Token> tokens, int at) {
        for (int i = SentenceBounds.first(tokens, at, 0), end = SentenceBounds.last(tokens, at, 0); i <= end; i++) {
            if (RECEIVING.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /** The country of the office that ends right before "and" before {@code first}, or null. */
    private String sharedCountry(Tokenizer.Field field, int first) {
        List<Token> tokens = field.tokens();
        if (first >= 3 && FEDERAL.contains(tokens.get(first - 1).lower()) && tokens.get(first).separator().isEmpty()) {
            first--; // «Германия Федералдық Президентімен және Федералдық канцлермен»
        }
        return first >= 2 && field.name().equals(lastOfficeField) && lastOfficeEnd == first - 2
                && LIST_JOINERS.contains(tokens.get(first - 1).key()) && tokens.get(first - 1).separator().isEmpty()
                && tokens.get(first).separator().isEmpty() ? lastOfficeCountry : null;
    }

    /** Kazakh and Kyrgyz accusative, dative, locative, ablative and instrumental endings (folded): no genitive. */
    private static final Set<String> OBJECT_ENDINGS = Set.of("ны", "ни", "ды", "ди", "ты", "ти", "ну", "ду", "ту", "га",
            "ге", "ка", "ке", "го", "ко", "да", "де", "та", "те", "до", "то", "дан", "ден", "тан", "тен", "нан", "нен",
            "дон", "тон", "мен", "пен", "бен", "менен", "пенен", "бенен");

    /** Whether the name whose last token is {@code last} carries an object's case ending. */
    private static boolean objectCase(Match<?>[] byToken, int last) {
        Match<?> name = last < byToken.length ? byToken[last] : null;
        String suffix = name == null ? null : name.turkicSuffix();
        return suffix != null && !suffix.isEmpty() && OBJECT_ENDINGS.contains(suffix);
    }

    /** Kazakh and Kyrgyz case endings (folded) after which an office is no subject: «Президенттерімен», «...ге». */
    private static final List<String> TURKIC_CASE_ENDINGS = List.of("мен", "пен", "бен", "менен", "пенен", "бенен",
            "га", "ге", "ка", "ке", "да", "де", "та", "те", "нан", "нен", "дан", "ден", "тан", "тен", "ны", "ни", "ды",
            "ди", "нын", "нин", "дын", "дин", "тын", "тин", "нун", "дун", "тун");

    /**
     * Whether an office phrase stands as a subject: not in a Russian case form, nor with a Kazakh or Kyrgyz case ending
     * («Беларусь, Қырғызстан, Тәжікстан Президенттерімен бірге»: with them, not they).
     */
    private static boolean nominative(Match<Ref> match) {
        String suffix = match.turkicSuffix();
        if (suffix != null && !suffix.isEmpty()) {
            // «Ресей Президенті» is the subject; the possessive is no case
            return TURKIC_CASE_ENDINGS.stream().noneMatch(suffix::endsWith);
        }
        return !match.inflected();
    }

    /** Between two countries of a list: nothing but a comma or one joining word. */
    private static boolean listContinues(List<Token> tokens, int previousLast, int nextFirst) {
        if (nextFirst >= previousLast + 2 && tokens.get(nextFirst - 1).lower().equals("the")
                && tokens.get(nextFirst).separator().isEmpty()) {
            // "Kazakhstan, the Kyrgyz Republic and the Russian Federation": the article goes with the name
            return listContinues(tokens, previousLast, nextFirst - 1);
        }
        if (nextFirst == previousLast + 1) {
            return tokens.get(nextFirst).separator().equals(",");
        }
        return nextFirst == previousLast + 2 && LIST_JOINERS.contains(tokens.get(previousLast + 1).key())
                && tokens.get(nextFirst).separator().isEmpty();
    }

    /** «главы МИД обеих стран», "the foreign ministers of both countries", «екі елдің сыртқы істер министрлері». */
    private static boolean ofBothCountries(List<Token> tokens, Match<Ref> match) {
        int sentence = tokens.get(match.first()).sentence();
        for (int i = match.last() + 1; i <= Math.min(tokens.size() - 2, match.last() + 3); i++) {
            if (pair(tokens, i, sentence)) {
                return true;
            }
        }
        return match.first() >= 2 && pair(tokens, match.first() - 2, sentence);
    }

    private static boolean pair(List<Token> tokens, int i, int sentence) {
        if (tokens.get(i).sentence() != sentence || tokens.get(i + 1).sentence() != sentence
                || !PAIR_WORDS.contains(tokens.get(i).lower())) {
            return false;
        }
        String noun = tokens.get(i + 1).lower();
        return PAIR_NOUNS.stream().anyMatch(noun::startsWith);
    }

    // ---------------------------------------------------------------- shared rules

    /** How many matches on each side of an office a sentence rule looks through: a bound on a hostile sentence. */
    private static final int NEAR_MATCHES = 40;

    /** The one state named near match {@code m} in its sentence whose parliament has a Senate chaired that day, or null. */
    private String senateInSentence(List<Token> tokens, List<Match<Ref>> matches, int m) {
        int sentence = tokens.get(matches.get(m).first()).sentence();
        Set<String> states = new HashSet<>();
        for (int k = Math.max(0, m - NEAR_MATCHES); k < Math.min(matches.size(), m + NEAR_MATCHES + 1); k++) {
            Match<Ref> match = matches.get(k);
            if (tokens.get(match.first()).sentence() == sentence && match.value() instanceof Ref.CountryRef c
                    && (namesState(c) || c.form() == Ref.CountryForm.ADJECTIVE) && ParliamentChairs.hasSenate(c.code())
                    && offices.holder(c.code(), Office.UPPER_HOUSE_CHAIR, date).isPresent()) {
                states.add(c.code());
            }
        }
        return states.size() == 1 ? states.iterator().next() : null;
    }

    private static boolean namesState(Ref.CountryRef c) {
        return c.form() == Ref.CountryForm.NAME || c.form() == Ref.CountryForm.ABBREVIATION;
    }

    private static boolean blocked(List<Token> tokens, int first) {
        if (ofSomeoneElse(tokens, first)) {
            return true;
        }
        for (int i = first - 1; i >= Math.max(0, first - 2); i--) {
            if (tokens.get(i).sentence() != tokens.get(first).sentence() || dashBetween(tokens.get(i), tokens.get(i + 1))
                    || tokens.get(i + 1).separator().contains(",")) {
                // «Премьер-Министрінің орынбасары – Сыртқы істер министрі»: the second of two offices one holds;
                // «Вице-президенту, Премьер-министру ОАЭ»: the next of a list
                break;
            }
            String word = tokens.get(i).lower();
            // «при участии глав МИД»: with them taking part, not a body at their side («комиссия при президенте»)
            boolean takingPart = word.equals("при") && tokens.get(i + 1).lower().startsWith("участи");
            if (BLOCKERS.contains(word) && !takingPart || word.equals("о") && i > 0 && tokens.get(i - 1).lower().equals("и")) {
                return true; // «И. о. президента»
            }
            for (String prefix : BLOCKER_PREFIXES) {
                if (word.startsWith(prefix)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** English nouns for someone who serves an office: "the press secretary of the President", "an aide to ...". */
    private static final Set<String> SERVING_THE_OFFICE = Set.of("secretary", "aide", "aides", "adviser", "advisor",
            "advisers", "advisors", "spokesman", "spokeswoman", "spokesperson", "administration", "office", "deputy",
            "assistant", "staff", "service", "apparatus", "chancellery", "representative", "commission", "council");

    private static final Set<String> SERVING_LINKS = Set.of("of", "to", "for");

    /** "The press secretary of the President", "an aide to the Foreign Minister": the phrase is about someone else. */
    private static boolean ofSomeoneElse(List<Token> tokens, int first) {
        int i = first - 1;
        if (i >= 0 && tokens.get(i).lower().equals("the")) {
            i--;
        }
        if (i < 1 || tokens.get(i).isCyrillic() || !SERVING_LINKS.contains(tokens.get(i).lower())
                || tokens.get(i - 1).sentence() != tokens.get(first).sentence()) {
            return false;
        }
        return SERVING_THE_OFFICE.contains(tokens.get(i - 1).lower());
    }

    /** A dash set apart by spaces, or an en or em dash: «орынбасары – министр», "Deputy Prime Minister - Foreign Minister". */
    /** Kazakh and Kyrgyz demonstratives, folded: «бұл», «осы», «сол». */
    private static final Set<String> THIS = Set.of("бул", "осы", "сол", "ушул", "ошол");

    /** Words after an office that make it the capacity of its sentence's subject: «болуп», «болып», «катары», «ретінде». */
    private static final Set<String> CAPACITY_AFTER = Set.of("болуп", "болып", "катары", "ретинде");

    private static boolean capacity(List<Token> tokens, int first, int last) {
        if (last + 1 < tokens.size() && tokens.get(last + 1).sentence() == tokens.get(last).sentence()
                && CAPACITY_AFTER.contains(tokens.get(last + 1).key())) {
            return true;
        }
        return first > 0 && tokens.get(first - 1).sentence() == tokens.get(first).sentence()
                && tokens.get(first - 1).key().equals("качестве");
    }

    private static boolean dashBetween(Token before, Token after) {
        String separator = after.separator();
        if (separator.equals("–") || separator.equals("—")) {
            return true;
        }
        return separator.equals("-") && after.start() - before.end() > 1;
    }

    /** «президент Кыргызстана», "President of the Kyrgyz Republic". */
    private static boolean connectedAfter(List<Token> tokens, int roleLast, int countryFirst, boolean connectorsAllowed) {
        if (!tokens.get(countryFirst).separator().isEmpty() && !tokens.get(countryFirst).separator().equals("-")) {
            return false;
        }
        for (int i = roleLast + 1; i < countryFirst; i++) {
            if (!connectorsAllowed || !CONNECTORS.contains(tokens.get(i).lower()) || !tokens.get(i).separator().isEmpty()) {
                return false;
            }
        }
        return countryFirst - roleLast <= 3;
    }

    /**
     * «Премьер-Министрінің орынбасары», «Президентинин кеңешчиси», «Президенттің баспасөз хатшысы»: in Kazakh and
     * Kyrgyz the deputy, adviser or press secretary of an office follows it, and the phrase is about that person.
     */
    private static boolean ofTheOffice(List<Token> tokens, int last) {
        // «баспасөз хатшысы», «басма сөз катчысы»: up to two words before the one who serves
        for (int i = last + 1; i <= Math.min(tokens.size() - 1, last + 3); i++) {
            if (tokens.get(i).sentence() != tokens.get(last).sentence()) {
                return false;
            }
            String word = tokens.get(i).lower();
            for (String prefix : OF_THE_OFFICE) {
                if (word.startsWith(prefix)) {
                    return true;
                }
            }
            if (BEFORE_OF_THE_OFFICE.stream().noneMatch(word::startsWith)) {
                return false;
            }
        }
        return false;
    }

    /** «казахстанский президент», "Kazakh Foreign Minister", "Kazakhstan's President", «Қазақстан Президенті». */
    private static boolean connectedBefore(List<Token> tokens, int countryLast, int roleFirst) {
        if (roleFirst - 1 > countryLast && (RolePhrases.FIRST.contains(tokens.get(roleFirst - 1).lower())
                || FEDERAL.contains(tokens.get(roleFirst - 1).lower()))
                && tokens.get(roleFirst).separator().isEmpty()) {
            // «Германиянын Федералдык канцлери», "the German Federal Chancellor", «Германия Федералдық Президенті»
            return connectedBefore(tokens, countryLast, roleFirst - 1); // «Қазақстанның Тұңғыш Президенті»
        }
        if (roleFirst == countryLast + 1) {
            return tokens.get(roleFirst).separator().isEmpty();
        }
        return roleFirst == countryLast + 2 && (tokens.get(countryLast + 1).lower().equals("s")
                || hyphenedCaseEnding(tokens.get(countryLast + 1))) && tokens.get(roleFirst).separator().isEmpty();
    }

    /** «АҚШ-тың», «БАӘ-нің»: a Kazakh or Kyrgyz case ending written after a hyphen, as on abbreviations. */
    private static boolean hyphenedCaseEnding(Token token) {
        return (token.separator().equals("-") || token.separator().equals("‑")) && token.isCyrillic()
                && TurkicSuffixes.isSuffixChain(token.lower());
    }

    /** The word "federal" in a federation's office after its name, lower-cased. */
    private static final Set<String> FEDERAL = Set.of("federal", "федералдык", "федералдық", "федеральный",
            "федерального", "федеральному", "федеральным", "федеральном");

    /** Whether the person is of {@code country}, or of a country the knowledge base does not say. */
    private boolean ofCountry(PersonMention person, String country) {
        return person.candidates().stream().anyMatch(id -> offices.person(id).map(Person::country)
                .map(country::equals).orElse(true));
    }

    /** «президенттері», «президенттеринин»: a Kazakh or Kyrgyz plural on a singular office word. */
    private static boolean turkicPlural(String suffix) {
        return suffix != null && suffix.length() >= 3 && PLURALS.contains(suffix.substring(0, 3));
    }

    /**
     * «наш Президент» in quoted words: the country of the official quoted in the same sentence (the nearest after the
     * phrase, then before it), or null.
     */
    private String speakerInSentence(List<PersonMention> people, int sentence, Tokenizer.Field field, int first) {
        // «Президентибиз менен Си Цзиньпиндин ортосундагы ...», – деди министр: one named inside the same quotation is
        // spoken of, not speaking
        int quoteStart = RoleContext.quoteStart(field.tokens(), first);
        int quoteEnd = quoteStart < 0 ? -1 : RoleContext.quoteEnd(field.tokens(), first);
        PersonMention speaker = null;
        for (PersonMention p : index.inSentence(people, sentence)) {
            boolean quoted = quoteStart >= 0 && p.span().firstToken() >= quoteStart && p.span().firstToken() < quoteEnd;
            if (p.span().field().equals(field.name()) && p.span().sentence() == sentence && !quoted
                    && (speaker == null || p.span().firstToken() > first && speaker.span().firstToken() < first)) {
                speaker = p;
            }
        }
        return speaker == null ? null : offices.person(speaker.personId()).map(Person::country).orElse(null);
    }

    /**
     * The one country an envoy of the sentence serves, in the English ways of writing it: "the Ambassador of Kazakhstan",
     * "Kazakhstan's ambassador", "the Kazakh envoy"; or null.
     */
    private static String envoyCountry(List<Token> tokens, List<Match<Ref>> matches, int sentence) {
        String found = null;
        for (int k = SentenceBounds.firstMatch(tokens, matches, sentence);
             k < matches.size() && tokens.get(matches.get(k).first()).sentence() == sentence; k++) {
            Match<Ref> x = matches.get(k);
            if (!(x.value() instanceof Ref.CountryRef c) || tokens.get(x.first()).sentence() != sentence
                    || c.form() == Ref.CountryForm.PLACE) {
                continue;
            }
            boolean envoy = tokens.get(x.first()).isCyrillic() ? cyrillicEnvoy(tokens, matches, k, sentence)
                    : latinEnvoy(tokens, x, sentence);
            if (envoy) {
                if (found != null && !found.equals(c.code())) {
                    return null;
                }
                found = c.code();
            }
        }
        return found;
    }

    /** "the Ambassador of Kazakhstan", "Kazakhstan's ambassador", "the Kazakh envoy". */
    private static boolean latinEnvoy(List<Token> tokens, Match<Ref> x, int sentence) {
        int before = x.first() - 1;
        while (before >= 0 && before >= x.first() - 2 && CONNECTORS.contains(tokens.get(before).lower())) {
            before--;
        }
        int after = x.last() + 1 < tokens.size() && tokens.get(x.last() + 1).lower().equals("s") ? x.last() + 2
                : x.last() + 1;
        return before >= 0 && before < x.first() - 1 && envoyWord(tokens.get(before))
                || after < tokens.size() && tokens.get(after).sentence() == sentence && envoyWord(tokens.get(after));
    }

    /**
     * «посол Узбекистана», «узбекский дипломат», «Өзбекстан елшісі», «Өзбекстанның Қазақстандағы елшісі»,
     * «Өзбекстандын элчиси»: an envoy word right before the state's name, or right after it or after the host state in
     * the locative.
     */
    private static boolean cyrillicEnvoy(List<Token> tokens, List<Match<Ref>> matches, int k, int sentence) {
        Match<Ref> x = matches.get(k);
        if (x.turkicSuffix() != null && Ambassadors.locative(x.turkicSuffix())) {
            return false; // «Қазақстандағы елшісі»: the state of the post, not the one served
        }
        if (x.first() > 0 && tokens.get(x.first() - 1).sentence() == sentence && envoyWord(tokens.get(x.first() - 1))) {
            return true;
        }
        int after = x.last() + 1;
        if (k + 1 < matches.size() && matches.get(k + 1).first() == after
                && matches.get(k + 1).value() instanceof Ref.CountryRef
                && matches.get(k + 1).turkicSuffix() != null && Ambassadors.locative(matches.get(k + 1).turkicSuffix())) {
            after = matches.get(k + 1).last() + 1;
        }
        return after < tokens.size() && tokens.get(after).sentence() == sentence
                && (envoyWord(tokens.get(after)) || tokens.get(after).lower().startsWith("дипломат"));
    }

    private static boolean envoyWord(Token token) {
        return ENVOYS.stream().anyMatch(token.lower()::startsWith);
    }

    /**
     * The country of the last official named before a phrase as a subject (in the nominative), or null: the one who
     * speaks, not the one spoken with («с кыргызским коллегой»).
     */
    private String lastNominativeCountry(List<PersonMention> people, Tokenizer.Field field, int first) {
        PersonMention speaker = index.lastBefore(people, field.name(), first, field.tokens().get(first).start(), true);
        return speaker == null ? null : countryOf(speaker);
    }

    /** The country of the last official named before a phrase, or null. */
    private String lastNamedCountry(List<PersonMention> people, Tokenizer.Field field, int first) {
        PersonMention speaker = previousPerson(people, field, first);
        return speaker == null ? null : offices.person(speaker.personId()).map(Person::country).orElse(null);
    }

    /**
     * «наш Президент» with no known official in its sentence: of the official the knowledge base lacks quoted there
     * («— сказал посол Казахстана ... Рапиль Жошыбаев»), else of an envoy's country named there («посол Казахстана
     * отметил: «Наш Президент ...»»), else of the last official named before.
     */
    private static String speakerCountry(Pending p, DocumentMentions mentions) {
        for (UnlistedMention u : mentions.unlisted(p.span().sentence())) {
            if (u.country() != null && u.span().field().equals(p.span().field()) && u.span().sentence() == p.span().sentence()) {
                return u.country();
            }
        }
        for (CountryMention c : mentions.countries(p.span().sentence())) {
            if (c.span().field().equals(p.span().field()) && c.span().sentence() == p.span().sentence() && c.before() != null
                    && ENVOYS.stream().anyMatch(c.before()::startsWith)) {
                return c.code();
            }
        }
        if (p.own() != null) {
            return p.own();
        }
        // «Официальный представитель МИД Казахстана Айбек Смадияров ... «Глава государства ...», — добавил Смадияров»:
        // the official the knowledge base lacks named last before, when no known one is
        UnlistedMention last = mentions.lastWithCountryBefore(p.span().position());
        return last == null ? null : last.country();
    }

    /**
     * «„Министр иностранных дел проведёт переговоры“, — сказал премьер-министр Казахстана»: the country of the first
     * official named after the quotation's end in its sentence, whom the field named by office only; or null.
     */
    private String speakerAfterQuote(Pending p, List<PersonMention> people) {
        if (p.quoteEnd() < 0) {
            return null;
        }
        PersonMention speaker = null;
        for (PersonMention o : index.inSentence(people, p.span().sentence())) {
            if (o.span().field().equals(p.span().field()) && o.span().firstToken() >= p.quoteEnd()
                    && (speaker == null || o.span().firstToken() < speaker.span().firstToken())) {
                speaker = o;
            }
        }
        return speaker == null ? null : countryOf(speaker);
    }

    /** Words right before an office that make it the holders of two states: «оба президента», "the two leaders". */
    private static final Set<String> PAIR_BEFORE = Set.of("оба", "обе", "обоих", "обоим", "обоими", "both", "two");

    /** «оба лидера», «обоих президентов», "both presidents", "the two foreign ministers". */
    private static boolean pairBefore(List<Token> tokens, int first) {
        return first > 0 && tokens.get(first - 1).sentence() == tokens.get(first).sentence()
                && tokens.get(first).separator().isEmpty() && PAIR_BEFORE.contains(tokens.get(first - 1).lower());
    }

    /** «…провёл переговоры со своим кыргызским коллегой»: the office of the last person mentioned before. */
    private Office counterpartOffice(List<PersonMention> people, Tokenizer.Field field, int roleFirst) {
        return counterpartOffice(people, field, roleFirst, null);
    }

    /**
     * The same, for a counterpart of {@code country} («его киргизский коллега», "his Kyrgyz counterpart"): nobody is his
     * own country's counterpart, so when the person found is of that country, the last one named before of another.
     */
    private Office counterpartOffice(List<PersonMention> people, Tokenizer.Field field, int roleFirst, String country) {
        PersonMention previous = counterpartOf(people, field, roleFirst);
        if (previous != null && country != null && country.equals(countryOf(previous))) {
            previous = index.lastBeforeOfAnotherCountry(people, field.name(), roleFirst,
                    field.tokens().get(roleFirst).start(), country);
        }
        if (previous == null) {
            return null;
        }
        // a name two records share (one person under an old and a new surname): the one in office that day
        Optional<Person> person = previous.candidates().stream().map(offices::person).flatMap(Optional::stream)
                .filter(p -> offices.holdsAnyOffice(p, date)).findFirst();
        if (person.isEmpty()) {
            person = offices.person(previous.personId());
        }
        if (person.isEmpty() || !offices.holdsAnyOffice(person.get(), date)) {
            return null; // the counterpart of someone out of office is nobody in particular
        }
        return previous.presentedOffice() != null ? previous.presentedOffice()
                : offices.officeFor(person.get(), date).orElse(null);
    }

    /** The holder of a waiting phrase's office in a state on the day: the one acting in it, for an acting phrase. */
    private Optional<Person> holderFor(Pending p, String country) {
        Optional<Person> holder = offices.holder(country, p.office(), date);
        return p.acting() ? ActingHolders.acting(holder, p.office(), date) : holder;
    }

    private String countryOf(PersonMention person) {
        return offices.person(person.personId()).map(Person::country).orElse(null);
    }

    private boolean namedInSentence(List<PersonMention> people, Person holder, Span span) {
        return index.inSentence(people, span.sentence()).stream().anyMatch(o -> o.candidates().contains(holder.id()) && o.span().sentence() == span.sentence());
    }

    /**
     * Whose counterpart a phrase is: the subject of its sentence, the first person in the nominative before it ("Blinken,
     * who held talks with President Mirziyoyev, ... hosted by his Indian counterpart"); when the sentence names nobody
     * before it, the subject of the sentence before ("Modi will hold talks with the Kazakh President. A meeting with his
     * Pakistani counterpart..."); else the last person mentioned before the phrase.
     */
    private PersonMention counterpartOf(List<PersonMention> people, Tokenizer.Field field, int roleFirst) {
        int sentence = field.tokens().get(roleFirst).sentence();
        boolean anyBefore = false;
        PersonMention first = null;
        for (PersonMention p : index.inSentence(people, sentence)) {
            if (p.span().field().equals(field.name()) && p.span().sentence() == sentence && p.span().lastToken() < roleFirst) {
                anyBefore = true;
                if (p.nominative() && (first == null || p.span().position() < first.span().position())) {
                    first = p;
                }
            }
        }
        if (first != null) {
            return first;
        }
        if (!anyBefore) {
            PersonMention subject = null;
            for (PersonMention p : index.inSentence(people, sentence - 1)) {
                if (p.span().sentence() == sentence - 1 && p.nominative()
                        && (subject == null || p.span().position() < subject.span().position())) {
                    subject = p;
                }
            }
            if (subject != null) {
                return subject;
            }
        }
        return previousPerson(people, field, roleFirst);
    }

    /**
     * Whether the person named before holds the office a pair refers to: "talks with President Mirziyoyev. The two leaders
     * ..." are those two, but after two presidents "the two foreign ministers" are two others.
     */
    private boolean inOffice(PersonMention person, Office office) {
        Office held = person.presentedOffice() != null ? person.presentedOffice()
                : person.candidates().size() != 1 ? null
                : offices.person(person.personId()).flatMap(p -> offices.officeFor(p, date)).orElse(null);
        return held == null || held == office || LEADERS.contains(held) && LEADERS.contains(office);
    }

    /** Offices "the two leaders" may mean: a president and a chancellor are both leaders. */
    private static final Set<Office> LEADERS = EnumSet.of(Office.PRESIDENT, Office.PRIME_MINISTER, Office.HEAD_OF_STATE);

    /** The last person mentioned before a phrase (in an earlier field or before it in its own). */
    private PersonMention previousPerson(List<PersonMention> people, Tokenizer.Field field, int roleFirst) {
        return index.lastBefore(people, field.name(), roleFirst, field.tokens().get(roleFirst).start(), false);
    }

    private boolean reportedSpeech(List<Token> tokens) {
        if (tokens != speechTokens) {
            speechTokens = tokens;
            speech = RoleContext.reportedSpeech(tokens);
        }
        return speech;
    }

    /** People of the document looked at by the rules that use {@link PeopleIndex}. */
    long peopleSteps() {
        return index.steps();
    }

    /**
     * "President Xi", «Председатель Си», "Premier Li": an office followed by a word the gazetteer does not know alone,
     * which is one of the names of the one holder of that office on the day. Chinese and Korean names put the surname
     * first, so the word is not the last of the name the knowledge base keeps.
     */
    private boolean titledName(Tokenizer.Field field, Match<Ref> match, RolePhrase phrase, Match<?>[] byToken,
                               List<PersonMention> people) {
        List<Token> tokens = field.tokens();
        int last = match.last();
        if (phrase.office() == null || !unknownNameFollows(tokens, last, byToken)
                || nameGoesOn(tokens, last + 1)) {
            return false;
        }
        Optional<Person> holder = offices.holderNamed(tokens.get(last + 1).key(), phrase.office(), date)
                .filter(p -> phrase.countries().isEmpty() || phrase.countries().contains(p.country()));
        holder.ifPresent(p -> people.add(new PersonMention(List.of(p.id()), span(field, match.first(), last + 1), true,
                nominative(match), phrase.office())));
        return holder.isPresent();
    }

    /** "Antony J. Blinken": a capitalised word or an initial right after, so the word is not the whole name. */
    private static boolean nameGoesOn(List<Token> tokens, int word) {
        if (word + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(word + 1);
        return next.sentence() == tokens.get(word).sentence() && next.isCapitalized()
                && (next.separator().isEmpty() || next.separator().equals("-"));
    }

    /** "President of Kyrgyzstan Ivan Petrov": a name the knowledge base lacks; the phrase is about that person. */
    private static boolean unknownNameFollows(List<Token> tokens, int last, Match<?>[] byToken) {
        if (last + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(last + 1);
        // «Президенті Орталық Азия мемлекеттері...», «Президент Узбекистана Центральной Азии»: a region, no name
        return next.separator().isEmpty() && next.sentence() == tokens.get(last).sentence() && next.isCapitalized()
                && !next.isAllUpper() && !next.isNumber() && byToken[next.index()] == null
                && !UnlistedOfficials.INSTITUTION_WORDS.stream().anyMatch(next.lower()::startsWith)
                // «Мемлекет басшысы Тұңғыш Президенттің ...»: the word opening another office's title
                && !RolePhrases.FIRST.contains(next.key());
    }

    private static Span span(Tokenizer.Field field, int first, int last) {
        List<Token> tokens = field.tokens();
        return new Span(field.name(), tokens.get(first).start(), tokens.get(last).end(), first, last,
                tokens.get(first).sentence());
    }
}
