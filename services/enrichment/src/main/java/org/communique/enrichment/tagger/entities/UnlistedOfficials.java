package org.communique.enrichment.tagger.entities;

import org.communique.enrichment.tagger.gazetteer.Match;
import org.communique.enrichment.tagger.morph.PersonNames;
import org.communique.enrichment.tagger.morph.RussianForms;
import org.communique.enrichment.tagger.text.TextFolding;
import org.communique.enrichment.tagger.text.Token;
import org.communique.enrichment.tagger.text.Tokenizer;

import org.communique.enrichment.tagger.kb.Office;
import org.communique.enrichment.tagger.kb.Person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Optional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;

/**
 * Officials the knowledge base does not know, found as "office (of country) Name": «посол Казахстана в Таджикистане
 * Нурлан ...», «заместитель министра иностранных дел Киргизии ...», «Мәжіліс Төрағасы ...», "Deputy Foreign Minister of
 * Uzbekistan ...". An office word opens a chain of words that qualify it (lower-case words, countries, institutions
 * such as «Совета безопасности» or "the Mazhilis"); the chain ends in a personal name of two or three words (or
 * initials and a surname) that the gazetteer did not take. A verb, a comma or the end of the sentence ends the chain
 * without a name. Words of a wide meaning («председатель», «руководитель», "head") count only when the chain names a
 * state or a state body, so that a company's chairman is no official; an office of an international organisation
 * without a state (the SCO's Secretary-General) is skipped.
 */
final class UnlistedOfficials {

    /**
     * {@code office}: the tracked office a role phrase names (null for other office words and lesser offices);
     * {@code only}: the states whose office the phrase names, if it names one of some states only ("Secretary of
     * State" is the US foreign minister, Kazakhstan's State Secretary is another office).
     */
    private record Head(int first, int last, String role, boolean weak, boolean plural, Office office, Set<String> only) {

        Head(int first, int last, String role, boolean weak, boolean plural) {
            this(first, last, role, weak, plural, null, Set.of());
        }

        Head lesser() {
            return new Head(first, last, "other", true, plural, null, Set.of());
        }

        /** The role of the holder in {@code country}: the phrase's, or "other" where it names another office. */
        String roleIn(String country) {
            return country != null && !only.isEmpty() && !only.contains(country) ? "other" : role;
        }
    }

    private record Name(int first, int last) {
    }

    private static final int MAX_CHAIN = 12;

    /** Office words: stem, role, whether it needs a state in its chain (wide meaning). Russian stems decline. */
    private static final List<Object[]> RUSSIAN_HEADS = List.of(
            new Object[]{"министр", "minister", false}, new Object[]{"замминистр", "other", false},
            new Object[]{"посол", "ambassador", false}, new Object[]{"посл", "ambassador", false},
            new Object[]{"посланник", "other", false}, new Object[]{"спикер", "other", false},
            new Object[]{"секретар", "other", false}, new Object[]{"госсекретар", "other", false},
            new Object[]{"представител", "other", true}, new Object[]{"поверенн", "other", false},
            new Object[]{"генконсул", "other", false}, new Object[]{"консул", "other", false},
            new Object[]{"атташе", "other", false}, new Object[]{"аким", "other", false},
            new Object[]{"губернатор", "other", false}, new Object[]{"мэр", "other", true},
            new Object[]{"заместител", "other", true}, new Object[]{"председател", "other", true},
            new Object[]{"руководител", "other", true}, new Object[]{"советник", "other", true},
            new Object[]{"помощник", "other", true}, new Object[]{"заведующ", "other", true},
            new Object[]{"начальник", "other", true}, new Object[]{"глав", "other", true});
    /** Endings a Russian office stem may take (folded spelling), the bare stem included. */
    private static final List<String> RUSSIAN_ENDINGS = List.of("", "а", "у", "ом", "е", "ы", "и", "ов", "ам", "ами",
            "ах", "ь", "я", "ю", "ем", "ей", "ям", "ями", "ях", "ый", "ого", "ому", "ым", "ые", "ых", "ий", "его", "ему",
            "им", "ие", "их", "ой", "ою");
    /** Kazakh and Kyrgyz office words in their possessive form, folded (елшісі → елшиси, төрағасы → торагасы). */
    private static final Map<String, Object[]> TURKIC_HEADS = Map.ofEntries(
            Map.entry("елшиси", new Object[]{"ambassador", false}), Map.entry("элчиси", new Object[]{"ambassador", false}),
            Map.entry("министри", new Object[]{"minister", false}), Map.entry("торагасы", new Object[]{"other", false}),
            Map.entry("спикери", new Object[]{"other", false}), Map.entry("орынбасары", new Object[]{"other", false}),
            Map.entry("басары", new Object[]{"other", false}), Map.entry("хатшысы", new Object[]{"other", false}),
            Map.entry("катчысы", new Object[]{"other", false}), Map.entry("кенесшиси", new Object[]{"other", true}),
            Map.entry("кенешчиси", new Object[]{"other", true}), Map.entry("окили", new Object[]{"other", true}),
            Map.entry("окулу", new Object[]{"other", true}), Map.entry("акими", new Object[]{"other", false}),
            Map.entry("басшысы", new Object[]{"other", true}), Map.entry("башчысы", new Object[]{"other", true}),
            Map.entry("консулы", new Object[]{"other", false}));
    private static final Map<String, Object[]> ENGLISH_HEADS = Map.ofEntries(
            Map.entry("minister", new Object[]{"minister", false}), Map.entry("ministers", new Object[]{"minister", false}),
            Map.entry("ambassador", new Object[]{"ambassador", false}),
            Map.entry("ambassadors", new Object[]{"ambassador", false}), Map.entry("envoy", new Object[]{"ambassador", false}),
            Map.entry("speaker", new Object[]{"other", false}), Map.entry("spokesman", new Object[]{"other", false}),
            Map.entry("spokeswoman", new Object[]{"other", false}), Map.entry("spokesperson", new Object[]{"other", false}),
            Map.entry("secretary", new Object[]{"other", false}), Map.entry("consul", new Object[]{"other", false}),
            Map.entry("affaires", new Object[]{"other", false}), Map.entry("governor", new Object[]{"other", false}),
            Map.entry("mayor", new Object[]{"other", true}), Map.entry("chairman", new Object[]{"other", true}),
            Map.entry("chairwoman", new Object[]{"other", true}), Map.entry("chair", new Object[]{"other", true}),
            Map.entry("adviser", new Object[]{"other", true}), Map.entry("advisor", new Object[]{"other", true}),
            Map.entry("aide", new Object[]{"other", true}), Map.entry("head", new Object[]{"other", true}),
            Map.entry("chief", new Object[]{"other", true}), Map.entry("director", new Object[]{"other", true}),
            Map.entry("representative", new Object[]{"other", true}));

    /** Words before an office that make it a lesser one: a deputy foreign minister is "other". */
    private static final List<String> LESSER = List.of("вице", "замест", "deputy", "vice", "first", "первы", "первого",
            "орынбасар", "орун", "state", "статс");
    /** Words before an office that make the person hold none: a candidate for president. */
    private static final List<String> NO_OFFICE = List.of("кандидат", "candidate", "претендент", "контender");
    /** Words of a chain that show a state body, for the office words of wide meaning. */
    private static final List<String> STATE_BODIES = List.of("мид", "министерств", "правительств", "администрац",
            "парламент", "мажилис", "сенат", "меджлис", "кенеш", "курултай", "хурал", "госдум", "дум", "безопасност",
            "ведомств", "кабинет", "посольств", "консульств", "акимат", "мэри", "ministry", "government", "parliament",
            "senate", "security", "cabinet", "embassy", "mfa", "majilis", "mazhilis", "kenesh", "council", "assembly",
            "ассамбле", "палат", "комитет", "агентств", "службы", "служб", "государствен", "state", "national",
            "министрлиг", "укимет", "окмот", "мемлекет", "мамлекет", "тим", "сим", "елшилиг", "элчилиг");
    /** A chain through these is about a company, a party or sport, not the state. */
    private static final List<String> NOT_STATE = List.of("правлени", "директоров", "компани", "банк", "корпорац",
            "холдинг", "акционер", "парти", "футбол", "спорт", "клуб", "олимпийск", "board", "company", "bank",
            "corporation", "party", "club", "football", "university", "университет", "школ", "редакц", "газет",
            "журнал", "агентства новостей", "news", "channel", "телеканал");
    /** Endings of surnames in folded spelling, in any case of Russian («-ова», «-овым»). */
    private static final List<String> SURNAME_ENDINGS = List.of("ов", "ев", "ин", "ын", "ова", "ева", "ина", "ына",
            "ову", "еву", "ину", "ыну", "овым", "евым", "иным", "ыным", "овой", "евой", "иной", "ыной", "ский", "ская",
            "ского", "ской", "цкий", "цкая", "енко", "ук", "юк", "ян", "яна", "яну", "яном", "дзе", "швили", "улы", "уулу", "кызы", "оглу",
            "заде", "ev", "ov", "in", "yn", "ova", "eva", "ina", "uly", "ulu", "kyzy", "enko", "yan", "dze",
            "shvili", "sky", "ski", "oglu", "zade", "yev", "yeva", "iev", "ieva");
    private static final List<String> LATIN_LINKS = List.of("of", "the", "to", "for", "and", "in", "on", "at", "de", "d",
            "affairs", "foreign", "defence", "defense", "internal", "interior", "security", "national", "economy",
            "trade", "justice", "energy", "finance", "culture", "education", "health", "agriculture", "emergency",
            "transport", "industry", "general", "deputy", "first", "prime", "vice", "state", "information", "press",
            "development", "investment", "digital", "labour", "labor", "social", "protection", "special", "permanent",
            "acting", "former", "plenipotentiary", "extraordinary", "and");
    /** Kazakh and Kyrgyz case endings a surname may carry (folded), longest first. */
    private static final List<String> TURKIC_CASES = List.of("менен", "пенен", "бенен", "нын", "нин", "дын", "дин",
            "тын", "тин", "нун", "нун", "мен", "пен", "бен", "нан", "нен", "дан", "ден", "тан", "тен", "га", "ге", "ка",
            "ке", "го", "ко", "ны", "ни", "ды", "ди", "ты", "ти");
    /** Capitalised words of institutions and offices, never part of a personal name. */
    static final List<String> INSTITUTION_WORDS = List.of("министерств", "правительств", "администрац",
            "парламент", "мажилис", "сенат", "меджлис", "кенеш", "курултай", "совет", "собрани", "комитет", "палат",
            "ассамбле", "посольств", "ведомств", "департамент", "управлени", "агентств", "служб", "республик",
            "федерац", "ministry", "foreign", "affairs", "council", "security", "defence", "defense", "state",
            "national", "republic", "parliament", "senate", "assembly", "committee", "office", "department",
            "government", "cabinet", "embassy", "general", "federal", "supreme", "house", "majilis", "mazhilis",
            "kenesh", "oliy", "president", "prime", "minister", "secretary", "deputy", "people", "mfa", "agency",
            "service", "internal", "interior", "justice", "finance", "trade", "economy", "energy", "culture",
            // regions are no names: «Орталық Азия», «Центральной Азии», "Central Asia", «Борбордук Азия», «Еуропа»
            "азия", "азии", "азиа", "asia", "европ", "еуроп", "europe", "кавказ", "caucas", "евразия", "еуразия",
            "eurasia", "орталык", "центральн", "central", "борбордук", "каспи", "caspian",
            // honorifics are no names: «Его Королевское Высочество», «Анын Королдук Улуу Даражасы», «Ұлы Мәртебелі»
            "величеств", "высочеств", "majesty", "highness", "королдук", "корольдик", "даража", "мартебел");
    private static final List<String> PLACE_PREPOSITIONS = List.of("в", "во", "to", "in", "при", "at");

    private final EntityGazetteer gazetteer;
    private final OfficeIndex offices;

    UnlistedOfficials(EntityGazetteer gazetteer, OfficeIndex offices) {
        this.gazetteer = gazetteer;
        this.offices = offices;
    }

    /**
     * Finds the unlisted officials of one field. {@code people}: the knowledge-base people found so far (their tokens
     * are taken); {@code out} receives the officials found, in text order.
     */
    void field(Tokenizer.Field field, Match<?>[] byToken, List<PersonMention> people, String language,
               LocalDate date, List<UnlistedMention> out) {
        List<Token> tokens = field.tokens();
        if (tokens.isEmpty()) {
            return;
        }
        boolean[] taken = new boolean[tokens.size()];
        for (PersonMention p : people) {
            if (p.span().field().equals(field.name())) {
                for (int i = p.span().firstToken(); i <= p.span().lastToken() && i < taken.length; i++) {
                    taken[i] = true;
                }
            }
        }
        int i = 0;
        while (i < tokens.size()) {
            Head head = head(tokens, byToken, i, field.text());
            if (head == null || taken[i]) {
                i++;
                continue;
            }
            int next = chain(field, byToken, taken, head, people, language, date, out);
            i = Math.max(i + 1, next);
        }
    }

    // ---------------------------------------------------------------- office words

    private Head head(List<Token> tokens, Match<?>[] byToken, int i, String text) {
        Token t = tokens.get(i);
        if (noOffice(tokens, i)) {
            return null;
        }
        Match<?> m = at(byToken, i);
        if (m != null && m.first() == i && m.value() instanceof Ref.RoleRef role) {
            RolePhrase phrase = role.phrase();
            Object[] turkic = TURKIC_HEADS.get(t.lower());
            if (turkic != null && m.last() == i && !phrase.countries().isEmpty()) {
                // «Төрағасы» is China's head of state only after China; after another state body it is its chair
                return new Head(i, i, lesser(tokens, i) ? "other" : (String) turkic[0], (Boolean) turkic[1], false);
            }
            if (phrase.office() == null) {
                return null; // «коллега»: whose, the rules of roles decide
            }
            boolean lesser = lesser(tokens, i);
            String r = lesser || phrase.needsCountry() ? "other" : phrase.office().role();
            return new Head(i, m.last(), r, phrase.needsCountry(), phrase.plural(),
                    lesser || phrase.needsCountry() || phrase.plural() ? null : phrase.office(), phrase.countries());
        }
        if (m != null) {
            return null;
        }
        String w = t.lower();
        if (t.isCyrillic()) {
            Object[] turkic = TURKIC_HEADS.get(w);
            if (turkic != null) {
                return new Head(i, i, lesser(tokens, i) ? "other" : (String) turkic[0], (Boolean) turkic[1], false);
            }
            if (w.equals("после") || w.equals("главное") || w.equals("главные") || w.equals("главный")
                    || w.equals("главным") || w.equals("главных") || w.equals("главного") || w.equals("главной")) {
                return null; // «после» is "after"; «главный» is "main"
            }
            for (Object[] stem : RUSSIAN_HEADS) {
                String s = (String) stem[0];
                if (w.startsWith(s) && RUSSIAN_ENDINGS.contains(w.substring(s.length()))) {
                    boolean plural = w.endsWith("ы") || w.endsWith("и") && !w.endsWith("ии") || w.endsWith("ей");
                    String role = lesser(tokens, i) ? "other" : (String) stem[1];
                    return new Head(i, i, role, (Boolean) stem[2], plural && !s.equals("глав"));
                }
            }
            return null;
        }
        Object[] english = ENGLISH_HEADS.get(w);
        if (english != null) {
            return new Head(i, i, lesser(tokens, i) ? "other" : (String) english[0], (Boolean) english[1],
                    w.endsWith("s") && !w.equals("affaires"));
        }
        return null;
    }

    private static boolean lesser(List<Token> tokens, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 2); k--) {
            if (tokens.get(k).sentence() != tokens.get(i).sentence()) {
                break;
            }
            if (startsWithAny(tokens.get(k).lower(), LESSER)) {
                return true;
            }
        }
        return false;
    }

    private static boolean noOffice(List<Token> tokens, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 2); k--) {
            if (tokens.get(k).sentence() != tokens.get(i).sentence()) {
                break;
            }
            if (startsWithAny(tokens.get(k).lower(), NO_OFFICE)) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- the chain up to the name

    /** Walks the chain after an office word; returns the token to go on from. */
    private int chain(Tokenizer.Field field, Match<?>[] byToken, boolean[] taken, Head head, List<PersonMention> people,
                      String language, LocalDate date, List<UnlistedMention> out) {
        List<Token> tokens = field.tokens();
        int sentence = tokens.get(head.first()).sentence();
        String country = null;
        boolean state = false;
        boolean plain = true;
        int j = head.last() + 1;
        while (j < tokens.size() && j <= head.last() + MAX_CHAIN) {
            Token t = tokens.get(j);
            if (t.sentence() != sentence || !t.joinsPrevious() || taken[j] || t.isNumber()) {
                return j;
            }
            Match<?> m = at(byToken, j);
            if (m != null && !(m.value() instanceof Ref.PersonRef)) {
                if (m.value() instanceof Ref.CountryRef c) {
                    String before = j > 0 ? tokens.get(j - 1).lower() : "";
                    boolean host = PLACE_PREPOSITIONS.contains(before) || locative(m.turkicSuffix());
                    if (country == null && !host && c.form() != Ref.CountryForm.PLACE) {
                        country = c.code();
                    }
                    state = true;
                } else if (m.value() instanceof Ref.OrganizationRef) {
                    plain = false;
                    if (country == null) {
                        return m.last() + 1; // the Secretary-General of an organisation is no official of a state
                    }
                    state = true;
                } else if (m.value() instanceof Ref.RoleRef) {
                    state = true;
                    plain = false;
                }
                j = m.last() + 1;
                continue;
            }
            if ((head.weak() || head.office() != null) && startsWithAny(t.lower(), NOT_STATE)) {
                return j;
            }
            if (t.isCapitalized()) {
                Name name = name(field, byToken, taken, j, !head.weak() && !head.plural());
                if (name != null) {
                    if (head.weak() && !state) {
                        return name.last() + 1;
                    }
                    // «президент компании», "the President of the Senate": a role phrase qualified by more than a
                    // country is another, lesser office
                    Head office = plain || head.office() == null ? head : head.lesser();
                    String holderCountry = country != null ? country : countryBefore(tokens, byToken, head.first());
                    if (!knownHolder(field, office, name, holderCountry, people, date, language)) {
                        add(field, byToken, taken, office, name, country, people, language, out);
                    }
                    int after = name.last() + 1;
                    // «руководители ... Камчыбек Ташиев и Саймумин Ятимов»: a plural office, names joined by "and"
                    while (head.plural() && after + 1 < tokens.size() && tokens.get(after).sentence() == sentence
                            && isAnd(tokens.get(after).lower()) && tokens.get(after).separator().isEmpty()) {
                        Name more = name(field, byToken, taken, after + 1, false);
                        if (more == null || more.first() != after + 1) {
                            break;
                        }
                        add(field, byToken, taken, head.lesser(), more, null, people, language, out);
                        after = more.last() + 1;
                    }
                    return after;
                }
                plain = false;
                // «Председатель ГКНБ», «глава МЧС»: a state body by its initials
                if (startsWithAny(t.lower(), STATE_BODIES) || t.isAllUpper() && t.raw().length() >= 2
                        && t.raw().length() <= 6) {
                    state = true;
                }
                j++;
                continue;
            }
            if (!t.isCyrillic() && !LATIN_LINKS.contains(t.lower()) || t.isCyrillic() && verbLike(t.lower())) {
                return j;
            }
            if (startsWithAny(t.lower(), STATE_BODIES)) {
                state = true;
            }
            if (!PLACE_PREPOSITIONS.contains(t.lower()) && !t.lower().equals("of") && !t.lower().equals("the")) {
                plain = false;
            }
            j++;
        }
        return j;
    }

    private static boolean isAnd(String w) {
        return w.equals("и") || w.equals("and") || w.equals("мен") || w.equals("жане") || w.equals("жана");
    }

    /** Russian finite verbs and infinitives that end an office's chain: «встретился», «заявил», «прибывает». */
    private static boolean verbLike(String w) {
        if (w.length() < 4 || w.equals("дел")) {
            return false;
        }
        if (w.endsWith("ся") || w.endsWith("сь")) {
            return true;
        }
        String past = w.endsWith("л") ? w : w.endsWith("ла") || w.endsWith("ло") || w.endsWith("ли")
                ? w.substring(0, w.length() - 1) : null;
        if (past != null && isVowel(past.charAt(past.length() - 2))) {
            return true;
        }
        if (w.endsWith("ть") && isVowel(w.charAt(w.length() - 3))) {
            return true;
        }
        return w.length() >= 5 && (w.endsWith("ет") || w.endsWith("ит") || w.endsWith("ут") || w.endsWith("ют")
                || w.endsWith("ат") || w.endsWith("ят"));
    }

    private static boolean isVowel(char c) {
        return "аеиоуыэюя".indexOf(c) >= 0;
    }

    // ---------------------------------------------------------------- the name

    /** The personal name that ends a capitalised run starting at {@code from}, or null. */
    private Name name(Tokenizer.Field field, Match<?>[] byToken, boolean[] taken, int from, boolean strongAndPlain) {
        List<Token> tokens = field.tokens();
        int end = from;
        while (end < tokens.size() && end < from + 6 && nameWord(field, byToken, taken, end)
                && (end == from || tokens.get(end).sentence() == tokens.get(from).sentence()
                && (tokens.get(end).joinsPrevious() || tokens.get(end).separator().equals(".")
                && tokens.get(end - 1).isInitial(field.text())))) {
            end++;
        }
        int last = end - 1;
        if (last <= from - 1) {
            return null;
        }
        int first;
        if (last > from && tokens.get(last - 1).isInitial(field.text())) {
            first = last - 1;
            while (first - 1 >= from && tokens.get(first - 1).isInitial(field.text())) {
                first--;
            }
        } else if (last - from >= 2 && PersonNames.isPatronymic(tokens.get(last - 1).raw())) {
            first = last - 2;
        } else if (last - from == 2 && strongAndPlain && !adjectival(tokens, from, last)) {
            first = from; // three names straight after the office: «Президенті Режеп Тайып Ердоған»
        } else if (last > from) {
            first = last - 1;
        } else {
            return null;
        }
        if (first > from && tokens.get(first).separator().equals("-")) {
            first--; // «Касым-Жомарт»
        }
        Token head = tokens.get(first);
        Token surname = tokens.get(last);
        if (surname.isInitial(field.text()) || surname.raw().length() < 2) {
            return null;
        }
        if (byToken[last] != null && tokens.get(last - 1).isInitial(field.text())) {
            return null; // "Donald J. Trump": a known person written with a middle initial
        }
        if (shortWithTurkicCase(surname.lower())) {
            return null; // «Ван Имен» is «Ван И» and «мен» ("and"), not a surname
        }
        boolean shaped = endsWithAny(surname.lower(), SURNAME_ENDINGS)
                || endsWithAny(TextFolding.lower(turkicBase(surname.raw(), "kk")), SURNAME_ENDINGS) || head.isInitial(field.text())
                || gazetteer.isGivenName(head.key());
        // straight after the office and its country a two-word name needs no particular shape: "Spokesperson Ned Price"
        boolean plain = strongAndPlain && first == from && last - first <= 2 && !adjectival(tokens, first, last);
        return shaped || plain ? new Name(first, last) : null;
    }

    /** «Центральной Азии», «Верховного Совета»: adjectives make a place or a body, not a name. */
    private static boolean adjectival(List<Token> tokens, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (tokens.get(k).isCyrillic() && RussianForms.isAdjective(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean shortWithTurkicCase(String surname) {
        for (String suffix : new String[]{"мен", "пен", "бен", "менен", "пенен", "бенен", "нин", "нын", "дин", "дын"}) {
            if (surname.endsWith(suffix) && surname.length() - suffix.length() <= 2) {
                return true;
            }
        }
        return false;
    }

    /** The match at a token, leaving out a bare «министр»: an office word here like any other minister's. */
    private static Match<?> at(Match<?>[] byToken, int i) {
        Match<?> m = byToken[i];
        return m != null && m.value() instanceof Ref.RoleRef role && RolePhrases.bareMinister(role.phrase()) ? null : m;
    }

    private static boolean nameWord(Tokenizer.Field field, Match<?>[] byToken, boolean[] taken, int i) {
        Token t = field.tokens().get(i);
        if (taken[i] || !t.isCapitalized() || t.isNumber()) {
            return false;
        }
        if (at(byToken, i) != null && !(byToken[i].value() instanceof Ref.PersonRef)) {
            return false;
        }
        if (t.isAllUpper() && !t.isInitial(field.text()) || startsWithAny(t.lower(), INSTITUTION_WORDS)) {
            return false;
        }
        for (int k = 0; k < t.raw().length(); k++) {
            if (!Character.isLetter(t.raw().charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Президент Франции" followed by the holder's name in a spelling the knowledge base lacks («Эмманюэль Макрон»,
     * «Ердоған»): the holder, named, rather than a new person. True when the holder was added.
     */
    private boolean knownHolder(Tokenizer.Field field, Head head, Name name, String country, List<PersonMention> people,
                                LocalDate date, String language) {
        if (head.office() == null || country == null) {
            return false;
        }
        Optional<Person> holder = offices.holder(country, head.office(), date);
        if (holder.isEmpty() && head.office() == Office.PRESIDENT) {
            holder = offices.holder(country, Office.HEAD_OF_STATE, date);
        }
        if (holder.isEmpty()) {
            return false;
        }
        String surname = stem(TextFolding.lower(turkicBase(field.tokens().get(name.last()).raw(), language)));
        List<String> spellings = new ArrayList<>(holder.get().names().values());
        spellings.addAll(holder.get().aliases());
        for (String spelling : spellings) {
            int space = spelling.lastIndexOf(' ');
            String theirs = stem(TextFolding.lower(spelling.substring(space + 1)));
            if (theirs.length() >= 3 && surname.length() >= 3
                    && theirs.regionMatches(0, surname, 0, Math.min(4, Math.min(theirs.length(), surname.length())))) {
                Span span = span(field, head.first(), name.last());
                people.add(new PersonMention(List.of(holder.get().id()), span, true, true, head.office()));
                return true;
            }
        }
        return false;
    }

    private static String stem(String folded) {
        return folded.replace('э', 'е');
    }

    /** A Kazakh or Kyrgyz surname without its case ending: «Ердоғанға» → «Ердоған», «Гормен» → «Гор». */
    static String turkicBase(String word, String language) {
        if (!"kk".equals(language) && !"ky".equals(language)) {
            return word;
        }
        String lower = TextFolding.lower(word);
        if (lower.endsWith("нко")) {
            return word; // «Василенко», «Матвиенко»: a Ukrainian surname's own ending, not the Kyrgyz dative «-ко»
        }
        for (String suffix : TURKIC_CASES) {
            if (lower.endsWith(suffix) && lower.length() - suffix.length() >= 3 && word.length() == lower.length()) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }

    private static Span span(Tokenizer.Field field, int first, int last) {
        List<Token> tokens = field.tokens();
        return new Span(field.name(), tokens.get(first).start(), tokens.get(last).end(), first, last,
                tokens.get(first).sentence());
    }

    // ---------------------------------------------------------------- the tag

    private void add(Tokenizer.Field field, Match<?>[] byToken, boolean[] taken, Head head, Name name, String chainCountry,
                     List<PersonMention> people, String language, List<UnlistedMention> out) {
        List<Token> tokens = field.tokens();
        List<String> words = new ArrayList<>();
        for (int k = name.first(); k <= name.last(); k++) {
            Token t = tokens.get(k);
            String raw = t.isInitial(field.text()) ? t.raw() + "." : k == name.last() ? turkicBase(t.raw(), language) : t.raw();
            if (k > name.first() && t.separator().equals("-") && !words.isEmpty()) {
                words.set(words.size() - 1, words.get(words.size() - 1) + "-" + raw);
            } else {
                words.add(raw);
            }
        }
        for (int k = name.first(); k <= name.last(); k++) {
            taken[k] = true;
        }
        Map<String, String> names = new LinkedHashMap<>();
        String written;
        String russian = null;
        if (tokens.get(name.last()).isCyrillic()) {
            if ("kk".equals(language) || "ky".equals(language)) {
                written = String.join(" ", words);
                names.put(language, written);
                russian = russianSpelling(words);
            } else {
                russian = String.join(" ", PersonNames.nominative(words, PersonNames.caseOf(tokens.get(head.first()).raw())));
                written = russian;
            }
            names.put("ru", russian);
            names.put("en", PersonNames.latin(russian));
        } else {
            written = String.join(" ", words);
            names.put("en", written);
        }
        String english = names.get("en");
        String id = id(english);
        String country = chainCountry != null ? chainCountry : countryBefore(tokens, byToken, head.first());
        if (country == null) {
            country = countryOfNeighbour(tokens.get(head.first()).sentence(), field.name(), people);
        }
        Span span = new Span(field.name(), tokens.get(head.first()).start(), tokens.get(name.last()).end(), head.first(),
                name.last(), tokens.get(head.first()).sentence());
        out.add(new UnlistedMention(id, english, names, country, head.roleIn(country), span));
    }

    /** «Қазақстанның ... елшісі», "Kazakh Ambassador", «российский посол»: a country just before the office. */
    private static String countryBefore(List<Token> tokens, Match<?>[] byToken, int headFirst) {
        String found = null;
        for (int k = headFirst - 1; k >= Math.max(0, headFirst - 4); k--) {
            if (tokens.get(k).sentence() != tokens.get(headFirst).sentence()) {
                break;
            }
            if (byToken[k] != null && byToken[k].value() instanceof Ref.CountryRef c && c.form() != Ref.CountryForm.PLACE
                    && !locative(byToken[k].turkicSuffix())) {
                found = c.code(); // the leftmost of the window: «Қазақстан Республикасының Қырғызстандағы елшісі»
            }
        }
        return found;
    }

    private static boolean locative(String turkicSuffix) {
        return turkicSuffix.startsWith("да") || turkicSuffix.startsWith("де") || turkicSuffix.startsWith("та")
                || turkicSuffix.startsWith("те");
    }

    /** The country of a knowledge-base official named in the same sentence («Путина сопровождают министр ...»). */
    private String countryOfNeighbour(int sentence, String field, List<PersonMention> people) {
        for (int k = people.size() - 1; k >= 0; k--) {
            PersonMention p = people.get(k);
            if (p.span().field().equals(field) && p.span().sentence() == sentence) {
                return offices.person(p.personId()).map(Person::country).orElse(null);
            }
        }
        return null;
    }

    /** "Nurlan Seitimov" → {@code unlisted:nurlan-seitimov}. */
    static String id(String englishName) {
        StringBuilder out = new StringBuilder(UnlistedMention.ID_PREFIX);
        boolean dash = false;
        for (int k = 0; k < englishName.length(); k++) {
            char c = Character.toLowerCase(englishName.charAt(k));
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || Character.isLetter(c)) {
                if (dash && out.length() > UnlistedMention.ID_PREFIX.length()) {
                    out.append('-');
                }
                out.append(c);
                dash = false;
            } else {
                dash = true;
            }
        }
        return out.toString();
    }

    private static String russianSpelling(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            String folded = TextFolding.lower(w);
            out.add(folded.isEmpty() ? w : Character.toUpperCase(folded.charAt(0)) + folded.substring(1));
        }
        return String.join(" ", out);
    }

    private static boolean startsWithAny(String word, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (word.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithAny(String word, List<String> endings) {
        for (String ending : endings) {
            if (word.endsWith(ending) && word.length() > ending.length() + 1) {
                return true;
            }
        }
        return false;
    }
}
