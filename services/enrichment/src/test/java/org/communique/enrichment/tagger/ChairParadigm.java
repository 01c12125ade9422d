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
 * Composes sentences that name the chair of a parliament or of one of its houses by office only, from the parts such a
 * phrase is made of: the country (its name, «Республика X», the abbreviation, the adjective; in Kazakh and Kyrgyz before
 * the house, in the nominative or the genitive), the parliament's own name between the house and the country or not
 * («Сената Парламента Республики Казахстан», «Парламенті Сенатының»), the house by its name (or the plain word
 * "parliament" for a state of one chamber), the chair word (председатель, спикер; chairman, chairwoman, chair, speaker;
 * төрағасы, төрагасы, спикері) and the case the phrase takes in its sentence. The expected person is the knowledge
 * base's holder of the house's chair on the sentence's date; a cell whose chair had no single holder that day is left
 * out. Every cell also expects the house's country among the text's countries.
 */
final class ChairParadigm {

    /** One sentence: its language, its construction (a row of the coverage matrix), the people and countries it names. */
    record Cell(String language, String construction, String text, LocalDate date, Set<String> expected,
                Set<String> countries) {
    }

    private static final List<LocalDate> DATES = List.of(LocalDate.parse("1997-06-16"), LocalDate.parse("2001-03-14"),
            LocalDate.parse("2004-10-12"), LocalDate.parse("2009-05-20"), LocalDate.parse("2012-09-20"),
            LocalDate.parse("2015-06-10"), LocalDate.parse("2018-04-10"), LocalDate.parse("2021-06-15"),
            LocalDate.parse("2023-11-15"), LocalDate.parse("2025-09-10"));

    private static final Office UPPER = Office.UPPER_HOUSE_CHAIR;
    private static final Office LOWER = Office.LOWER_HOUSE_CHAIR;

    /**
     * One house of one state as each language writes it. {@code since}: the day it first sat as that house (a cell of an
     * earlier date would ask for another body's chair). {@code implied}: the house's name alone names its state
     * («Мажилис», «Жогорку Кенеш»). {@code single}: the parliament has this one chamber, so "parliament" names it too.
     */
    private record House(String country, Office office, LocalDate since, boolean implied, boolean single,
                         List<String> ru, String ruParliament, List<String> ruAdjectiveForms,
                         List<String> en, String enParliament,
                         String kk, String kkGenitive, String kkParliament,
                         String ky, String kyGenitive, String kyParliament) {
    }

    /** A country in each language: Russian genitives and adjective stem; English names and adjective; kk, ky forms. */
    private record State(String code, List<String> ruGenitives, String ruAdjective, List<String> enNames,
                         String enAdjective, List<String> kk, List<String> ky) {
    }

    private static final List<State> STATES = List.of(
            new State("KZ", List.of("Казахстана", "Республики Казахстан", "РК"), "казахстанск",
                    List.of("Kazakhstan", "the Republic of Kazakhstan"), "Kazakh",
                    List.of("Қазақстан", "Қазақстан Республикасы", "ҚР"),
                    List.of("Казакстандын", "Казакстан Республикасынын")),
            new State("KG", List.of("Кыргызстана", "Кыргызской Республики", "КР", "Киргизии"), "киргизск",
                    List.of("Kyrgyzstan", "the Kyrgyz Republic"), "Kyrgyz",
                    List.of("Қырғызстан", "Қырғыз Республикасы"),
                    List.of("Кыргызстандын", "Кыргыз Республикасынын", "КР")),
            new State("UZ", List.of("Узбекистана", "Республики Узбекистан", "РУз"), "узбекск",
                    List.of("Uzbekistan", "the Republic of Uzbekistan"), "Uzbek",
                    List.of("Өзбекстан", "Өзбекстан Республикасы"),
                    List.of("Өзбекстандын", "Өзбекстан Республикасынын")),
            new State("TJ", List.of("Таджикистана", "Республики Таджикистан"), "таджикск",
                    List.of("Tajikistan", "the Republic of Tajikistan"), "Tajik",
                    List.of(), List.of()),
            new State("TM", List.of("Туркменистана"), "туркменск", List.of("Turkmenistan"), "Turkmen",
                    List.of(), List.of()),
            new State("CN", List.of("КНР", "Китая"), "китайск", List.of("China", "the People's Republic of China"),
                    "Chinese", List.of("ҚХР", "Қытай"), List.of()),
            new State("RU", List.of("России", "Российской Федерации", "РФ"), "российск",
                    List.of("Russia", "the Russian Federation"), "Russian",
                    List.of("Ресей", "Ресей Федерациясы"),
                    List.of("Орусиянын", "Россия Федерациясынын")));

    private static final List<House> HOUSES = List.of(
            new House("KZ", UPPER, LocalDate.parse("1996-01-30"), false, false,
                    List.of("Сената"), "Парламента", List.of("ого Сената"),
                    List.of("Senate"), "the Parliament",
                    "Сенат", "Сенатының", "Парламенті", "Сенат", "Сенатынын", "Парламентинин"),
            new House("KZ", LOWER, LocalDate.parse("1996-01-30"), true, false,
                    List.of("Мажилиса"), "Парламента", List.of("ого Мажилиса"),
                    List.of("Mazhilis"), "the Parliament",
                    "Мәжіліс", "Мәжілісінің", "Парламенті", "Мажилис", "Мажилисинин", "Парламентинин"),
            new House("KG", UPPER, LocalDate.parse("2005-03-27"), true, true,
                    List.of("Жогорку Кенеша", "парламента"), null, List.of("ого парламента"),
                    List.of("Jogorku Kenesh", "Parliament"), null,
                    "Жоғарғы Кеңес", "Жоғарғы Кеңесінің", null, "Жогорку Кеңеш", "Жогорку Кеңешинин", null),
            new House("UZ", UPPER, LocalDate.parse("2005-01-27"), false, false,
                    List.of("Сената"), "Олий Мажлиса", List.of("ого Сената"),
                    List.of("Senate"), "the Oliy Majlis",
                    "Сенат", "Сенатының", "Олий Мажлисі", "Сенат", "Сенатынын", "Олий Мажлисинин"),
            new House("UZ", LOWER, LocalDate.parse("2005-01-27"), true, false,
                    List.of("Законодательной палаты"), "Олий Мажлиса", List.of(),
                    List.of("Legislative Chamber"), "the Oliy Majlis",
                    null, null, null, null, null, null),
            new House("TJ", UPPER, LocalDate.parse("2000-04-17"), true, false,
                    List.of("Маджлиси милли"), "Маджлиси Оли", List.of(),
                    List.of("Majlisi Milli"), "the Majlisi Oli",
                    null, null, null, null, null, null),
            new House("TJ", LOWER, LocalDate.parse("2000-03-27"), true, false,
                    List.of("Маджлиси намояндагон"), "Маджлиси Оли", List.of(),
                    List.of("Majlisi Namoyandagon"), "the Majlisi Oli",
                    null, null, null, null, null, null),
            new House("TM", LOWER, LocalDate.parse("1995-01-01"), true, true,
                    List.of("Меджлиса", "парламента"), null, List.of("ого Меджлиса", "ого парламента"),
                    List.of("Mejlis", "Parliament"), null,
                    null, null, null, null, null, null),
            new House("CN", UPPER, LocalDate.parse("1993-03-27"), true, false,
                    List.of("Постоянного комитета Всекитайского собрания народных представителей", "ПК ВСНП"), null,
                    List.of(), List.of("NPC Standing Committee", "Standing Committee of the National People's Congress"),
                    null, "Бүкілқытайлық халық өкілдері жиналысы Тұрақты комитеті",
                    "Бүкілқытайлық халық өкілдері жиналысы Тұрақты комитетінің", null, null, null, null),
            new House("RU", UPPER, LocalDate.parse("1994-01-13"), true, false,
                    List.of("Совета Федерации"), "Федерального Собрания", List.of(),
                    List.of("Federation Council"), "the Federal Assembly",
                    "Федерация Кеңесі", "Федерация Кеңесінің", null, "Федерация Кеңеши", "Федерация Кеңешинин", null),
            new House("RU", LOWER, LocalDate.parse("1994-01-14"), true, false,
                    List.of("Государственной Думы", "Госдумы"), "Федерального Собрания", List.of("ой Госдумы"),
                    List.of("State Duma"), "the Federal Assembly",
                    "Мемлекеттік Дума", "Мемлекеттік Думасының", null, "Мамлекеттик Дума", "Мамлекеттик Думасынын",
                    null));

    /** Russian chair words in the cases a phrase takes: nominative, genitive, dative, instrumental, prepositional. */
    private static final List<List<String>> RU_CHAIRS = List.of(
            List.of("председатель", "председателя", "председателю", "председателем", "председателе"),
            List.of("спикер", "спикера", "спикеру", "спикером", "спикере"));
    private static final List<String> RU_FRAMES = List.of(
            "%s выступил на форуме по водным ресурсам.",
            "Выступление %s открыло форум по водным ресурсам.",
            "Слово на форуме было предоставлено %s.",
            "Участники форума по водным ресурсам встретились с %s.",
            "На форуме по водным ресурсам много говорили о %s.");
    /** Russian adjective endings, feminine (Дума) and masculine/neuter (Сенат, парламент), in the genitive. */
    private static final List<String> EN_CHAIRS = List.of("Chairman", "Chairwoman", "Chair", "Speaker");
    private static final List<String> EN_FRAMES = List.of("%s opened the forum on water.",
            "The forum on water heard a speech by %s.", "A letter was sent to %s.", "The delegation met with %s.");

    /** Kazakh and Kyrgyz chair words, possessive then each case: nom, gen, dat, acc, abl, instr. */
    private static final List<String> KK_CHAIRS = List.of("Төрағасы", "Төрағасының", "Төрағасына", "Төрағасын",
            "Төрағасынан", "Төрағасымен");
    private static final List<String> KK_SPEAKERS = List.of("Спикері", "Спикерінің", "Спикеріне", "Спикерін",
            "Спикерінен", "Спикерімен");
    private static final List<String> KK_FRAMES = List.of("%s форумда сөз сөйледі.", "%s сапары дүйсенбіде басталды.",
            "%s хат жолданды.", "Форумға қатысушылар %s құттықтады.", "%s хат келді.",
            "Форумға қатысушылар %s кездесті.");
    private static final List<String> KY_CHAIRS = List.of("Төрагасы", "Төрагасынын", "Төрагасына", "Төрагасын",
            "Төрагасынан", "Төрагасы менен");
    private static final List<String> KY_SPEAKERS = List.of("Спикери", "Спикеринин", "Спикерине", "Спикерин",
            "Спикеринен", "Спикери менен");
    private static final List<String> KY_FRAMES = List.of("%s форумда сөз сүйлөдү.", "%s сапары дүйшөмбүдө башталды.",
            "%s кат жөнөтүлдү.", "Форумдун катышуучулары %s куттуктады.", "%s кат келди.",
            "Форумдун катышуучулары %s жолугушту.");

    private final KnowledgeBase kb;
    private final List<Cell> cells = new ArrayList<>();
    private int next;

    private ChairParadigm(KnowledgeBase kb) {
        this.kb = kb;
    }

    static List<Cell> cells(KnowledgeBase kb) {
        ChairParadigm p = new ChairParadigm(kb);
        for (House house : HOUSES) {
            State state = STATES.stream().filter(s -> s.code().equals(house.country())).findFirst().orElseThrow();
            p.russian(house, state);
            p.english(house, state);
            p.kazakh(house, state);
            p.kyrgyz(house, state);
        }
        p.negatives();
        return p.cells;
    }

    // ---------------------------------------------------------------- expected people, from the terms

    /** The one person who held the office of the country on the day, if exactly one did. */
    private Optional<Person> holder(String country, Office office, LocalDate date) {
        return RoleParadigm.holder(kb, country, office, date);
    }

    /** Whether the state had a chair of the other house that day: then "parliament" alone names no one house. */
    private boolean otherChamber(House house, LocalDate date) {
        Office other = house.office() == UPPER ? LOWER : UPPER;
        return holder(house.country(), other, date).isPresent();
    }

    /** The next date of the rotation on which the house sat. */
    private LocalDate date(House house) {
        for (int i = 0; i < DATES.size(); i++) {
            LocalDate d = DATES.get(next++ % DATES.size());
            if (!d.isBefore(house.since())) {
                return d;
            }
        }
        return null;
    }

    private void add(String language, String construction, String text, House house, boolean parliamentWord) {
        LocalDate date = date(house);
        if (date == null || parliamentWord && otherChamber(house, date)) {
            return;
        }
        Optional<Person> h = holder(house.country(), house.office(), date);
        if (h.isEmpty()) {
            return;
        }
        cells.add(new Cell(language, construction, text, date, Set.of(h.get().id()), Set.of(house.country())));
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String fill(String frame, String phrase) {
        String s = String.format(frame, phrase);
        return cap(s);
    }

    private static boolean parliament(String houseName) {
        return houseName.equalsIgnoreCase("парламента") || houseName.equalsIgnoreCase("Parliament");
    }

    // ---------------------------------------------------------------- Russian

    private void russian(House house, State state) {
        for (List<String> chair : RU_CHAIRS) {
            for (int kase = 0; kase < RU_FRAMES.size(); kase++) {
                String frame = RU_FRAMES.get(kase);
                String word = chair.get(kase);
                for (String name : house.ru()) {
                    boolean parl = parliament(name);
                    // «председателя Сената Казахстана», «спикером парламента Киргизии»
                    for (String gen : state.ruGenitives()) {
                        add("ru", "chair + house + country", fill(frame, word + " " + name + " " + gen), house, parl);
                        if (house.ruParliament() != null) {
                            // «председателю Сената Парламента Республики Казахстан»
                            add("ru", "chair + house + parliament + country", fill(frame, word + " " + name + " "
                                    + house.ruParliament() + " " + gen), house, parl);
                        }
                    }
                    if (house.implied() && !parl) {
                        // «председатель Мажилиса», «спикером Госдумы»
                        add("ru", "chair + house naming its state", fill(frame, word + " " + name), house, false);
                        if (house.ruParliament() != null) {
                            add("ru", "chair + house + parliament", fill(frame, word + " " + name + " "
                                    + house.ruParliament()), house, false);
                        }
                    }
                }
                // «председателем казахстанского Сената», «спикеру российской Госдумы», «спикер киргизского парламента»
                for (String adjectiveForm : house.ruAdjectiveForms()) {
                    String adjective = state.ruAdjective() + adjectiveForm;
                    add("ru", "chair + adjective + house", fill(frame, word + " " + adjective), house,
                            adjectiveForm.endsWith("парламента"));
                }
            }
        }
        if (house.country().equals("KG")) {
            // «Торага Жогорку Кенеша»: the Kyrgyz title in Russian texts, left undeclined
            for (String gen : state.ruGenitives()) {
                add("ru", "chair + house + country", fill(RU_FRAMES.get(0), "Торага Жогорку Кенеша " + gen), house, false);
            }
        }
    }

    // ---------------------------------------------------------------- English

    private void english(House house, State state) {
        for (String chair : EN_CHAIRS) {
            for (String frame : EN_FRAMES) {
                for (String name : house.en()) {
                    boolean parl = parliament(name);
                    for (String country : state.enNames()) {
                        // "the Speaker of the Senate of Kazakhstan"
                        add("en", "chair of house of country", fill(frame, "the " + chair + " of the " + name + " of "
                                + country), house, parl);
                        if (house.enParliament() != null) {
                            // "the Chairman of the Senate of the Oliy Majlis of Uzbekistan"
                            add("en", "chair of house of parliament of country", fill(frame, "the " + chair + " of the "
                                    + name + " of " + house.enParliament() + " of " + country), house, parl);
                        }
                    }
                    String country = state.enNames().get(0);
                    // "Kazakhstan's Senate Speaker", "the Kyrgyz Parliament Speaker", "the Speaker of the Kazakh Senate"
                    add("en", "country's house chair", fill(frame, country + "'s " + name + " " + chair), house, parl);
                    add("en", "adjective + house + chair", fill(frame, "the " + state.enAdjective() + " " + name + " "
                            + chair), house, parl);
                    add("en", "adjective + house + chair", fill(frame, "the " + state.enAdjective() + " "
                            + name.toLowerCase() + " " + chair.toLowerCase()), house, parl);
                    if (!name.contains(" of ")) {
                        add("en", "chair of adjective + house", fill(frame, "the " + chair.toLowerCase() + " of the "
                                + state.enAdjective() + " " + name), house, parl);
                    }
                    if (house.implied() && !parl) {
                        // "the Chairman of the Mazhilis"
                        add("en", "chair of house naming its state", fill(frame, "the " + chair + " of the " + name),
                                house, false);
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- Kazakh and Kyrgyz

    private void kazakh(House house, State state) {
        if (house.kk() == null) {
            return;
        }
        for (List<String> chair : List.of(KK_CHAIRS, KK_SPEAKERS)) {
            for (int kase = 0; kase < KK_FRAMES.size(); kase++) {
                String frame = KK_FRAMES.get(kase);
                String word = chair.get(kase);
                for (String country : state.kk()) {
                    // «Қазақстан Сенатының Төрағасы», «ҚР Сенат Төрағасы», «Қазақстан Республикасы Парламенті Сенатының
                    // Төрағасы»
                    add("kk", "country + house (genitive) + chair", fill(frame, country + " " + house.kkGenitive() + " "
                            + word), house, false);
                    add("kk", "country + house + chair", fill(frame, country + " " + house.kk() + " " + word), house,
                            false);
                    if (house.kkParliament() != null) {
                        add("kk", "country + parliament + house (genitive) + chair", fill(frame, country + " "
                                + house.kkParliament() + " " + house.kkGenitive() + " " + word), house, false);
                    }
                }
                if (house.implied()) {
                    // «Мәжіліс Төрағасы»: the house alone names its state
                    add("kk", "house naming its state + chair", fill(frame, house.kk() + " " + word), house, false);
                }
            }
        }
    }

    private void kyrgyz(House house, State state) {
        if (house.ky() == null) {
            return;
        }
        for (List<String> chair : List.of(KY_CHAIRS, KY_SPEAKERS)) {
            for (int kase = 0; kase < KY_FRAMES.size(); kase++) {
                String frame = KY_FRAMES.get(kase);
                String word = chair.get(kase);
                for (String country : state.ky()) {
                    // «Кыргыз Республикасынын Жогорку Кеңешинин Төрагасы», «Казакстандын Парламентинин Сенатынын
                    // Төрагасы»
                    add("ky", "country (genitive) + house (genitive) + chair", fill(frame, country + " "
                            + house.kyGenitive() + " " + word), house, false);
                    if (house.kyParliament() != null) {
                        add("ky", "country (genitive) + parliament + house (genitive) + chair", fill(frame, country + " "
                                + house.kyParliament() + " " + house.kyGenitive() + " " + word), house, false);
                    }
                }
                if (house.implied()) {
                    // «Жогорку Кеңештин Төрагасы», «Жогорку Кеңеш Төрагасы»
                    add("ky", "house naming its state + chair", fill(frame, genitive(house.ky()) + " " + word), house,
                            false);
                    add("ky", "house naming its state + chair", fill(frame, house.ky() + " " + word), house, false);
                }
            }
        }
    }

    /** The Kyrgyz genitive of a house's name without a possessor: «Жогорку Кеңештин», «Мамлекеттик Думанын». */
    private static String genitive(String name) {
        char last = name.charAt(name.length() - 1);
        if ("аеёиоуыэюяөү".indexOf(last) >= 0) {
            return name + (name.endsWith("и") || name.endsWith("е") ? "нин" : "нын");
        }
        return name + (name.matches(".*[еиөү][^аеёиоуыэюяөү]*") ? "тин" : "тын");
    }

    // ---------------------------------------------------------------- what must stay unresolved

    private void negatives() {
        List<String[]> none = List.of(
                new String[]{"ru", "Вице-спикер Мажилиса выступил на форуме.", "KZ"},
                new String[]{"ru", "Заместитель председателя Сената Казахстана выступил на форуме.", "KZ"},
                new String[]{"ru", "Депутат Сената Парламента Республики Казахстан выступил на форуме.", "KZ"},
                new String[]{"ru", "Бывший спикер Государственной Думы России выступил на форуме.", "RU"},
                new String[]{"ru", "Председатель комитета Жогорку Кенеша выступил на форуме.", "KG"},
                new String[]{"ru", "Аппарат Сената Олий Мажлиса Республики Узбекистан опубликовал заявление.", "UZ"},
                new String[]{"ru", "Спикер парламента Казахстана выступил на форуме.", "KZ"},
                new String[]{"en", "The Deputy Speaker of the State Duma of Russia opened the forum.", "RU"},
                new String[]{"en", "A member of the Kazakh Senate opened the forum.", "KZ"},
                new String[]{"en", "The former Speaker of the Kyrgyz Parliament opened the forum.", "KG"},
                new String[]{"kk", "Қазақстан Парламенті Сенаты Төрағасының орынбасары форумда сөз сөйледі.", "KZ"},
                new String[]{"kk", "Мәжіліс депутаты форумда сөз сөйледі.", "KZ"},
                new String[]{"ky", "Жогорку Кеңештин Төрагасынын орун басары форумда сөз сүйлөдү.", "KG"},
                new String[]{"ky", "Жогорку Кеңештин депутаты форумда сөз сүйлөдү.", "KG"});
        for (int i = 0; i < none.size(); i++) {
            String[] n = none.get(i);
            cells.add(new Cell(n[0], "must stay unresolved", n[1], DATES.get(i % DATES.size()), Set.of(), Set.of(n[2])));
        }
    }
}
