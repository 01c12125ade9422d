package org.communique.enrichment.tagger;

import org.communique.enrichment.tagger.kb.KnowledgeBase;
import org.communique.enrichment.tagger.kb.Office;
import org.communique.enrichment.tagger.kb.Person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Composes role-only sentences from the words real copy uses for the core offices, where {@link RoleParadigm} composes
 * them from the forms of the usual ones: synonyms («глава дипведомства», «шеф МИД», «глава кабинета», «хозяин Кремля»,
 * "the foreign ministry chief", «Үкіметінің басшысы», «Өкмөтүнүн башчысы»), each with its country as a name, an
 * official name, an abbreviation, an adjective inside or before the phrase, or a word referring back to the state just
 * named, in every case, on dates across 1997-2026; and the offices whose country only the context gives — a dateline,
 * the speaker of a quotation, «оба президента» after two states, a counterpart, «высокий гость». The expected people
 * are read off the knowledge base's terms for the sentence's date; a cell whose office had no single holder is left out.
 */
final class RoleLexicon {

    record Cell(String language, String construction, String text, LocalDate date, Set<String> expected) {
    }

    /**
     * Marks a row the tagger does not read yet, printed in the matrix but not asserted. None is open since session 17
     * (two counterparts at once, "his Kazakh and Tajik counterparts", the last to be read).
     */
    static final String OPEN = " (open)";

    private static final List<LocalDate> DATES = List.of(LocalDate.parse("1997-09-22"), LocalDate.parse("2001-03-05"),
            LocalDate.parse("2008-11-20"), LocalDate.parse("2014-09-12"), LocalDate.parse("2019-11-28"),
            LocalDate.parse("2023-04-18"), LocalDate.parse("2026-03-10"));

    private static final Office P = Office.PRESIDENT;
    private static final Office PM = Office.PRIME_MINISTER;
    private static final Office FM = Office.FOREIGN_MINISTER;

    // ---------------------------------------------------------------- Russian

    private static final String[] HARD = {"", "а", "у", "а", "ом", "е"};
    private static final String[] GLAVA = {"а", "ы", "е", "у", "ой", "е"};
    private static final String[] SOFT = {"ь", "я", "ю", "я", "ем", "е"};
    private static final String[] ADJ_M = {"ий", "ого", "ому", "ого", "им", "ом"};

    /** The ways a Russian wording takes its country. */
    private enum Form { NAME, OFFICIAL, ABBREVIATION, ADJECTIVE_INSIDE, ADJECTIVE_BEFORE, BACK }

    /**
     * A Russian wording: the noun (stem and case endings), the words after it that do not change («дипведомства»), the
     * country forms it takes, the word that refers back to a state (BACK), and the states it is limited to.
     */
    private record RuWording(Office office, String stem, String[] endings, String tail, Set<Form> forms, String back,
                             Set<String> only) {

        String word(int kase) {
            return stem + endings[kase];
        }

        String label() {
            return (stem + endings[0] + (tail.isEmpty() ? "" : " " + tail)).trim();
        }
    }

    private static RuWording ru(Office office, String stem, String[] endings, String tail, String back, Form... forms) {
        return new RuWording(office, stem, endings, tail, Set.of(forms), back, Set.of());
    }

    private static RuWording only(Office office, String stem, String[] endings, String tail, String country,
                                  Form... forms) {
        return new RuWording(office, stem, endings, tail, Set.of(forms), null, Set.of(country));
    }

    private static final Form NAME = Form.NAME;
    private static final Form OFFICIAL = Form.OFFICIAL;
    private static final Form ABBR = Form.ABBREVIATION;
    private static final Form INSIDE = Form.ADJECTIVE_INSIDE;
    private static final Form BEFORE = Form.ADJECTIVE_BEFORE;
    private static final Form BACK = Form.BACK;

    private static final List<RuWording> RU_WORDINGS = List.of(
            // the foreign minister
            ru(FM, "глав", GLAVA, "дипведомства", "страны", NAME, OFFICIAL, ABBR, INSIDE, BACK),
            ru(FM, "руководител", SOFT, "дипведомства", "страны", NAME, OFFICIAL, ABBR, INSIDE, BACK),
            ru(FM, "глав", GLAVA, "МИДа", "страны", NAME, OFFICIAL, ABBR, INSIDE, BACK),
            ru(FM, "шеф", HARD, "МИД", "страны", NAME, OFFICIAL, ABBR, INSIDE, BACK),
            ru(FM, "шеф", HARD, "МИДа", null, NAME, ABBR, INSIDE),
            ru(FM, "глав", GLAVA, "внешнеполитического ведомства", "республики", NAME, OFFICIAL, ABBR, INSIDE, BACK),
            ru(FM, "руководител", SOFT, "внешнеполитического ведомства", "страны", NAME, OFFICIAL, INSIDE, BACK),
            ru(FM, "шеф", HARD, "внешнеполитического ведомства", null, NAME, INSIDE),
            ru(FM, "глав", GLAVA, "Министерства иностранных дел", "страны", NAME, OFFICIAL, BACK),
            ru(FM, "Министр", HARD, "Иностранных Дел", null, NAME, OFFICIAL, ABBR),
            ru(FM, "глав", GLAVA, "МИД", "республики", BACK),
            // the president
            ru(P, "глав", GLAVA, "государства", null, INSIDE),
            ru(P, "глав", GLAVA, "", "республики", OFFICIAL, BACK),
            ru(P, "президент", HARD, "", "республики", BACK),
            ru(P, "президент", HARD, "", "страны", BACK),
            ru(P, "лидер", HARD, "", null, NAME, ABBR, BEFORE),
            ru(P, "руководител", SOFT, "государства", null, INSIDE),
            only(P, "Председател", SOFT, "", "CN", NAME, ABBR),
            // the head of government
            ru(PM, "глав", GLAVA, "кабинета", "страны", NAME, ABBR, INSIDE, BACK),
            ru(PM, "глав", GLAVA, "правительства", "страны", NAME, OFFICIAL, ABBR, INSIDE, BACK),
            ru(PM, "руководител", SOFT, "правительства", "республики", NAME, INSIDE, BACK),
            ru(PM, "премьер-министр", HARD, "", "республики", BACK),
            ru(PM, "премьер", HARD, "", "страны", NAME, BEFORE, BACK),
            ru(PM, "председател", SOFT, "правительства", "страны", NAME, INSIDE, BACK));

    /** A state as a Russian text names it. */
    private record RuCountry(String code, String nominative, String name, String official, String abbreviation,
                             String adjective) {
    }

    private static final List<RuCountry> RU_COUNTRIES = List.of(
            new RuCountry("KZ", "Казахстан", "Казахстана", "Республики Казахстан", "РК", "казахстанск"),
            new RuCountry("KG", "Кыргызстан", "Киргизии", "Кыргызской Республики", "КР", "кыргызск"),
            new RuCountry("UZ", "Узбекистан", "Узбекистана", "Республики Узбекистан", "РУз", "узбекск"),
            new RuCountry("TJ", "Таджикистан", "Таджикистана", "Республики Таджикистан", "РТ", "таджикск"),
            new RuCountry("RU", "Россия", "России", "Российской Федерации", "РФ", "российск"),
            new RuCountry("CN", "Китай", "Китая", "Китайской Народной Республики", "КНР", "китайск"),
            new RuCountry("TM", "Туркменистан", "Туркмении", "Туркменистана", null, "туркменск"));

    private static final List<String> RU_FRAMES = List.of(
            "%s выступил на открытии саммита.",
            "Выступление %s открыло саммит.",
            "Слово на саммите было предоставлено %s.",
            "Участники саммита тепло приветствовали %s.",
            "Участники саммита встретились с %s.",
            "На саммите много говорили о %s.");

    private final KnowledgeBase kb;
    private final List<Cell> cells = new ArrayList<>();
    private int next;

    private RoleLexicon(KnowledgeBase kb) {
        this.kb = kb;
    }

    static List<Cell> cells(KnowledgeBase kb) {
        RoleLexicon l = new RoleLexicon(kb);
        l.russian();
        l.russianTitlesOfOneState();
        l.english();
        l.headlines();
        l.kazakh();
        l.kyrgyz();
        l.datelines();
        l.quotations();
        l.pairs();
        l.counterparts();
        l.guests();
        l.negatives();
        return l.cells;
    }

    private LocalDate date() {
        return DATES.get(next++ % DATES.size());
    }

    private Optional<Person> holder(String country, Office office, LocalDate date) {
        return RoleParadigm.holder(kb, country, office, date);
    }

    /** Adds a cell when every (country, office) pair had one holder on the date; {@code named} people are expected too. */
    private void add(String language, String construction, String text, LocalDate date, List<Person> named,
                     Object... countryOffice) {
        Set<String> expected = new LinkedHashSet<>();
        named.forEach(p -> expected.add(p.id()));
        for (int i = 0; i < countryOffice.length; i += 2) {
            Optional<Person> h = holder((String) countryOffice[i],
                    RoleParadigm.leaderOffice((String) countryOffice[i], (Office) countryOffice[i + 1], text), date);
            if (h.isEmpty()) {
                return;
            }
            expected.add(h.get().id());
        }
        cells.add(new Cell(language, construction, text, date, expected));
    }

    private void add(String language, String construction, String text, LocalDate date, Object... countryOffice) {
        add(language, construction, text, date, List.of(), countryOffice);
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String fill(String frame, String phrase) {
        String s = String.format(frame, phrase);
        return cap(s);
    }

    private void russian() {
        for (RuWording w : RU_WORDINGS) {
            for (int kase = 0; kase < 6; kase++) {
                String frame = RU_FRAMES.get(kase);
                String word = w.word(kase);
                String phrase = w.tail().isEmpty() ? word : word + " " + w.tail();
                for (RuCountry c : RU_COUNTRIES) {
                    if (!w.only().isEmpty() && !w.only().contains(c.code())) {
                        continue;
                    }
                    if (w.tail().equals("кабинета") && c.code().equals("UZ")) {
                        // left out: Uzbekistan's president chaired its Cabinet of Ministers until 2003, so «глава
                        // кабинета Узбекистана» is ambiguous on the paradigm's early dates
                        continue;
                    }
                    String row = "ru | " + w.label() + " | ";
                    if (w.forms().contains(NAME)) {
                        add("ru", row + "country (genitive)", fill(frame, phrase + " " + c.name()), date(), c.code(),
                                w.office());
                    }
                    if (w.forms().contains(OFFICIAL)) {
                        add("ru", row + "official name", fill(frame, phrase + " " + c.official()), date(), c.code(),
                                w.office());
                    }
                    if (w.forms().contains(ABBR) && c.abbreviation() != null) {
                        add("ru", row + "abbreviation", fill(frame, phrase + " " + c.abbreviation()), date(), c.code(),
                                w.office());
                    }
                    if (w.forms().contains(INSIDE)) {
                        // «главой казахстанского дипведомства»
                        add("ru", row + "adjective inside", fill(frame, word + " " + c.adjective() + "ого " + w.tail()),
                                date(), c.code(), w.office());
                    }
                    if (w.forms().contains(BEFORE)) {
                        // «казахстанскому лидеру»
                        add("ru", row + "adjective before", fill(frame, c.adjective() + ADJ_M[kase] + " " + word),
                                date(), c.code(), w.office());
                    }
                    if (w.forms().contains(BACK) && w.back() != null
                            && (!w.back().equals("республики") || !List.of("RU", "CN", "TM").contains(c.code()))) {
                        // «Казахстан принимает саммит. Глава дипведомства страны выступил ...»
                        add("ru", row + "state named before + «" + w.back() + "»", c.nominative()
                                + " принимает саммит ЕАЭС. " + fill(frame, phrase + " " + w.back()), date(), c.code(),
                                w.office());
                    }
                }
            }
        }
    }

    /** Offices of one state, named by its seat of power or by a title only it has. */
    private void russianTitlesOfOneState() {
        List<Object[]> titles = List.of(
                new Object[]{"глав", GLAVA, "Госдепа", "US", FM},
                new Object[]{"глав", GLAVA, "Госдепа США", "US", FM},
                new Object[]{"шеф", HARD, "Госдепа", "US", FM},
                new Object[]{"глав", GLAVA, "Форин-офиса", "GB", FM},
                new Object[]{"глав", GLAVA, "британского МИД", "GB", FM},
                new Object[]{"глав", GLAVA, "Белого дома", "US", P},
                new Object[]{"хозяин", HARD, "Белого дома", "US", P},
                new Object[]{"хозяин", HARD, "Кремля", "RU", P},
                new Object[]{"Председател", SOFT, "КНР", "CN", P},
                new Object[]{"лидер", HARD, "КНР", "CN", P},
                new Object[]{"Председател", SOFT, "Китайской Народной Республики", "CN", P});
        for (Object[] t : titles) {
            for (int kase = 0; kase < 6; kase++) {
                String phrase = t[0] + ((String[]) t[1])[kase] + " " + t[2];
                add("ru", "ru | " + t[0] + ((String[]) t[1])[0] + " " + t[2] + " | title of one state",
                        fill(RU_FRAMES.get(kase), phrase), date(), t[3], t[4]);
            }
        }
    }

    // ---------------------------------------------------------------- English

    /** A state as an English text names it. */
    private record EnCountry(String code, String name, String official, String adjective) {
    }

    private static final List<EnCountry> EN_COUNTRIES = List.of(
            new EnCountry("KZ", "Kazakhstan", "the Republic of Kazakhstan", "Kazakh"),
            new EnCountry("KG", "Kyrgyzstan", "the Kyrgyz Republic", "Kyrgyz"),
            new EnCountry("UZ", "Uzbekistan", "the Republic of Uzbekistan", "Uzbek"),
            new EnCountry("TJ", "Tajikistan", "the Republic of Tajikistan", "Tajik"),
            new EnCountry("RU", "Russia", "the Russian Federation", "Russian"),
            new EnCountry("CN", "China", "the People's Republic of China", "Chinese"),
            new EnCountry("TM", "Turkmenistan", "Turkmenistan", "Turkmen"));

    private static final List<String> EN_FRAMES = List.of("%s opened the summit.",
            "The summit heard a speech by %s.", "A letter was sent to %s.", "The delegation met with %s.",
            "The summit applauded %s.");

    /** An English wording, {@code %a} the adjective, {@code %n} the name, {@code %o} the official name. */
    private record EnWording(Office office, String label, List<String> patterns) {
    }

    private static final List<EnWording> EN_WORDINGS = List.of(
            new EnWording(P, "Kazakh President (no article)", List.of("%a President")),
            new EnWording(P, "President of the Kyrgyz Republic (no article)", List.of("President of %o")),
            new EnWording(P, "leader", List.of("%n's leader", "the %a leader", "the leader of %n")),
            new EnWording(P, "head of state", List.of("the %a head of state", "%n's head of state",
                    "the head of state of %n")),
            new EnWording(PM, "premier", List.of("the %a premier", "%n's premier")),
            new EnWording(PM, "head of government", List.of("the %a head of government", "%n's head of government",
                    "the head of the %a government")),
            new EnWording(FM, "foreign ministry chief", List.of("the %a foreign ministry chief",
                    "%n's foreign ministry chief")),
            new EnWording(FM, "head of the foreign ministry", List.of("the head of the %a Foreign Ministry",
                    "the head of %n's foreign ministry", "the head of the Foreign Ministry of %n",
                    "head of the Ministry of Foreign Affairs of %o")),
            new EnWording(FM, "foreign affairs chief", List.of("the %a foreign affairs chief")),
            new EnWording(FM, "top diplomat", List.of("the %a top diplomat", "%n's top diplomat")));

    private void english() {
        for (EnWording w : EN_WORDINGS) {
            for (String pattern : w.patterns()) {
                for (int k = 0; k < EN_FRAMES.size(); k++) {
                    for (EnCountry c : EN_COUNTRIES) {
                        String phrase = pattern.replace("%a", c.adjective()).replace("%n", c.name())
                                .replace("%o", c.official());
                        String form = pattern.contains("%a") ? "adjective" : pattern.contains("%o") ? "official name"
                                : pattern.startsWith("%n") ? "possessive" : "of + name";
                        add("en", "en | " + w.label() + " | " + form, fill(EN_FRAMES.get(k), phrase), date(), c.code(),
                                w.office());
                    }
                }
            }
        }
        for (int k = 0; k < EN_FRAMES.size(); k++) {
            String frame = EN_FRAMES.get(k);
            for (EnCountry c : EN_COUNTRIES) {
                // "Kazakhstan hosts the summit. The country's top diplomat ..."
                for (Object[] o : List.of(new Object[]{"top diplomat", FM}, new Object[]{"foreign minister", FM},
                        new Object[]{"president", P}, new Object[]{"prime minister", PM},
                        new Object[]{"leader", P})) {
                    add("en", "en | " + o[0] + " | the country's", c.name() + " hosts the EAEU summit. "
                            + fill(frame, "the country's " + o[0]), date(), c.code(), o[1]);
                }
            }
            add("en", "en | Kremlin leader | title of one state", fill(frame, "the Kremlin leader"), date(), "RU", P);
            add("en", "en | Chinese leader | title of one state", fill(frame, "the Chinese leader"), date(), "CN", P);
            add("en", "en | Secretary of State | title of one state", fill(frame, "the Secretary of State"), date(),
                    "US", FM);
            add("en", "en | Secretary of State | title of one state", fill(frame, "US Secretary of State"), date(),
                    "US", FM);
            add("en", "en | Foreign Secretary | title of one state", fill(frame, "the British Foreign Secretary"), date(),
                    "GB", FM);
            add("en", "en | Foreign Secretary | title of one state", fill(frame, "the UK Foreign Secretary"), date(),
                    "GB", FM);
            add("en", "en | Foreign Secretary | title of one state", fill(frame, "the Foreign Secretary"), date(),
                    "GB", FM);
        }
    }

    /** Headlines: no article, no verb of saying — "Kazakh FM in Bishkek", "Uzbek PM to visit Astana". */
    private void headlines() {
        List<Object[]> patterns = List.of(new Object[]{"%a FM in Berlin", FM}, new Object[]{"%a PM to visit Berlin", PM},
                new Object[]{"%a Foreign Minister in Berlin", FM}, new Object[]{"%a Prime Minister to visit Berlin", PM},
                new Object[]{"%a leader to visit Berlin", P}, new Object[]{"%n's PM in Berlin", PM},
                new Object[]{"%a President arrives in Berlin", P});
        for (Object[] o : patterns) {
            for (EnCountry c : EN_COUNTRIES) {
                String text = ((String) o[0]).replace("%a", c.adjective()).replace("%n", c.name());
                add("en", "en | headline | " + ((String) o[0]).replace("%a ", "").replace(" in Berlin", "")
                        .replace(" to visit Berlin", "").replace(" arrives", ""), text, date(), c.code(), o[1]);
            }
        }
    }

    // ---------------------------------------------------------------- Kazakh and Kyrgyz

    private static final List<String> KK_BACK = List.of("ы", "ының", "ына", "ын", "ында", "ынан", "ымен");
    private static final List<String> KK_FRONT = List.of("і", "інің", "іне", "ін", "інде", "інен", "імен");
    private static final List<String> KK_FRAMES = List.of(
            "%s саммиттің ашылуында сөз сөйледі.", "%s сапары сәрсенбіде басталды.", "%s хат жолданды.",
            "Саммитке қатысушылар %s қарсы алды.", "Саммитте сөз %s берілді.", "%s жауап хат келді.",
            "Саммитке қатысушылар %s кездесті.");
    private static final List<String> KY_BACK = List.of("ы", "ынын", "ына", "ын", "ында", "ынан", "ы менен");
    private static final List<String> KY_FRONT = List.of("и", "инин", "ине", "ин", "инде", "инен", "и менен");
    private static final List<String> KY_UU = List.of("ү", "үнүн", "үнө", "үн", "үндө", "үнөн", "ү менен");
    private static final List<String> KY_FRAMES = List.of(
            "%s саммиттин ачылышында сөз сүйлөдү.", "%s сапары шаршембиде башталды.", "%s кат жөнөтүлдү.",
            "Саммиттин катышуучулары %s тосуп алышты.", "Саммитте сөз %s берилди.", "%s жооп кат келди.",
            "Саммиттин катышуучулары %s жолугушту.");

    /** A Turkic wording: the words before the case ending, the endings, and the state forms put before it. */
    private record TurkicWording(Office office, String label, String text, List<String> endings) {
    }

    private static final List<TurkicWording> KK_WORDINGS = List.of(
            new TurkicWording(FM, "Сыртқы істер министрлігінің басшысы", "Сыртқы істер министрлігінің басшыс", KK_BACK),
            new TurkicWording(FM, "СІМ басшысы", "СІМ басшыс", KK_BACK),
            new TurkicWording(FM, "Сыртқы істер министрі", "Сыртқы істер министр", KK_FRONT),
            new TurkicWording(FM, "сыртқы саяси ведомствосының басшысы", "сыртқы саяси ведомствосының басшыс", KK_BACK),
            new TurkicWording(PM, "Үкімет басшысы", "Үкімет басшыс", KK_BACK),
            new TurkicWording(PM, "Үкіметінің басшысы", "Үкіметінің басшыс", KK_BACK),
            new TurkicWording(PM, "Премьер-Министрі", "Премьер-Министр", KK_FRONT),
            new TurkicWording(P, "Мемлекет басшысы", "Мемлекет басшыс", KK_BACK),
            new TurkicWording(P, "Президенті", "Президент", KK_FRONT));

    private static final List<TurkicWording> KY_WORDINGS = List.of(
            new TurkicWording(FM, "Тышкы иштер министрлигинин башчысы", "Тышкы иштер министрлигинин башчыс", KY_BACK),
            new TurkicWording(FM, "ТИМ башчысы", "ТИМ башчыс", KY_BACK),
            new TurkicWording(FM, "Тышкы иштер министри", "Тышкы иштер министр", KY_FRONT),
            new TurkicWording(FM, "тышкы саясий ведомствосунун башчысы", "тышкы саясий ведомствосунун башчыс", KY_BACK),
            new TurkicWording(PM, "Өкмөт башчысы", "Өкмөт башчыс", KY_BACK),
            new TurkicWording(PM, "Өкмөтүнүн башчысы", "Өкмөтүнүн башчыс", KY_BACK),
            new TurkicWording(PM, "Премьер-министри", "Премьер-министр", KY_FRONT),
            new TurkicWording(P, "Мамлекет башчысы", "Мамлекет башчыс", KY_BACK),
            new TurkicWording(P, "Президенти", "Президент", KY_FRONT));

    /** Kazakh state forms before an office: name, genitive, «Республикасының», abbreviation. */
    private static final List<String[]> KK_STATES = List.of(
            new String[]{"KZ", "Қазақстан", "Қазақстанның", "Қазақстан Республикасының", "ҚР"},
            new String[]{"KG", "Қырғызстан", "Қырғызстанның", "Қырғыз Республикасының", null},
            new String[]{"UZ", "Өзбекстан", "Өзбекстанның", "Өзбекстан Республикасының", null},
            new String[]{"TJ", "Тәжікстан", "Тәжікстанның", "Тәжікстан Республикасының", null},
            new String[]{"RU", "Ресей", "Ресейдің", "Ресей Федерациясының", "РФ"});
    private static final List<String[]> KY_STATES = List.of(
            new String[]{"KG", "Кыргызстан", "Кыргызстандын", "Кыргыз Республикасынын", "КР"},
            new String[]{"KZ", "Казакстан", "Казакстандын", "Казакстан Республикасынын", null},
            new String[]{"UZ", "Өзбекстан", "Өзбекстандын", "Өзбекстан Республикасынын", null},
            new String[]{"TJ", "Тажикстан", "Тажикстандын", "Тажикстан Республикасынын", null},
            new String[]{"RU", "Орусия", "Орусиянын", "Россия Федерациясынын", "РФ"});

    private void kazakh() {
        turkic("kk", KK_WORDINGS, KK_STATES, KK_FRAMES);
        for (int kase = 0; kase < 7; kase++) {
            // a bare office in a Kazakh text is the writer's own state's, when the text names that state at all (here by
            // its capital): with no state named, HomeOffices leaves such an office unresolved on purpose
            for (String[] bare : List.of(new String[]{"Сыртқы істер министрлігінің басшыс", "FM"},
                    new String[]{"СІМ басшыс", "FM"}, new String[]{"Үкімет басшыс", "PM"},
                    new String[]{"Мемлекет басшыс", "P"})) {
                add("kk", "kk | " + bare[0] + "ы | home office, capital named before", "Астанада саммит өтті. "
                        + fill(KK_FRAMES.get(kase), bare[0] + KK_BACK.get(kase)), date(), "KZ", office(bare[1]));
            }
            add("kk", "kk | Ел Президенті | home office, capital named before", "Астанада саммит өтті. "
                    + fill(KK_FRAMES.get(kase), "Ел Президент" + KK_FRONT.get(kase)), date(), "KZ", P);
            add("kk", "kk | Төрағасы | title of one state", fill(KK_FRAMES.get(kase), "ҚХР Төрағас" + KK_BACK.get(kase)),
                    date(), "CN", P);
            add("kk", "kk | Мемлекеттік хатшысы | title of one state", fill(KK_FRAMES.get(kase),
                    "АҚШ Мемлекеттік хатшыс" + KK_BACK.get(kase)), date(), "US", FM);
        }
    }

    private void kyrgyz() {
        turkic("ky", KY_WORDINGS, KY_STATES, KY_FRAMES);
        for (int kase = 0; kase < 7; kase++) {
            for (String[] bare : List.of(new String[]{"Тышкы иштер министрлигинин башчыс", "FM"},
                    new String[]{"ТИМ башчыс", "FM"}, new String[]{"Өкмөт башчыс", "PM"},
                    new String[]{"Мамлекет башчыс", "P"})) {
                add("ky", "ky | " + bare[0] + "ы | home office, capital named before", "Бишкекте саммит өттү. "
                        + fill(KY_FRAMES.get(kase), bare[0] + KY_BACK.get(kase)), date(), "KG", office(bare[1]));
            }
            // the Chairman of the Cabinet of Ministers: Kyrgyzstan's head of government since 2021
            LocalDate cabinet = LocalDate.parse("2022-0" + (1 + kase) + "-15").plusYears(kase % 4);
            add("ky", "ky | Министрлер Кабинетинин Төрагасы | home office, capital named before", "Бишкекте саммит өттү. "
                    + fill(KY_FRAMES.get(kase), "Министрлер Кабинетинин Төрагас" + KY_BACK.get(kase)), cabinet, "KG", PM);
            add("ky", "ky | Министрлер Кабинетинин Төрагасы | genitive", fill(KY_FRAMES.get(kase),
                    "Кыргызстандын Министрлер Кабинетинин Төрагас" + KY_BACK.get(kase)), cabinet, "KG", PM);
            add("ky", "ky | Министрлер Кабинетинин Төрагасы | abbreviation", fill(KY_FRAMES.get(kase),
                    "КР Министрлер Кабинетинин Төрагас" + KY_BACK.get(kase)), cabinet, "KG", PM);
            add("ky", "ky | Төрагасы | title of one state", fill(KY_FRAMES.get(kase), "КЭР Төрагас" + KY_BACK.get(kase)),
                    date(), "CN", P);
        }
        for (int kase = 0; kase < 7; kase++) {
            // «Кыргызстандын Өкмөтүнүн башчысы»: the government in the genitive with its own possessive
            add("ky", "ky | Өкмөтүнүн башчысы | genitive", fill(KY_FRAMES.get(kase), "Кыргызстандын Өкмөт"
                    + KY_UU.get(1) + " башчыс" + KY_BACK.get(kase)), date(), "KG", PM);
        }
    }

    private static Office office(String code) {
        return switch (code) {
            case "P" -> P;
            case "PM" -> PM;
            default -> FM;
        };
    }

    private void turkic(String language, List<TurkicWording> wordings, List<String[]> states, List<String> frames) {
        String[] forms = {"name", "genitive", "official name", "abbreviation"};
        for (TurkicWording w : wordings) {
            for (int kase = 0; kase < 7; kase++) {
                String word = w.text() + w.endings().get(kase);
                for (String[] s : states) {
                    for (int f = 1; f <= 4; f++) {
                        if (s[f] == null) {
                            continue;
                        }
                        add(language, language + " | " + w.label() + " | " + forms[f - 1], fill(frames.get(kase),
                                s[f] + " " + word), date(), s[0], w.office());
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- the country the context gives

    /** «АСТАНА, 5 марта. Министр иностранных дел провел встречу ...»: the dateline's state. */
    private void datelines() {
        List<String[]> cities = List.of(new String[]{"KZ", "АСТАНА", "ASTANA"}, new String[]{"KG", "БИШКЕК", "BISHKEK"},
                new String[]{"UZ", "ТАШКЕНТ", "TASHKENT"}, new String[]{"TJ", "ДУШАНБЕ", "DUSHANBE"},
                new String[]{"RU", "МОСКВА", "MOSCOW"});
        List<Object[]> ruOffices = List.of(new Object[]{"Министр иностранных дел", FM}, new Object[]{"Глава МИД", FM},
                new Object[]{"Президент", P}, new Object[]{"Глава государства", P},
                new Object[]{"Премьер-министр", PM}, new Object[]{"Глава правительства", PM});
        List<Object[]> enOffices = List.of(new Object[]{"The Foreign Minister", FM}, new Object[]{"The President", P},
                new Object[]{"The Head of State", P}, new Object[]{"The Prime Minister", PM});
        for (String[] city : cities) {
            for (Object[] o : ruOffices) {
                add("ru", "context | dateline | ru", city[1] + ", 5 марта. " + o[0] + " провел встречу с послом Франции.",
                        date(), city[0], o[1]);
                add("ru", "context | dateline | ru", city[1] + ", 12 ноября – " + o[0]
                        + " принял участие в заседании, посвящённом транзиту.", date(), city[0], o[1]);
            }
            for (Object[] o : enOffices) {
                add("en", "context | dateline | en", city[2] + ", March 5 – " + o[0]
                        + " met the Ambassador of France.", date(), city[0], o[1]);
            }
        }
        // the state the office names wins over the dateline's: «МОСКВА. Министр иностранных дел Казахстана ...»
        add("ru", "context | dateline, office of another state", "МОСКВА, 5 марта. Министр иностранных дел Казахстана "
                + "провел встречу с послом Франции.", date(), "KZ", FM);
        add("en", "context | dateline, office of another state", "MOSCOW, March 5 – The Foreign Minister of "
                + "Kazakhstan met the Ambassador of France.", date(), "KZ", FM);
        for (int i = 0; i < 4; i++) {
            add("kk", "context | dateline | kk", "АСТАНА, 5 наурыз. ҚазАқпарат – Сыртқы істер министрі Франция "
                    + "елшісімен кездесті.", date(), "KZ", FM);
            add("ky", "context | dateline | ky", "БИШКЕК, 5-март. Кабар – Тышкы иштер министри Франциянын элчиси менен "
                    + "жолукту.", date(), "KG", FM);
        }
    }

    /** «„Министр иностранных дел проведёт переговоры“, — сказал Токаев»: the office of the speaker's state. */
    private void quotations() {
        List<Object[]> ruQuoted = List.of(new Object[]{"Министр иностранных дел проведёт переговоры в Берлине", FM},
                new Object[]{"Глава МИД проведёт переговоры в Берлине", FM},
                new Object[]{"Премьер-министр проведёт переговоры в Берлине", PM},
                new Object[]{"Глава правительства проведёт переговоры в Берлине", PM},
                new Object[]{"Президент проведёт переговоры в Берлине", P},
                new Object[]{"Глава государства проведёт переговоры в Берлине", P});
        List<Object[]> enQuoted = List.of(new Object[]{"The Foreign Minister will hold talks in Berlin", FM},
                new Object[]{"The Prime Minister will hold talks in Berlin", PM},
                new Object[]{"The President will hold talks in Berlin", P});
        for (String country : List.of("KZ", "KG", "UZ", "TJ")) {
            for (Object[] q : ruQuoted) {
                Office quoted = (Office) q[1];
                LocalDate d = date();
                // the speaker holds another office of the same state
                Optional<Person> speaker = holder(country, quoted == FM ? P : FM, d);
                if (speaker.isPresent() && speaker.get().names().get("ru") != null) {
                    add("ru", "context | quotation, named speaker | ru", "«" + q[0] + "», — сказал "
                            + speaker.get().names().get("ru") + ".", d, List.of(speaker.get()), country, quoted);
                    add("ru", "context | quotation, named speaker | ru", speaker.get().names().get("ru")
                            + " отметил: «" + q[0] + "».", d, List.of(speaker.get()), country, quoted);
                }
            }
            for (Object[] q : enQuoted) {
                Office quoted = (Office) q[1];
                LocalDate d = date();
                Optional<Person> speaker = holder(country, quoted == FM ? P : FM, d);
                speaker.ifPresent(s -> add("en", "context | quotation, named speaker | en", "\"" + q[0] + ",\" "
                        + s.englishName() + " said.", d, List.of(s), country, quoted));
            }
        }
        // the speaker given by his office only
        for (RuCountry c : RU_COUNTRIES.subList(0, 4)) {
            add("ru", "context | quotation, speaker by office | ru", "«Глава государства проведёт переговоры в Берлине», "
                    + "— сказал министр иностранных дел " + c.name() + ".", date(), c.code(), P, c.code(), FM);
            add("ru", "context | quotation, speaker by office | ru", "«Министр иностранных дел проведёт переговоры в "
                    + "Берлине», — сказал премьер-министр " + c.name() + ".", date(), c.code(), FM, c.code(), PM);
        }
    }

    /** «Казахстан и Узбекистан подписали договор. Оба президента ...»: the two states' holders. */
    private void pairs() {
        List<String[]> states = List.of(new String[]{"KZ", "UZ", "Казахстан и Узбекистан", "Kazakhstan and Uzbekistan",
                        "Қазақстан мен Өзбекстан", "Казакстан менен Өзбекстан"},
                new String[]{"KG", "TJ", "Кыргызстан и Таджикистан", "Kyrgyzstan and Tajikistan",
                        "Қырғызстан мен Тәжікстан", "Кыргызстан менен Тажикстан"},
                new String[]{"KZ", "RU", "Казахстан и Россия", "Kazakhstan and Russia", "Қазақстан мен Ресей",
                        "Казакстан менен Орусия"});
        List<Object[]> ru = List.of(new Object[]{"Оба президента выразили удовлетворение итогами.", P},
                new Object[]{"Оба лидера выразили удовлетворение итогами.", P},
                new Object[]{"Встреча обоих президентов прошла в тёплой атмосфере.", P},
                new Object[]{"Журналисты задали вопросы обоим лидерам.", P},
                new Object[]{"Президенты двух стран выразили удовлетворение итогами.", P},
                new Object[]{"Лидеры двух государств выразили удовлетворение итогами.", P},
                new Object[]{"Главы МИД двух стран выразили удовлетворение итогами.", FM},
                new Object[]{"Оба министра иностранных дел выразили удовлетворение итогами.", FM},
                new Object[]{"Главы внешнеполитических ведомств обеих стран выразили удовлетворение итогами.", FM},
                new Object[]{"Оба премьера выразили удовлетворение итогами.", PM},
                new Object[]{"Главы правительств двух стран выразили удовлетворение итогами.", PM});
        List<Object[]> en = List.of(new Object[]{"The two presidents expressed satisfaction.", P},
                new Object[]{"Both presidents expressed satisfaction.", P},
                new Object[]{"The two leaders expressed satisfaction.", P},
                new Object[]{"Both leaders expressed satisfaction.", P},
                new Object[]{"The two foreign ministers expressed satisfaction.", FM},
                new Object[]{"The two prime ministers expressed satisfaction.", PM});
        List<Object[]> kk = List.of(new Object[]{"Екі ел президенттері нәтижеге қанағаттанғанын білдірді.", P},
                new Object[]{"Екі елдің сыртқы істер министрлері нәтижеге қанағаттанғанын білдірді.", FM});
        List<Object[]> ky = List.of(new Object[]{"Эки өлкөнүн президенттери жыйынтыкка канааттангандыгын билдиришти.", P},
                new Object[]{"Эки өлкөнүн тышкы иштер министрлери жыйынтыкка канааттангандыгын билдиришти.", FM});
        // a pair after two officials named already is those two, whatever their offices, not the holders of one office
        for (int i = 0; i < 6; i++) {
            LocalDate d = date();
            Optional<Person> uz = holder("UZ", P, d);
            Optional<Person> de = holder("DE", PM, d);
            if (uz.isPresent() && de.isPresent()) {
                add("en", "context | pair of officials named before | en", uz.get().englishName() + " held talks with "
                        + "Chancellor " + de.get().englishName() + " in Samarkand. In the presence of the two leaders, an "
                        + "agreement was signed.", d, List.of(uz.get(), de.get()));
                add("ru", "context | pair of officials named before | ru", uz.get().names().get("ru") + " и канцлер "
                        + "Германии " + de.get().names().get("ru") + " провели переговоры в Самарканде. Оба лидера "
                        + "подписали соглашение.", d, List.of(uz.get(), de.get()));
            }
        }
        for (String[] s : states) {
            for (Object[] o : ru) {
                add("ru", "context | two states named before | ru", s[2] + " подписали договор о транзите. " + o[0],
                        date(), s[0], o[1], s[1], o[1]);
            }
            for (Object[] o : en) {
                add("en", "context | two states named before | en", s[3] + " signed a transit treaty. " + o[0],
                        date(), s[0], o[1], s[1], o[1]);
            }
            for (Object[] o : kk) {
                add("kk", "context | two states named before | kk", s[4] + " транзит туралы шартқа қол қойды. " + o[0],
                        date(), s[0], o[1], s[1], o[1]);
            }
            for (Object[] o : ky) {
                add("ky", "context | two states named before | ky", s[5] + " транзит жөнүндө келишимге кол коюшту. "
                        + o[0], date(), s[0], o[1], s[1], o[1]);
            }
        }
    }

    /** "Kamilov held talks in Astana. His Kazakh opposite number ...": the other state's holder of the same office. */
    private void counterparts() {
        List<String[]> others = List.of(new String[]{"KZ", "казахстанск", "Kazakh", "Казахстана", "Kazakhstan"},
                new String[]{"TJ", "таджикск", "Tajik", "Таджикистана", "Tajikistan"},
                new String[]{"RU", "российск", "Russian", "России", "Russia"});
        for (String own : List.of("KG", "UZ")) {
            for (String[] other : others) {
                for (Office office : List.of(FM, P)) {
                    LocalDate d = date();
                    Optional<Person> named = holder(own, office, d);
                    if (named.isEmpty() || named.get().names().get("ru") == null) {
                        continue;
                    }
                    String ru = named.get().names().get("ru");
                    String en = named.get().englishName();
                    List<Person> n = List.of(named.get());
                    add("ru", "context | counterpart | ru", ru + " провёл переговоры со своим " + other[1]
                            + "им визави.", d, n, other[0], office);
                    add("ru", "context | counterpart | ru", ru + " провёл переговоры с визави из " + other[3] + ".", d, n,
                            other[0], office);
                    add("ru", "context | counterpart | ru", ru + " прибыл в Женеву. Там его ждал " + other[1]
                            + "ий коллега.", d, n, other[0], office);
                    add("en", "context | counterpart | en", en + " held talks with his " + other[2]
                            + " opposite number.", d, n, other[0], office);
                    add("en", "context | counterpart | en", en + " met his opposite number from " + other[4] + ".", d, n,
                            other[0], office);
                    add("en", "context | counterpart | en", en + " arrived in Geneva. His " + other[2]
                            + " counterpart met him at the airport.", d, n, other[0], office);
                    if (!other[0].equals("TJ")) {
                        // two counterparts at once
                        add("en", "context | counterparts of two states | en", en + " held talks with his " + other[2]
                                + " and Tajik counterparts.", d, n, other[0], office, "TJ", office);
                        add("ru", "context | counterparts of two states | ru", ru + " провёл переговоры со своими "
                                + other[1] + "им и таджикским коллегами.", d, n, other[0], office, "TJ", office);
                    }
                }
            }
        }
    }

    /** «... прибыл в Ташкент. Высокий гость проведёт переговоры с президентом Узбекистана»: the guest just named. */
    private void guests() {
        for (RuCountry guest : List.of(RU_COUNTRIES.get(0), RU_COUNTRIES.get(1), RU_COUNTRIES.get(3))) {
            for (Object[] o : List.of(new Object[]{"Министр иностранных дел ", FM}, new Object[]{"Премьер-министр ", PM},
                    new Object[]{"Президент ", P})) {
                add("ru", "context | high guest | ru", o[0] + guest.name() + " прибыл в Ташкент. Высокий гость проведёт "
                        + "переговоры с президентом Узбекистана.", date(), guest.code(), o[1], "UZ", P);
                add("ru", "context | high guest | ru", o[0] + guest.name() + " прибыл в Ташкент. Высокого гостя в "
                        + "аэропорту встретил премьер-министр Узбекистана.", date(), guest.code(), o[1], "UZ", PM);
            }
        }
        for (EnCountry guest : List.of(EN_COUNTRIES.get(0), EN_COUNTRIES.get(1), EN_COUNTRIES.get(3))) {
            add("en", "context | high guest | en", "The Foreign Minister of " + guest.name() + " arrived in Tashkent. "
                    + "The distinguished guest will hold talks with the President of Uzbekistan.", date(), guest.code(),
                    FM, "UZ", P);
            add("en", "context | high guest | en", "The " + guest.adjective() + " President arrived in Tashkent. "
                    + "The high-ranking guest was met by the Prime Minister of Uzbekistan.", date(), guest.code(), P,
                    "UZ", PM);
        }
        add("kk", "context | high guest | kk", "Қырғызстан Сыртқы істер министрі Ташкентке келді. Құрметті қонақ "
                + "Өзбекстан Президентімен келіссөздер жүргізеді.", date(), "KG", FM, "UZ", P);
        add("ky", "context | high guest | ky", "Казакстандын Тышкы иштер министри Ташкентке келди. Урматтуу конок "
                + "Өзбекстандын Президенти менен сүйлөшүү жүргүзөт.", date(), "KZ", FM, "UZ", P);
    }

    // ---------------------------------------------------------------- what must stay unresolved

    private void negatives() {
        List<String[]> none = List.of(
                // bodies named after offices
                new String[]{"ru", "Совет министров иностранных дел СНГ собрался в Минске."},
                new String[]{"ru", "Совет глав государств СНГ принял заявление."},
                new String[]{"ru", "Совет глав правительств СНГ собрался в Ашхабаде."},
                new String[]{"ru", "Совет глав МИД ШОС собрался на заседание."},
                new String[]{"ru", "Заседание Совета министров иностранных дел ОДКБ прошло в Ереване."},
                new String[]{"en", "The Council of Heads of State of the CIS adopted a statement."},
                new String[]{"en", "The SCO Council of Foreign Ministers met in Astana."},
                // those who serve an office
                new String[]{"ru", "Пресс-секретарь главы МИДа Казахстана выступил на брифинге."},
                new String[]{"ru", "Помощник главы дипведомства Узбекистана выступил на брифинге."},
                new String[]{"ru", "Советник главы государства выступил на брифинге."},
                new String[]{"ru", "Заместитель главы дипведомства Кыргызстана выступил на форуме."},
                new String[]{"ru", "Заместитель главы правительства Таджикистана выступил на форуме."},
                new String[]{"en", "The deputy head of the Kazakh Foreign Ministry opened the forum."},
                new String[]{"en", "An aide to the Kremlin leader arrived at the forum."},
                // ministers of other fields and other offices
                new String[]{"ru", "Министр энергетики Казахстана выступил на форуме."},
                new String[]{"ru", "Министр здравоохранения Узбекистана выступил на форуме."},
                new String[]{"ru", "Глава Минэнерго Казахстана выступил на форуме."},
                new String[]{"ru", "Глава Минздрава Кыргызстана выступил на форуме."},
                new String[]{"ru", "Сотрудник дипведомства Казахстана выступил на форуме."},
                new String[]{"ru", "Здание дипведомства Кыргызстана закрыто на ремонт."},
                new String[]{"en", "The Kazakh energy ministry chief opened the forum."},
                new String[]{"en", "The head of the Kazakh Energy Ministry opened the forum."},
                // a republic inside a state, the heads of no one in particular
                new String[]{"ru", "Россия принимает саммит ЕАЭС. Глава Республики Татарстан выступил на форуме."},
                new String[]{"ru", "Казахстан принимает саммит. Глава компании выступил на форуме."},
                new String[]{"ru", "Казахстан, Узбекистан и Кыргызстан подписали договор. Оба президента выразили "
                        + "удовлетворение итогами."},
                new String[]{"en", "Kazakhstan, Uzbekistan and Kyrgyzstan signed a treaty. Both presidents expressed "
                        + "satisfaction."},

                // no country anywhere: a bare office stays nobody's
                new String[]{"ru", "Министр иностранных дел ответил на вопросы журналистов."},
                new String[]{"ru", "Глава дипведомства ответил на вопросы журналистов."},
                new String[]{"en", "The Foreign Minister answered questions from journalists."},
                // a dateline does not make a minister of another field or a press secretary a core official
                new String[]{"ru", "АСТАНА, 5 марта. Министр энергетики провел встречу с послом Франции."},
                new String[]{"ru", "БИШКЕК, 5 марта. Пресс-секретарь Президента провел брифинг."},
                new String[]{"en", "ASTANA, March 5 – The Energy Minister met the Ambassador of France."},
                new String[]{"kk", "Қазақстан Сыртқы істер министрлігінің басшысының орынбасары форумда сөз сөйледі."},
                new String[]{"ky", "Кыргызстандын Өкмөт башчысынын орун басары форумда сүйлөдү."});
        for (String[] n : none) {
            cells.add(new Cell(n[0], "must stay unresolved | " + n[0], n[1], date(), Set.of()));
        }
    }
}
