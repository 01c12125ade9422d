package org.communique.enrichment.tagger;

import org.communique.enrichment.tagger.kb.KnowledgeBase;
import org.communique.enrichment.tagger.kb.Office;
import org.communique.enrichment.tagger.kb.OfficeTerm;
import org.communique.enrichment.tagger.kb.Person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Composes role-only sentences from the parts a role-only mention is made of — the office (every way it is written),
 * the country (name in each case, adjective, "Republic of", abbreviation, possessive and genitive chains, before or after
 * the office), the grammatical case of the whole phrase, one holder or several, a counterpart, "our President" — in
 * Russian, Kazakh, Kyrgyz and English, on dates across 1995-2026. The expected people are read off the knowledge base's
 * own terms of office for the sentence's date; a cell whose office had no single holder that day is left out.
 */
final class RoleParadigm {

    /** One sentence: its language, the kind of construction (a row of the coverage matrix), the people it names. */
    record Cell(String language, String construction, String text, LocalDate date, Set<String> expected) {
    }

    private static final List<LocalDate> DATES = List.of(LocalDate.parse("1997-06-16"), LocalDate.parse("2004-10-12"),
            LocalDate.parse("2012-09-20"), LocalDate.parse("2018-04-10"), LocalDate.parse("2023-11-15"),
            LocalDate.parse("2026-02-10"));

    private static final Office P = Office.PRESIDENT;
    private static final Office PM = Office.PRIME_MINISTER;
    private static final Office FM = Office.FOREIGN_MINISTER;

    /** Russian nouns in six cases: nominative, genitive, dative, accusative, instrumental, prepositional. */
    private record RuNoun(Office office, List<String> forms, String tail, boolean masculine) {
    }

    private static RuNoun ru(Office office, String stem, String tail, boolean masculine, String... endings) {
        List<String> forms = new ArrayList<>();
        for (String e : endings) {
            forms.add(stem + e);
        }
        return new RuNoun(office, forms, tail, masculine);
    }

    private static final String[] HARD = {"", "а", "у", "а", "ом", "е"};
    private static final String[] GLAVA = {"а", "ы", "е", "у", "ой", "е"};
    private static final String[] SOFT = {"ь", "я", "ю", "я", "ем", "е"};

    private static final List<RuNoun> RU_OFFICES = List.of(
            ru(P, "президент", "", true, HARD),
            ru(P, "глав", " государства", false, GLAVA),
            ru(P, "лидер", "", true, HARD),
            ru(P, "руководител", "", true, SOFT),
            ru(PM, "премьер-министр", "", true, HARD),
            ru(PM, "премьер", "", true, HARD),
            ru(PM, "глав", " правительства", false, GLAVA),
            ru(PM, "председател", " правительства", true, SOFT),
            ru(FM, "министр", " иностранных дел", true, HARD),
            ru(FM, "глав", " МИД", false, GLAVA),
            ru(FM, "глав", " внешнеполитического ведомства", false, GLAVA),
            ru(FM, "руководител", " МИД", true, SOFT),
            ru(FM, "шеф", " дипломатии", true, HARD),
            new RuNoun(FM, List.of("главный дипломат", "главного дипломата", "главному дипломату", "главного дипломата",
                    "главным дипломатом", "главном дипломате"), "", false));

    /** A country as Russian writes it after an office (genitive) and as an adjective stem. */
    private record RuCountry(String code, List<String> genitives, List<String> adjectives) {
    }

    private static final List<RuCountry> RU_COUNTRIES = List.of(
            new RuCountry("KZ", List.of("Казахстана", "Республики Казахстан", "РК"), List.of("казахстанск")),
            new RuCountry("KG", List.of("Кыргызстана", "Киргизии", "Кыргызской Республики", "КР"),
                    List.of("кыргызск", "киргизск")),
            new RuCountry("UZ", List.of("Узбекистана", "Республики Узбекистан", "РУз"), List.of("узбекск")),
            new RuCountry("TJ", List.of("Таджикистана", "Республики Таджикистан", "РТ"), List.of("таджикск")),
            new RuCountry("RU", List.of("России", "Российской Федерации", "РФ"), List.of("российск")),
            new RuCountry("CN", List.of("Китая", "КНР"), List.of("китайск")),
            new RuCountry("DE", List.of("Германии", "ФРГ"), List.of("германск", "немецк")));

    private static final String[] ADJ_M = {"ий", "ого", "ому", "ого", "им", "ом"};

    /** A sentence frame per Russian case, {@code %s} the phrase. */
    private static final List<String> RU_FRAMES = List.of(
            "%s выступил на форуме по водным ресурсам.",
            "Выступление %s открыло форум по водным ресурсам.",
            "Слово на форуме было предоставлено %s.",
            "Участники форума по водным ресурсам поблагодарили %s.",
            "Участники форума по водным ресурсам встретились с %s.",
            "На форуме по водным ресурсам много говорили о %s.");

    private static final List<String> RU_PLURAL_FRAMES = List.of(
            "%s выступили на форуме по водным ресурсам.",
            "Выступления %s открыли форум по водным ресурсам.",
            "Слово на форуме было предоставлено %s.",
            "Участники форума по водным ресурсам поблагодарили %s.",
            "Участники форума по водным ресурсам встретились с %s.",
            "На форуме по водным ресурсам много говорили о %s.");

    private static final Map<Office, List<String>> RU_PLURALS = Map.of(
            P, List.of("президенты", "президентов", "президентам", "президентов", "президентами", "президентах"),
            PM, List.of("премьер-министры", "премьер-министров", "премьер-министрам", "премьер-министров",
                    "премьер-министрами", "премьер-министрах"),
            FM, List.of("министры иностранных дел", "министров иностранных дел", "министрам иностранных дел",
                    "министров иностранных дел", "министрами иностранных дел", "министрах иностранных дел"));

    private final KnowledgeBase kb;
    private final List<Cell> cells = new ArrayList<>();
    private int next;

    private RoleParadigm(KnowledgeBase kb) {
        this.kb = kb;
    }

    static List<Cell> cells(KnowledgeBase kb) {
        RoleParadigm p = new RoleParadigm(kb);
        p.russian();
        p.kazakh();
        p.kyrgyz();
        p.english();
        p.titlesOfOneState();
        p.negatives();
        return p.cells;
    }

    // ---------------------------------------------------------------- expected people, from the terms

    /** The one person who held the office of the country on the day, if exactly one did. */
    Optional<Person> holder(String country, Office office, LocalDate date) {
        return holder(kb, country, office, date);
    }

    /** The one person of {@code kb} who held the office of the country on the day, if exactly one did. */
    static Optional<Person> holder(KnowledgeBase kb, String country, Office office, LocalDate date) {
        Person found = null;
        for (Person person : kb.people()) {
            if (!person.country().equals(country)) {
                continue;
            }
            for (OfficeTerm term : person.terms()) {
                if (term.office() == office && term.covers(date)) {
                    if (found != null && !found.id().equals(person.id())) {
                        return Optional.empty();
                    }
                    found = person;
                }
            }
        }
        return Optional.ofNullable(found);
    }

    private LocalDate date() {
        return DATES.get(next++ % DATES.size());
    }

    /** Adds a cell when every (country, office) pair had one holder on the cell's date. */
    private void add(String language, String construction, String text, LocalDate date, Object... countryOffice) {
        Set<String> expected = new LinkedHashSet<>();
        for (int i = 0; i < countryOffice.length; i += 2) {
            if (countryOffice[i + 1] == null) {
                continue; // a country the sentence names whose officials it does not mention
            }
            Optional<Person> h = holder((String) countryOffice[i],
                    leaderOffice((String) countryOffice[i], (Office) countryOffice[i + 1], text), date);
            if (h.isEmpty()) {
                return;
            }
            expected.add(h.get().id());
        }
        cells.add(new Cell(language, construction, text, date, expected));
    }

    private static final Pattern LEADER = Pattern.compile(
            "(?iu)(^|[^\\p{L}])(лидер|leader|көшбасшы)");

    /** Germany is led by its chancellor: "the German leader", «немецкий лидер» are the chancellor, not the president. */
    static Office leaderOffice(String country, Office office, String text) {
        return office == Office.PRESIDENT && "DE".equals(country) && LEADER.matcher(text).find()
                ? Office.PRIME_MINISTER : office;
    }

    private void addNamed(String language, String construction, String text, LocalDate date, Person named,
                          Object... countryOffice) {
        int before = cells.size();
        add(language, construction, text, date, countryOffice);
        if (cells.size() > before) {
            Cell c = cells.remove(cells.size() - 1);
            Set<String> expected = new LinkedHashSet<>(c.expected());
            expected.add(named.id());
            cells.add(new Cell(c.language(), c.construction(), c.text(), c.date(), expected));
        }
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    // ---------------------------------------------------------------- Russian

    private void russian() {
        for (RuNoun office : RU_OFFICES) {
            for (int kase = 0; kase < 6; kase++) {
                String frame = RU_FRAMES.get(kase);
                String word = office.forms().get(kase);
                for (RuCountry country : RU_COUNTRIES) {
                    // office, then the country in the genitive: «главой МИД Республики Казахстан»
                    for (String gen : country.genitives()) {
                        add("ru", "office + country (genitive)", fill(frame, word + office.tail() + " " + gen, kase),
                                date(), country.code(), office.office());
                    }
                    for (String adj : country.adjectives()) {
                        if (office.masculine() && office.tail().isEmpty() && !word.startsWith("главн")) {
                            // «казахстанскому президенту»
                            add("ru", "adjective + office", fill(frame, adj + ADJ_M[kase] + " " + word, kase), date(),
                                    country.code(), office.office());
                        } else if (!office.tail().isEmpty() && !office.tail().equals(" дипломатии")) {
                            // «главой казахстанского МИД», «руководителю узбекского правительства»
                            String tail = office.tail().trim();
                            String inside = tail.startsWith("внешнеполитического")
                                    ? adj + "ого " + tail : tail.equals("иностранных дел") ? null : adj + "ого " + tail;
                            if (inside != null) {
                                add("ru", "office split by adjective", fill(frame, word + " " + inside, kase), date(),
                                        country.code(), office.office());
                            }
                        } else if (office.tail().equals(" дипломатии")) {
                            // «шефом казахстанской дипломатии»
                            add("ru", "office split by adjective", fill(frame, word + " " + adj + "ой дипломатии", kase),
                                    date(), country.code(), office.office());
                        }
                    }
                }
            }
        }
        // «председателем правительства» spelled for China's premier is covered above; «главой государства» by split
        for (int kase = 0; kase < 6; kase++) {
            for (Office office : List.of(P, PM, FM)) {
                String plural = RU_PLURALS.get(office).get(kase);
                String frame = RU_PLURAL_FRAMES.get(kase);
                // «президентами Казахстана и Узбекистана»
                add("ru", "plural office + two countries", fill(frame, plural + " Казахстана и Узбекистана", kase),
                        date(), "KZ", office, "UZ", office);
                add("ru", "plural office + two countries", fill(frame, plural + " Кыргызстана и Таджикистана", kase),
                        date(), "KG", office, "TJ", office);
                add("ru", "plural office + two countries", fill(frame, plural + " Казахстана, Кыргызстана и России", kase),
                        date(), "KZ", office, "KG", office, "RU", office);
                // «казахстанским и узбекским президентам»
                add("ru", "two adjectives + plural office", fill(frame, "казахстанск" + ADJ_PL[kase] + " и узбекск"
                        + ADJ_PL[kase] + " " + plural, kase), date(), "KZ", office, "UZ", office);
                // «Казахстан и Узбекистан ... Министры иностранных дел двух стран»
                add("ru", "plural office of both countries", "Казахстан и Узбекистан подписали договор о воде. "
                        + fill(frame, plural + " двух стран", kase), date(), "KZ", office, "UZ", office);
                add("ru", "plural office of both countries", "Казахстан и Узбекистан подписали договор о воде. "
                        + fill(frame, plural + " обеих стран", kase), date(), "KZ", office, "UZ", office);
            }
            // «президенту и министру иностранных дел Казахстана»
            String frame = RU_FRAMES.get(kase);
            String pres = RU_OFFICES.get(0).forms().get(kase);
            String fm = RU_OFFICES.get(8).forms().get(kase) + " иностранных дел";
            String pm = RU_OFFICES.get(4).forms().get(kase);
            for (RuCountry c : RU_COUNTRIES.subList(0, 4)) {
                add("ru", "two offices + one country", fill(frame, pres + " и " + fm + " " + c.genitives().get(0), kase)
                        .replace("выступил ", "выступили "), date(), c.code(), P, c.code(), FM);
                add("ru", "two offices + one country", fill(frame, pm + " и " + fm + " " + c.genitives().get(0), kase)
                        .replace("выступил ", "выступили "), date(), c.code(), PM, c.code(), FM);
            }
        }
        // counterparts: «Касым-Жомарт Токаев провёл переговоры со своим узбекским коллегой»
        List<String[]> counterparts = List.of(
                new String[]{"%s провёл переговоры со своим %sим коллегой.", "adj"},
                new String[]{"%s провёл переговоры с %sим визави.", "adj"},
                new String[]{"%s провёл переговоры со своим коллегой из %s.", "gen"},
                new String[]{"%s встретился со своим %sим коллегой в Женеве.", "adj"},
                new String[]{"%s обсудил с %sим коллегой вопросы транзита.", "adj"});
        for (String[] cp : counterparts) {
            for (RuCountry own : RU_COUNTRIES.subList(0, 4)) {
                for (RuCountry other : RU_COUNTRIES.subList(0, 5)) {
                    if (own == other) {
                        continue;
                    }
                    for (Office office : List.of(P, FM)) {
                        LocalDate d = date();
                        Optional<Person> named = holder(own.code(), office, d);
                        if (named.isEmpty() || named.get().names().get("ru") == null) {
                            continue;
                        }
                        String country = cp[1].equals("adj") ? other.adjectives().get(0) : other.genitives().get(0);
                        String text = String.format(cp[0], named.get().names().get("ru"), country);
                        addNamed("ru", "counterpart", text, d, named.get(), other.code(), office);
                    }
                }
            }
        }
        // «наш Президент» in the quoted words of a named foreign minister
        for (RuCountry own : RU_COUNTRIES.subList(0, 4)) {
            for (int i = 0; i < 3; i++) {
                LocalDate d = date();
                Optional<Person> fm = holder(own.code(), FM, d);
                if (fm.isEmpty()) {
                    continue;
                }
                addNamed("ru", "our President (quoted)", "«Наш Президент уделяет особое внимание воде», — сказал "
                        + fm.get().names().get("ru") + ".", d, fm.get(), own.code(), P);
                addNamed("ru", "our President (quoted)", fm.get().names().get("ru") + " отметил: «Наш Президент "
                        + "предложил новую программу».", d, fm.get(), own.code(), P);
            }
        }
        // «Узбекскую сторону представлял министр иностранных дел»
        for (RuCountry c : RU_COUNTRIES.subList(0, 5)) {
            add("ru", "office of a named side", cap(c.adjectives().get(0)) + "ую делегацию возглавил министр иностранных "
                    + "дел.", date(), c.code(), FM);
            add("ru", "office of a named side", "В составе " + c.adjectives().get(0) + "ой делегации находится глава МИД.",
                    date(), c.code(), FM);
        }
    }

    private static final String[] ADJ_PL = {"ий", "ого", "ому", "ого", "им", "ом"};

    private static String fill(String frame, String phrase, int kase) {
        String s = String.format(frame, phrase);
        return kase == 0 ? cap(s) : s;
    }

    // ---------------------------------------------------------------- Kazakh

    /** Kazakh office words in the possessive, then with each case: nom, gen, dat, acc, loc, abl, instr. */
    private record TurkicOffice(Office office, String text, List<String> endings) {
    }

    private static final List<String> KK_FRONT = List.of("і", "інің", "іне", "ін", "інде", "інен", "імен");
    private static final List<String> KK_BACK = List.of("ы", "ының", "ына", "ын", "ында", "ынан", "ымен");
    private static final List<String> KK_FRAMES = List.of(
            "%s форумда сөз сөйледі.", "%s сапары дүйсенбіде басталды.", "%s хат жолданды.",
            "Форумға қатысушылар %s құттықтады.", "Форумда сөз %s болды.", "%s хат келді.",
            "Форумға қатысушылар %s кездесті.");
    private static final List<TurkicOffice> KK_OFFICES = List.of(
            new TurkicOffice(P, "Президент", KK_FRONT),
            new TurkicOffice(PM, "Премьер-Министр", KK_FRONT),
            new TurkicOffice(FM, "Сыртқы істер министр", KK_FRONT),
            new TurkicOffice(FM, "СІМ басшыс", KK_BACK),
            new TurkicOffice(FM, "Сыртқы істер министрлігінің басшыс", KK_BACK),
            new TurkicOffice(PM, "Үкімет басшыс", KK_BACK));
    /** A country as Kazakh writes it before an office: name, genitive, «Республикасының», apposition, abbreviation. */
    private static final Map<String, List<String>> KK_COUNTRIES = Map.of(
            "KZ", List.of("Қазақстан", "Қазақстанның", "Қазақстан Республикасының", "Қазақстан Республикасы", "ҚР"),
            "KG", List.of("Қырғызстан", "Қырғызстанның", "Қырғыз Республикасының", "Қырғыз Республикасы"),
            "UZ", List.of("Өзбекстан", "Өзбекстанның", "Өзбекстан Республикасының", "Өзбекстан Республикасы"),
            "TJ", List.of("Тәжікстан", "Тәжікстанның", "Тәжікстан Республикасының"),
            "RU", List.of("Ресей", "Ресейдің", "Ресей Федерациясының", "РФ"));

    private void kazakh() {
        turkic("kk", KK_OFFICES, KK_COUNTRIES, KK_FRAMES, " мен ");
        for (int kase = 0; kase < 7; kase++) {
            String frame = KK_FRAMES.get(kase);
            // «Қазақстан мен Өзбекстан Президенттерімен»
            List<String> plural = List.of("тері", "терінің", "теріне", "терін", "терінде", "терінен", "терімен");
            add("kk", "plural office + two countries", fill(frame, "Қазақстан мен Өзбекстан Президент" + plural.get(kase),
                    kase), date(), "KZ", P, "UZ", P);
            add("kk", "plural office + two countries", fill(frame, "Қазақстан мен Қырғызстанның сыртқы істер министрл"
                    + List.of("ері", "ерінің", "еріне", "ерін", "ерінде", "ерінен", "ерімен").get(kase), kase), date(),
                    "KZ", FM, "KG", FM);
            // «Қазақстан Президенті мен Сыртқы істер министрі»
            add("kk", "two offices + one country", fill(frame, "Қазақстан Президенті мен Сыртқы істер министр"
                    + KK_FRONT.get(kase), kase), date(), "KZ", P, "KZ", FM);
            // home titles: «Мемлекет басшысы», «Үкімет басшысы»
            add("kk", "home title", fill(frame, "Мемлекет басшыс" + KK_BACK.get(kase), kase), date(), "KZ", P);
            add("kk", "home title", fill(frame, "Үкімет басшыс" + KK_BACK.get(kase), kase), date(), "KZ", PM);
        }
        for (String own : List.of("KZ", "KG", "UZ")) {
            for (String[] other : List.of(new String[]{"UZ", "өзбекстандық"}, new String[]{"KG", "қырғызстандық"},
                    new String[]{"TJ", "тәжікстандық"}, new String[]{"KZ", "қазақстандық"})) {
                if (own.equals(other[0])) {
                    continue;
                }
                for (Office office : List.of(P, FM)) {
                    LocalDate d = date();
                    Optional<Person> named = holder(own, office, d);
                    if (named.isEmpty() || named.get().names().get("kk") == null) {
                        continue;
                    }
                    addNamed("kk", "counterpart", named.get().names().get("kk") + " " + other[1]
                            + " әріптесімен келіссөздер жүргізді.", d, named.get(), other[0], office);
                }
            }
        }
    }

    // ---------------------------------------------------------------- Kyrgyz

    private static final List<String> KY_FRONT = List.of("и", "инин", "ине", "ин", "инде", "инен", "и менен");
    private static final List<String> KY_BACK = List.of("ы", "ынын", "ына", "ын", "ында", "ынан", "ы менен");
    private static final List<String> KY_FRAMES = List.of(
            "%s форумда сөз сүйлөдү.", "%s сапары дүйшөмбүдө башталды.", "%s кат жөнөтүлдү.",
            "Форумдун катышуучулары %s куттуктады.", "Форумда сөз %s болду.", "%s кат келди.",
            "Форумдун катышуучулары %s жолугушту.");
    private static final List<TurkicOffice> KY_OFFICES = List.of(
            new TurkicOffice(P, "Президент", KY_FRONT),
            new TurkicOffice(PM, "Премьер-министр", KY_FRONT),
            new TurkicOffice(FM, "Тышкы иштер министр", KY_FRONT),
            new TurkicOffice(FM, "ТИМ башчыс", KY_BACK),
            new TurkicOffice(FM, "Тышкы иштер министрлигинин башчыс", KY_BACK));
    private static final Map<String, List<String>> KY_COUNTRIES = Map.of(
            "KG", List.of("Кыргызстан", "Кыргызстандын", "Кыргыз Республикасынын", "Кыргыз Республикасы", "КР"),
            "KZ", List.of("Казакстан", "Казакстандын", "Казакстан Республикасынын", "Казакстан Республикасы"),
            "UZ", List.of("Өзбекстан", "Өзбекстандын", "Өзбекстан Республикасынын"),
            "TJ", List.of("Тажикстан", "Тажикстандын", "Тажикстан Республикасынын"),
            "RU", List.of("Орусия", "Орусиянын", "Россия Федерациясынын"));

    private void kyrgyz() {
        turkic("ky", KY_OFFICES, KY_COUNTRIES, KY_FRAMES, " менен ");
        for (int kase = 0; kase < 7; kase++) {
            String frame = KY_FRAMES.get(kase);
            List<String> plural = List.of("тери", "теринин", "терине", "терин", "теринде", "теринен", "тери менен");
            add("ky", "plural office + two countries", fill(frame, "Кыргызстан менен Казакстандын президент"
                    + plural.get(kase), kase), date(), "KG", P, "KZ", P);
            add("ky", "plural office + two countries", fill(frame, "Кыргызстан жана Өзбекстандын тышкы иштер министрл"
                    + List.of("ери", "еринин", "ерине", "ерин", "еринде", "еринен", "ери менен").get(kase), kase), date(),
                    "KG", FM, "UZ", FM);
            add("ky", "two offices + one country", fill(frame, "Кыргызстандын Президенти жана Тышкы иштер министр"
                    + KY_FRONT.get(kase), kase), date(), "KG", P, "KG", FM);
            add("ky", "home title", fill(frame, "Мамлекет башчыс" + KY_BACK.get(kase), kase), date(), "KG", P);
            add("ky", "home title", fill(frame, "Өкмөт башчыс" + KY_BACK.get(kase), kase), date(), "KG", PM);
        }
        for (String own : List.of("KG", "KZ", "UZ")) {
            for (String[] other : List.of(new String[]{"UZ", "өзбекстандык"}, new String[]{"KZ", "казакстандык"},
                    new String[]{"TJ", "тажикстандык"}, new String[]{"KG", "кыргызстандык"})) {
                if (own.equals(other[0])) {
                    continue;
                }
                for (Office office : List.of(P, FM)) {
                    LocalDate d = date();
                    Optional<Person> named = holder(own, office, d);
                    if (named.isEmpty() || named.get().names().get("ky") == null) {
                        continue;
                    }
                    addNamed("ky", "counterpart", named.get().names().get("ky") + " " + other[1]
                            + " кесиптеши менен сүйлөшүү жүргүздү.", d, named.get(), other[0], office);
                }
            }
        }
    }

    private void turkic(String language, List<TurkicOffice> offices, Map<String, List<String>> countries,
                        List<String> frames, String and) {
        for (TurkicOffice office : offices) {
            for (int kase = 0; kase < 7; kase++) {
                String word = office.text() + office.endings().get(kase);
                for (Map.Entry<String, List<String>> c : countries.entrySet()) {
                    for (String form : c.getValue()) {
                        String construction = form.endsWith("ның") || form.endsWith("нің") || form.endsWith("дің")
                                || form.endsWith("нын") || form.endsWith("дын") || form.endsWith("нин")
                                ? "country (genitive) + office" : form.contains(" ") ? "country (apposition) + office"
                                : form.equals(form.toUpperCase()) ? "abbreviation + office" : "country + office";
                        add(language, construction, fill(frames.get(kase), form + " " + word, kase), date(), c.getKey(),
                                office.office());
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- English

    private record EnCountry(String code, List<String> names, List<String> adjectives) {
    }

    private static final List<EnCountry> EN_COUNTRIES = List.of(
            new EnCountry("KZ", List.of("Kazakhstan", "the Republic of Kazakhstan"), List.of("Kazakh", "Kazakhstani")),
            new EnCountry("KG", List.of("Kyrgyzstan", "the Kyrgyz Republic"), List.of("Kyrgyz")),
            new EnCountry("UZ", List.of("Uzbekistan", "the Republic of Uzbekistan"), List.of("Uzbek")),
            new EnCountry("TJ", List.of("Tajikistan", "the Republic of Tajikistan"), List.of("Tajik")),
            new EnCountry("RU", List.of("Russia", "the Russian Federation"), List.of("Russian")),
            new EnCountry("CN", List.of("China", "the People's Republic of China"), List.of("Chinese")));
    private static final List<String> EN_FRAMES = List.of("%s opened the forum on water.",
            "The forum on water heard a speech by %s.", "A letter was sent to %s.", "The delegation met with %s.",
            "The forum thanked %s.");

    private void english() {
        Map<String, Office> offices = new java.util.LinkedHashMap<>();
        offices.put("President", P);
        offices.put("head of state", P);
        offices.put("leader", P);
        offices.put("Prime Minister", PM);
        offices.put("head of government", PM);
        offices.put("premier", PM);
        offices.put("Foreign Minister", FM);
        offices.put("Minister of Foreign Affairs", FM);
        offices.put("top diplomat", FM);
        offices.put("FM", FM);
        for (Map.Entry<String, Office> o : offices.entrySet()) {
            for (int k = 0; k < EN_FRAMES.size(); k++) {
                String frame = EN_FRAMES.get(k);
                for (EnCountry c : EN_COUNTRIES) {
                    for (String name : c.names()) {
                        if (!o.getKey().equals("FM")) {
                            add("en", "office of country", fill(frame, "the " + o.getKey() + " of " + name, k), date(),
                                    c.code(), o.getValue());
                        }
                        add("en", "country's office", fill(frame, name + "'s " + o.getKey(), k), date(), c.code(),
                                o.getValue());
                    }
                    for (String adj : c.adjectives()) {
                        add("en", "adjective + office", fill(frame, "the " + adj + " " + o.getKey(), k), date(),
                                c.code(), o.getValue());
                    }
                }
            }
        }
        for (int k = 0; k < EN_FRAMES.size(); k++) {
            String frame = EN_FRAMES.get(k);
            add("en", "US Secretary of State", fill(frame, "the US Secretary of State", k), date(), "US", FM);
            add("en", "US Secretary of State", fill(frame, "the Secretary of State of the United States", k), date(),
                    "US", FM);
            for (Office office : List.of(P, FM)) {
                String plural = office == P ? "presidents" : "foreign ministers";
                add("en", "plural office + two countries", fill(frame, "the " + plural + " of Kazakhstan and Kyrgyzstan",
                        k), date(), "KZ", office, "KG", office);
                add("en", "two adjectives + plural office", fill(frame, "the Kazakh and Uzbek " + plural, k), date(),
                        "KZ", office, "UZ", office);
                add("en", "plural office of both countries", "Kazakhstan and Uzbekistan signed a water treaty. "
                        + fill(frame, "the " + plural + " of both countries", k), date(), "KZ", office, "UZ", office);
            }
            add("en", "two offices + one country", fill(frame, "the President and Foreign Minister of Kazakhstan", k),
                    date(), "KZ", P, "KZ", FM);
            add("en", "two offices + one country", fill(frame, "Uzbekistan's President and Foreign Minister", k),
                    date(), "UZ", P, "UZ", FM);
        }
        for (EnCountry own : EN_COUNTRIES.subList(0, 4)) {
            for (EnCountry other : EN_COUNTRIES.subList(0, 5)) {
                if (own == other) {
                    continue;
                }
                for (Office office : List.of(P, FM)) {
                    LocalDate d = date();
                    Optional<Person> named = holder(own.code(), office, d);
                    if (named.isEmpty()) {
                        continue;
                    }
                    addNamed("en", "counterpart", named.get().englishName() + " held talks with his " + other.adjectives()
                            .get(0) + " counterpart.", d, named.get(), other.code(), office);
                    addNamed("en", "counterpart", named.get().englishName() + " met his counterpart from "
                            + other.names().get(0) + ".", d, named.get(), other.code(), office);
                }
            }
            LocalDate d = date();
            Optional<Person> fm = holder(own.code(), FM, d);
            fm.ifPresent(f -> addNamed("en", "our President (quoted)", "\"Our President pays great attention to water,\" "
                    + f.englishName() + " said.", d, f, own.code(), P));
        }
    }

    // ---------------------------------------------------------------- titles of one state, first holders, colleagues

    /** The first person to hold the office of the country, by the terms. */
    private Optional<Person> firstHolder(String country, Office office) {
        Person first = null;
        LocalDate from = null;
        for (Person person : kb.people()) {
            for (OfficeTerm term : person.terms()) {
                if (person.country().equals(country) && term.office() == office
                        && (from == null || term.from().isBefore(from))) {
                    first = person;
                    from = term.from();
                }
            }
        }
        return Optional.ofNullable(first);
    }

    private void titlesOfOneState() {
        List<String> secretary = List.of("госсекретарь", "госсекретаря", "госсекретарю", "госсекретаря", "госсекретарём",
                "госсекретаре");
        for (int kase = 0; kase < 6; kase++) {
            String frame = RU_FRAMES.get(kase);
            String adj = ADJ_PL[kase];
            add("ru", "US Secretary of State", fill(frame, secretary.get(kase) + " США", kase), date(), "US", FM);
            add("ru", "US Secretary of State", fill(frame, "американск" + adj + " " + secretary.get(kase), kase), date(),
                    "US", FM);
            add("ru", "Chairman of the PRC", fill(frame, "председател" + SOFT[kase] + " КНР", kase), date(), "CN", P);
            add("ru", "chancellor", fill(frame, "канцлер" + HARD[kase] + " Германии", kase), date(), "DE", PM);
            add("ru", "chancellor", fill(frame, "германск" + adj + " канцлер" + HARD[kase], kase), date(), "DE", PM);
            add("ru", "chancellor", fill(frame, "федеральн" + List.of("ый", "ого", "ому", "ого", "ым", "ом").get(kase)
                    + " канцлер" + HARD[kase] + " ФРГ", kase), date(), "DE", PM);
            for (String[] c : List.of(new String[]{"KZ", "Казахстана"}, new String[]{"KG", "Кыргызстана"},
                    new String[]{"UZ", "Узбекистана"}, new String[]{"TJ", "Таджикистана"})) {
                Optional<Person> first = firstHolder(c[0], P);
                LocalDate d = date();
                if (first.isPresent()) {
                    add("ru", "first holder", fill(frame, List.of("первый", "первого", "первому", "первого", "первым",
                            "первом").get(kase) + " президент" + HARD[kase] + " " + c[1], kase), d);
                    Cell cell = cells.remove(cells.size() - 1);
                    cells.add(new Cell(cell.language(), cell.construction(), cell.text(), d, Set.of(first.get().id())));
                }
            }
        }
        for (int k = 0; k < EN_FRAMES.size(); k++) {
            String frame = EN_FRAMES.get(k);
            add("en", "US Secretary of State", fill(frame, "the Secretary of State", k), date(), "US", FM);
            add("en", "US Secretary of State", fill(frame, "the U.S. Secretary of State", k), date(), "US", FM);
            add("en", "chancellor", fill(frame, "the German Chancellor", k), date(), "DE", PM);
            add("en", "chancellor", fill(frame, "the Chancellor of Germany", k), date(), "DE", PM);
            add("en", "country's office", fill(frame, "the US President", k), date(), "US", P);
            add("en", "country's office", fill(frame, "the President of the United States", k), date(), "US", P);
            add("en", "country's office", fill(frame, "the PRC President", k), date(), "CN", P);
            add("en", "country's office", fill(frame, "the Chinese Premier", k), date(), "CN", PM);
            for (String[] c : List.of(new String[]{"KZ", "Kazakhstan"}, new String[]{"KG", "Kyrgyzstan"},
                    new String[]{"UZ", "Uzbekistan"})) {
                Optional<Person> first = firstHolder(c[0], P);
                if (first.isPresent()) {
                    cells.add(new Cell("en", "first holder", fill(frame, "the first President of " + c[1], k), date(),
                            Set.of(first.get().id())));
                    cells.add(new Cell("en", "first holder", fill(frame, c[1] + "'s first President", k), date(),
                            Set.of(first.get().id())));
                }
            }
            add("en", "plural office + two countries", fill(frame, "the presidents of Kazakhstan, Kyrgyzstan and "
                    + "Uzbekistan", k), date(), "KZ", P, "KG", P, "UZ", P);
            add("en", "plural office of both countries", "Kazakhstan and Uzbekistan signed a water treaty. "
                    + fill(frame, "the foreign ministers of the two countries", k), date(), "KZ", FM, "UZ", FM);
        }
        // colleagues: "his Uzbek colleague", «его узбекский коллега» as the subject of the next sentence
        for (String[] own : List.of(new String[]{"KZ", "Kazakh"}, new String[]{"KG", "Kyrgyz"},
                new String[]{"UZ", "Uzbek"})) {
            for (String[] other : List.of(new String[]{"TJ", "Tajik", "таджикск"}, new String[]{"RU", "Russian",
                    "российск"}, new String[]{"KZ", "Kazakh", "казахстанск"})) {
                if (own[0].equals(other[0])) {
                    continue;
                }
                for (Office office : List.of(P, FM)) {
                    LocalDate d = date();
                    Optional<Person> named = holder(own[0], office, d);
                    if (named.isEmpty()) {
                        continue;
                    }
                    addNamed("en", "counterpart", named.get().englishName() + " held talks with his " + other[1]
                            + " colleague.", d, named.get(), other[0], office);
                    addNamed("ru", "counterpart", named.get().names().get("ru") + " провёл переговоры в понедельник. Его "
                            + other[2] + "ий коллега подписал меморандум.", d, named.get(), other[0], office);
                    addNamed("ru", "counterpart", named.get().names().get("ru") + " принял " + other[2]
                            + "ого коллегу.", d, named.get(), other[0], office);
                }
            }
        }
        // Kazakh and Kyrgyz: titles of one state, a home title after another state, two states' offices in one sentence
        for (int kase = 0; kase < 7; kase++) {
            String kk = KK_FRAMES.get(kase);
            String ky = KY_FRAMES.get(kase);
            add("kk", "US Secretary of State", fill(kk, "АҚШ Мемлекеттік хатшыс" + KK_BACK.get(kase), kase), date(),
                    "US", FM);
            add("kk", "Chairman of the PRC", fill(kk, "ҚХР Төрағас" + KK_BACK.get(kase), kase), date(), "CN", P);
            add("kk", "chancellor", fill(kk, "Германия Федералдық Канцлер" + KK_FRONT.get(kase), kase), date(), "DE", PM);
            add("kk", "country + home title", fill(kk, "Өзбекстан Мемлекет басшыс" + KK_BACK.get(kase), kase), date(),
                    "UZ", P);
            add("kk", "country + home title", fill(kk, "Қырғызстанның Үкімет басшыс" + KK_BACK.get(kase), kase), date(),
                    "KG", PM);
            add("ky", "US Secretary of State", fill(ky, "АКШнын Мамлекеттик катчыс" + KY_BACK.get(kase), kase), date(),
                    "US", FM);
            add("ky", "Chairman of the PRC", fill(ky, "Кытай Эл Республикасынын Төрагас" + KY_BACK.get(kase), kase),
                    date(), "CN", P);
            add("ky", "country + home title", fill(ky, "Казакстандын Мамлекет башчыс" + KY_BACK.get(kase), kase), date(),
                    "KZ", P);
            add("ky", "country + office", fill(ky, "Кыргыз Республикасынын Министрлер Кабинетинин Төрагас"
                    + KY_BACK.get(kase), kase), LocalDate.parse("2023-0" + (1 + kase) + "-10"), "KG", PM);
        }
        for (String[] pair : List.of(new String[]{"Қазақстан", "Тәжікстан Республикасының", "KZ", "TJ"},
                new String[]{"Өзбекстан", "Қырғызстанның", "UZ", "KG"})) {
            add("kk", "two offices of two states", pair[0] + " Сыртқы істер министрі " + pair[1]
                    + " Сыртқы істер министрімен кездесті.", date(), pair[2], FM, pair[3], FM);
            add("kk", "two offices of two states", pair[0] + " Президенті " + pair[1] + " Президентімен телефон арқылы "
                    + "сөйлесті.", date(), pair[2], P, pair[3], P);
        }
        for (String[] pair : List.of(new String[]{"Кыргызстандын", "Казакстан Республикасынын", "KG", "KZ"},
                new String[]{"Өзбекстан", "Тажикстандын", "UZ", "TJ"})) {
            add("ky", "two offices of two states", pair[0] + " Тышкы иштер министри " + pair[1]
                    + " Тышкы иштер министри менен жолукту.", date(), pair[2], FM, pair[3], FM);
            add("ky", "two offices of two states", pair[0] + " Президенти " + pair[1] + " Президенти менен телефон "
                    + "аркылуу сүйлөштү.", date(), pair[2], P, pair[3], P);
        }
        // «біздің Президент», «Президентибиз» in a named foreign minister's words
        for (String own : List.of("KZ", "KG", "UZ")) {
            for (int i = 0; i < 2; i++) {
                LocalDate d = date();
                Optional<Person> fm = holder(own, FM, d);
                if (fm.isEmpty()) {
                    continue;
                }
                addNamed("kk", "our President (quoted)", "«Біздің Президент су мәселесіне ерекше көңіл бөледі», – деді "
                        + fm.get().names().get("kk") + ".", d, fm.get(), own, P);
                addNamed("kk", "our President (quoted)", fm.get().names().get("kk") + ": «Президентіміз жаңа бағдарлама "
                        + "ұсынды».", d, fm.get(), own, P);
                addNamed("ky", "our President (quoted)", "«Биздин Президент суу маселесине өзгөчө көңүл бурат», – деди "
                        + fm.get().names().get("ky") + ".", d, fm.get(), own, P);
                addNamed("ky", "our President (quoted)", fm.get().names().get("ky") + ": «Президентибиз жаңы программаны "
                        + "сунуштады».", d, fm.get(), own, P);
            }
        }
        // plural offices in Kazakh and Kyrgyz with the states before them: «Қазақстан мен Өзбекстан Үкімет басшылары»
        List<String> kkPlural = List.of("ы", "ының", "ына", "ын", "ында", "ынан", "ымен");
        List<String> kyPlural = List.of("", "нын", "на", "н", "нда", "нан", " менен");
        for (int kase = 0; kase < 7; kase++) {
            String kk = KK_FRAMES.get(kase);
            String ky = KY_FRAMES.get(kase);
            for (Object[] o : List.of(new Object[]{"Үкімет басшылар", PM}, new Object[]{"Премьер-Министрлер", PM},
                    new Object[]{"Мемлекет басшылар", P}, new Object[]{"СІМ басшылар", FM})) {
                String ending = ((String) o[0]).endsWith("лер") ? kkPlural.get(kase).replace('ы', 'і') : kkPlural.get(kase);
                add("kk", "plural office + two countries", fill(kk, "Қазақстан мен Өзбекстан " + o[0] + ending, kase),
                        date(), "KZ", o[1], "UZ", o[1]);
            }
            for (Object[] o : List.of(new Object[]{"өкмөт башчылары", PM}, new Object[]{"премьер-министрлери", PM},
                    new Object[]{"мамлекет башчылары", P}, new Object[]{"ТИМ башчылары", FM})) {
                String word = (String) o[0];
                String ending = kyPlural.get(kase);
                if (word.endsWith("и")) {
                    ending = ending.replace("ын", "ин").replace("на", "не").replace("нда", "нде").replace("нан", "нен");
                }
                add("ky", "plural office + two countries", fill(ky, "Кыргызстан менен Өзбекстандын " + word + ending,
                        kase), date(), "KG", o[1], "UZ", o[1]);
            }
        }
        // the head of state who receives a delegation in his capital: «... будет принят главой государства»
        for (String[] host : List.of(new String[]{"TM", "Ашхабад", "Ashgabat"}, new String[]{"UZ", "Ташкент",
                "Tashkent"}, new String[]{"KG", "Бишкек", "Bishkek"})) {
            for (String[] guest : List.of(new String[]{"KZ", "Казахстана", "Kazakhstan"}, new String[]{"TJ",
                    "Таджикистана", "Tajikistan"})) {
                add("ru", "host's head of state", "В " + host[1] + " прибыла делегация " + guest[1] + ". Её возглавляет "
                        + "министр иностранных дел, который будет принят главой государства.", date(), guest[0], FM,
                        host[0], P);
                add("ru", "host's head of state", "Министр иностранных дел " + guest[1] + " прибыл в " + host[1]
                        + ". Его принял глава государства.", date(), guest[0], FM, host[0], P);
                add("en", "host's head of state", "The Foreign Minister of " + guest[2] + " arrived in " + host[2]
                        + ", where he was received by the Head of State.", date(), guest[0], FM, host[0], P);
            }
        }
        // one person in two offices: the deputy prime minister who is also the foreign minister
        for (int kase = 0; kase < 7; kase++) {
            add("kk", "deputy PM – FM", fill(KK_FRAMES.get(kase), "Қазақстан Республикасы Премьер-Министрінің орынбасары – "
                    + "Сыртқы істер министр" + KK_FRONT.get(kase), kase), date(), "KZ", FM);
            add("ky", "deputy PM – FM", fill(KY_FRAMES.get(kase), "Кыргыз Республикасынын Министрлер Кабинетинин Төрагасынын "
                    + "орун басары – Тышкы иштер министр" + KY_FRONT.get(kase), kase), date(), "KG", FM);
        }
        for (int kase = 0; kase < 6; kase++) {
            add("ru", "deputy PM – FM", fill(RU_FRAMES.get(kase), List.of("заместитель", "заместителя", "заместителю",
                    "заместителя", "заместителем", "заместителе").get(kase) + " премьер-министра – " + RU_OFFICES.get(8)
                    .forms().get(kase) + " иностранных дел Казахстана", kase), date(), "KZ", FM);
        }
        for (int k = 0; k < EN_FRAMES.size(); k++) {
            add("en", "deputy PM – FM", fill(EN_FRAMES.get(k), "Kazakhstan's Deputy Prime Minister – Foreign Minister", k),
                    date(), "KZ", FM);
            add("en", "deputy PM – FM", fill(EN_FRAMES.get(k), "the Deputy Prime Minister and Foreign Minister of "
                    + "Uzbekistan", k), date(), "UZ", FM);
        }
        // «наш Президент» in an ambassador's words
        for (String[] c : List.of(new String[]{"KZ", "Казахстана", "Kazakhstan"}, new String[]{"KG", "Кыргызстана",
                "Kyrgyzstan"}, new String[]{"UZ", "Узбекистана", "Uzbekistan"})) {
            add("ru", "our President (quoted)", "«Наш Президент уделяет особое внимание воде», — сказал посол " + c[1]
                    + " в Германии.", date(), c[0], P, "DE", null);
            add("en", "our President (quoted)", "\"Our President pays great attention to water,\" said the Ambassador of "
                    + c[2] + " to Germany.", date(), c[0], P, "DE", null);
        }
        // the capitalised «Президент» of a release, with the other state's president named beside it
        for (String[] home : List.of(new String[]{"KZ", "Казахстан", "Қазақстан", "Казакстан", "Kazakhstan"},
                new String[]{"KG", "Кыргызстан", "Қырғызстан", "Кыргызстан", "Kyrgyzstan"},
                new String[]{"UZ", "Узбекистан", "Өзбекстан", "Өзбекстан", "Uzbekistan"})) {
            for (String[] other : List.of(new String[]{"TM", "Туркменистана", "Түркіменстан", "Түркмөнстандын",
                    "Turkmenistan"}, new String[]{"TJ", "Таджикистана", "Тәжікстан", "Тажикстандын", "Tajikistan"})) {
                add("ru", "capitalised President of the release", "Президент провёл телефонный разговор с президентом "
                        + other[1] + ". " + home[1] + " и " + other[1].substring(0, other[1].length() - 1)
                        + " обсудили транзит.", date(), home[0], P, other[0], P);
                add("kk", "capitalised President of the release", "Президент " + other[2] + " Президентімен телефон "
                        + "арқылы сөйлесті. " + home[2] + " транзитті талқылады.", date(), home[0], P, other[0], P);
                add("ky", "capitalised President of the release", "Президент " + other[3] + " Президенти менен телефон "
                        + "аркылуу сүйлөштү. " + home[3] + " транзитти талкуулады.", date(), home[0], P, other[0], P);
                add("en", "capitalised President of the release", "The President held a phone call with the President "
                        + "of " + other[4] + ". " + home[4] + " discussed transit.", date(), home[0], P, other[0], P);
            }
            // a name after the title is the one meant, not the release's own head of state
            LocalDate d = date();
            holder("RU", P, d).ifPresent(ru -> {
                cells.add(new Cell("en", "capitalised President before a name", "President " + ru.englishName()
                        + " visited " + home[4] + ".", d, Set.of(ru.id())));
                cells.add(new Cell("ru", "capitalised President before a name", "Президент " + ru.names().get("ru")
                        + " посетил " + home[1] + ".", d, Set.of(ru.id())));
            });
        }
        for (int k = 0; k < EN_FRAMES.size(); k++) {
            add("en", "plural office + two countries", fill(EN_FRAMES.get(k), "the Ministers of Foreign Affairs of "
                    + "Kazakhstan and Kyrgyzstan", k), date(), "KZ", FM, "KG", FM);
        }
        // «министры иностранных дел двух стран» after a sentence naming both by adjective and place
        for (int kase = 0; kase < 6; kase++) {
            add("ru", "plural office of both countries", "Казахстанско-узбекские переговоры прошли в Ташкенте. "
                    + fill(RU_PLURAL_FRAMES.get(kase), RU_PLURALS.get(FM).get(kase) + " двух государств", kase), date(),
                    "KZ", FM, "UZ", FM);
        }
    }

    // ---------------------------------------------------------------- what must stay unresolved

    private void negatives() {
        List<String[]> none = List.of(
                new String[]{"ru", "Пресс-секретарь президента Казахстана выступил на брифинге."},
                new String[]{"ru", "Помощник президента Узбекистана прибыл на форум."},
                new String[]{"ru", "Администрация Президента Кыргызстана опубликовала заявление."},
                new String[]{"ru", "Советник министра иностранных дел Таджикистана выступил на форуме."},
                new String[]{"ru", "Заместитель министра иностранных дел Казахстана выступил на форуме."},
                new String[]{"ru", "Бывший президент Кыргызстана выступил на форуме."},
                new String[]{"ru", "Лидеры стран СНГ собрались на саммит."},
                new String[]{"ru", "Главы государств СНГ подписали заявление."},
                new String[]{"ru", "Генеральный секретарь ООН выступил на форуме."},
                new String[]{"ru", "Генеральный секретарь ШОС выступил на форуме в Казахстане."},
                new String[]{"ru", "Комиссия при Президенте Казахстана подготовила доклад."},
                new String[]{"ru", "Пресс-служба главы МИД Узбекистана сообщила о встрече."},
                new String[]{"ru", "Экс-президент Кыргызстана выступил на форуме."},
                new String[]{"ru", "Генсек ОДКБ встретился с главами МИД стран СНГ."},
                new String[]{"ru", "Совет министров иностранных дел СНГ собрался в Минске."},
                new String[]{"ru", "Кандидат в президенты Кыргызстана выступил на форуме."},
                new String[]{"ru", "Выборы президента Узбекистана назначены на декабрь."},
                new String[]{"en", "The Council of Foreign Ministers of the CIS met in Minsk."},
                new String[]{"en", "The UN Secretary-General visited Kazakhstan."},
                new String[]{"en", "A candidate for president of Kyrgyzstan spoke at the forum."},
                new String[]{"en", "The spokesman for the Foreign Minister of Kazakhstan held a briefing."},
                new String[]{"kk", "Қазақстан Президентінің баспасөз хатшысы брифинг өткізді."},
                new String[]{"kk", "Қазақстан Сыртқы істер министрінің орынбасары форумда сөз сөйледі."},
                new String[]{"kk", "Қазақстан Президентінің кеңесшісі форумда сөз сөйледі."},
                new String[]{"kk", "Қазақстан Президенті Әкімшілігінің басшысы форумда сөз сөйледі."},
                new String[]{"ky", "Кыргызстандын Президентинин басма сөз катчысы брифинг өткөрдү."},
                new String[]{"ky", "Кыргызстандын Тышкы иштер министринин орун басары форумда сүйлөдү."},
                new String[]{"ky", "Кыргызстандын мурунку президенти форумда сүйлөдү."},
                new String[]{"en", "The press secretary of the President of Kazakhstan held a briefing."},
                new String[]{"en", "An aide to the President of Uzbekistan arrived at the forum."},
                new String[]{"en", "The Deputy Foreign Minister of Kazakhstan opened the forum."},
                new String[]{"en", "The former president of Kyrgyzstan opened the forum."},
                new String[]{"en", "The leaders of the CIS states met in Minsk."},
                new String[]{"en", "The Secretary-General of the SCO visited Kazakhstan."},
                new String[]{"en", "The Presidential Administration of Kazakhstan issued a statement."},
                new String[]{"ru", "Казахстанская компания избрала нового президента. Президент компании выступил."},
                new String[]{"ru", "В Казахстане прошёл турнир. Президент федерации вручил кубок."},
                new String[]{"en", "A Kazakh company elected a new head. The President of the company spoke."},
                new String[]{"kk", "Қазақстандық компания жиналыс өткізді. Компания Президенті сөз сөйледі."});
        for (String[] n : none) {
            cells.add(new Cell(n[0], "must stay unresolved", n[1], date(), Set.of()));
        }
    }
}
