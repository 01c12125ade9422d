package org.communique.enrichment.tagger;

import org.communique.enrichment.tagger.kb.KnowledgeBase;
import org.communique.enrichment.tagger.kb.Office;
import org.communique.enrichment.tagger.kb.OfficeTerm;
import org.communique.enrichment.tagger.kb.Person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Composes sentences that name an ambassador, a foreign ministry's spokesperson or a president's press secretary by
 * office only, for every such term of the knowledge base, on the middle day of the term: the state served (a name in the
 * genitive, the official name, the adjective agreeing with the office's case; in Kazakh and Kyrgyz the nominative or the
 * genitive before it), the post («в России», "to Russia", «Ресейдегі», «Орусиядагы»), the office word in each case the
 * sentence gives it, in ru, en, kk and ky. The expected person is the one holder of that seat on the day by the
 * knowledge base's terms; a spokesperson of a state whose ministry has several at once (China) and a president's press
 * secretary (named by office, an "X of the President" title, which the gold sets leave untagged) are expected to stay
 * unresolved, and never to give the president.
 */
final class EnvoyParadigm {

    /** One sentence: its language, its construction (a row of the coverage matrix), the people it names. */
    record Cell(String language, String construction, String text, LocalDate date, Set<String> expected) {
    }

    /**
     * A state in each language. ru: genitives, prepositional after «в», adjective stem; en: names (the first one also
     * as "X's"), adjective; kk, ky: nominative, genitive, attributive locative («Ресейдегі»).
     */
    private record State(String code, List<String> ruGenitives, List<String> ruIn, String ruAdjective,
                         List<String> enNames, String enAdjective,
                         String kk, String kkGenitive, String kkLocative,
                         String ky, String kyGenitive, String kyLocative) {
    }

    static final List<State> STATES = List.of(
            new State("KZ", List.of("Казахстана", "Республики Казахстан"), List.of("Казахстане", "Республике Казахстан"),
                    "казахстанск", List.of("Kazakhstan", "the Republic of Kazakhstan"), "Kazakh",
                    "Қазақстан", "Қазақстанның", "Қазақстандағы", "Казакстан", "Казакстандын", "Казакстандагы"),
            new State("KG", List.of("Кыргызстана", "Киргизии"), List.of("Кыргызстане", "Киргизии"), "киргизск",
                    List.of("Kyrgyzstan", "the Kyrgyz Republic"), "Kyrgyz",
                    "Қырғызстан", "Қырғызстанның", "Қырғызстандағы", "Кыргызстан", "Кыргызстандын", "Кыргызстандагы"),
            new State("UZ", List.of("Узбекистана", "Республики Узбекистан"), List.of("Узбекистане", "Республике Узбекистан"),
                    "узбекск", List.of("Uzbekistan", "the Republic of Uzbekistan"), "Uzbek",
                    "Өзбекстан", "Өзбекстанның", "Өзбекстандағы", "Өзбекстан", "Өзбекстандын", "Өзбекстандагы"),
            new State("TJ", List.of("Таджикистана"), List.of("Таджикистане"), "таджикск", List.of("Tajikistan"), "Tajik",
                    "Тәжікстан", "Тәжікстанның", "Тәжікстандағы", "Тажикстан", "Тажикстандын", "Тажикстандагы"),
            new State("TM", List.of("Туркменистана"), List.of("Туркменистане"), "туркменск", List.of("Turkmenistan"),
                    "Turkmen", "Түрікменстан", "Түрікменстанның", "Түрікменстандағы", "Түркмөнстан", "Түркмөнстандын",
                    "Түркмөнстандагы"),
            new State("RU", List.of("России", "Российской Федерации"), List.of("России", "Российской Федерации"),
                    "российск", List.of("Russia", "the Russian Federation"), "Russian",
                    "Ресей", "Ресейдің", "Ресейдегі", "Орусия", "Орусиянын", "Орусиядагы"),
            new State("CN", List.of("Китая", "КНР"), List.of("Китае", "КНР"), "китайск", List.of("China"), "Chinese",
                    "Қытай", "Қытайдың", "Қытайдағы", "Кытай", "Кытайдын", "Кытайдагы"),
            new State("US", List.of("США"), List.of("США"), "американск", List.of("the United States"), "U.S.",
                    "АҚШ", "АҚШ-тың", "АҚШ-тағы", "АКШ", "АКШнын", "АКШдагы"),
            new State("TR", List.of("Турции"), List.of("Турции"), "турецк", List.of("Turkey", "Türkiye"), "Turkish",
                    "Түркия", "Түркияның", "Түркиядағы", "Түркия", "Түркиянын", "Түркиядагы"));

    /** Russian frames by case: nominative, genitive, dative, instrumental; the office word and the adjective ending. */
    private static final List<String> RU_FRAMES = List.of("%s провел встречу со студентами.",
            "Встреча %s со студентами прошла в посольстве.", "Студенты вручили цветы %s.",
            "Студенты встретились с %s.");
    private static final List<String> RU_AMBASSADOR = List.of("посол", "посла", "послу", "послом");
    private static final List<String> RU_ADJECTIVE = List.of("ий", "ого", "ому", "им");
    private static final List<String> RU_OFFICIAL = List.of("официальный представитель", "официального представителя",
            "официальному представителю", "официальным представителем");
    private static final List<String> RU_SECRETARY = List.of("пресс-секретарь", "пресс-секретаря", "пресс-секретарю",
            "пресс-секретарем");
    private static final List<String> EN_FRAMES = List.of("%s met students on Monday.", "Students met with %s on Monday.");
    /** Kazakh and Kyrgyz frames by case: nominative, genitive, dative, accusative, instrumental. */
    private static final List<String> KK_FRAMES = List.of("%s студенттермен кездесті.", "%s сөзі студенттерге ұнады.",
            "Студенттер %s гүл берді.", "Студенттер %s құттықтады.", "Студенттер %s кездесті.");
    private static final List<String> KK_AMBASSADOR = List.of("елшісі", "елшісінің", "елшісіне", "елшісін", "елшісімен");
    private static final List<String> KK_OFFICIAL = List.of("ресми өкілі", "ресми өкілінің", "ресми өкіліне",
            "ресми өкілін", "ресми өкілімен");
    private static final List<String> KK_SECRETARY = List.of("баспасөз хатшысы", "баспасөз хатшысының",
            "баспасөз хатшысына", "баспасөз хатшысын", "баспасөз хатшысымен");
    private static final List<String> KY_FRAMES = List.of("%s студенттер менен жолукту.", "%s сөзү студенттерге жакты.",
            "Студенттер %s гүл беришти.", "Студенттер %s куттукташты.", "Студенттер %s жолугушту.");
    private static final List<String> KY_AMBASSADOR = List.of("элчиси", "элчисинин", "элчисине", "элчисин",
            "элчиси менен");
    private static final List<String> KY_OFFICIAL = List.of("расмий өкүлү", "расмий өкүлүнүн", "расмий өкүлүнө",
            "расмий өкүлүн", "расмий өкүлү менен");
    private static final List<String> KY_SECRETARY = List.of("басма сөз катчысы", "басма сөз катчысынын",
            "басма сөз катчысына", "басма сөз катчысын", "басма сөз катчысы менен");

    private final KnowledgeBase kb;
    private final List<Cell> cells = new ArrayList<>();

    private EnvoyParadigm(KnowledgeBase kb) {
        this.kb = kb;
    }

    static List<Cell> cells(KnowledgeBase kb) {
        EnvoyParadigm p = new EnvoyParadigm(kb);
        LocalDate reviewed = LocalDate.parse("2025-11-01");
        for (Person person : kb.people()) {
            for (OfficeTerm term : person.terms()) {
                LocalDate to = term.to() == null ? reviewed : term.to();
                LocalDate day = term.from().plusDays((to.toEpochDay() - term.from().toEpochDay()) / 2);
                State sender = state(person.country());
                if (sender == null) {
                    continue;
                }
                if (term.office() == Office.AMBASSADOR && state(term.post()) != null) {
                    p.ambassador(sender, state(term.post()), day);
                } else if (term.office() == Office.SPOKESPERSON) {
                    p.spokesperson(sender, day);
                } else if (term.office() == Office.PRESS_SECRETARY) {
                    p.pressSecretary(sender, day);
                }
            }
        }
        return p.cells;
    }

    static State state(String code) {
        return STATES.stream().filter(s -> s.code().equals(code)).findFirst().orElse(null);
    }

    // ---------------------------------------------------------------- expected people, from the terms

    /** The one holder of the seat on the day, or nobody (several at once, or none). */
    private Set<String> holder(String country, Office office, String post, LocalDate date) {
        Set<String> found = new LinkedHashSet<>();
        for (Person person : kb.people()) {
            for (OfficeTerm t : person.terms()) {
                if (person.country().equals(country) && t.office() == office && t.covers(date)
                        && (post == null || post.equals(t.post()))) {
                    found.add(person.id());
                }
            }
        }
        return found.size() == 1 && !office.sharedAtOnce(country) ? found : Set.of();
    }

    private void add(String language, String construction, String text, LocalDate date, Set<String> expected) {
        cells.add(new Cell(language, construction, text, date, expected));
    }

    private static String fill(String frame, String phrase) {
        String s = String.format(frame, phrase);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    // ---------------------------------------------------------------- ambassadors

    private void ambassador(State from, State to, LocalDate date) {
        Set<String> expected = holder(from.code(), Office.AMBASSADOR, to.code(), date);
        for (int kase = 0; kase < RU_FRAMES.size(); kase++) {
            String frame = RU_FRAMES.get(kase);
            String word = RU_AMBASSADOR.get(kase);
            for (String gen : from.ruGenitives()) {
                for (String in : to.ruIn()) {
                    add("ru", "ambassador: посол + state + в post", fill(frame, word + " " + gen + " в " + in), date,
                            expected);
                }
            }
            String adjective = from.ruAdjective() + RU_ADJECTIVE.get(kase);
            add("ru", "ambassador: adjective + посол + в post", fill(frame, adjective + " " + word + " в "
                    + to.ruIn().get(0)), date, expected);
            add("ru", "ambassador: Чрезвычайный и Полномочный + state + в post", fill(frame,
                    "Чрезвычайн" + RU_ADJECTIVE.get(kase).replace("ий", "ый") + " и Полномочн"
                            + RU_ADJECTIVE.get(kase).replace("ий", "ый") + " " + word + " " + from.ruGenitives().get(0)
                            + " в " + to.ruIn().get(0)), date, expected);
        }
        for (String frame : EN_FRAMES) {
            String name = from.enNames().get(0);
            add("en", "ambassador: X's Ambassador to post", fill(frame, name + "'s Ambassador to " + to.enNames().get(0)),
                    date, expected);
            add("en", "ambassador: the adjective Ambassador to post", fill(frame, "the " + from.enAdjective()
                    + " Ambassador to " + to.enNames().get(0)), date, expected);
            for (String n : from.enNames()) {
                add("en", "ambassador: the Ambassador of X to post", fill(frame, "the Ambassador of " + n + " to "
                        + to.enNames().get(0)), date, expected);
            }
        }
        for (int kase = 0; kase < KK_FRAMES.size(); kase++) {
            add("kk", "ambassador: genitive + locative + елшісі", fill(KK_FRAMES.get(kase), from.kkGenitive() + " "
                    + to.kkLocative() + " " + KK_AMBASSADOR.get(kase)), date, expected);
            add("kk", "ambassador: nominative + locative + елшісі", fill(KK_FRAMES.get(kase), from.kk() + " "
                    + to.kkLocative() + " " + KK_AMBASSADOR.get(kase)), date, expected);
            add("ky", "ambassador: genitive + locative + элчиси",
                    fill(KY_FRAMES.get(kase), from.kyGenitive() + " " + to.kyLocative() + " " + KY_AMBASSADOR.get(kase)),
                    date, expected);
        }
    }

    // ---------------------------------------------------------------- spokespeople and press secretaries

    private void spokesperson(State state, LocalDate date) {
        Set<String> expected = holder(state.code(), Office.SPOKESPERSON, null, date);
        boolean us = state.code().equals("US");
        for (int kase = 0; kase < RU_FRAMES.size(); kase++) {
            String frame = RU_FRAMES.get(kase);
            String word = RU_OFFICIAL.get(kase);
            if (us) {
                add("ru", "spokesperson: официальный представитель + Госдепартамента США",
                        fill(frame, word + " Госдепартамента США"), date, expected);
                add("ru", "spokesperson: официальный представитель + Госдепартамента",
                        fill(frame, word + " Госдепартамента"), date, expected);
                continue;
            }
            for (String gen : state.ruGenitives()) {
                add("ru", "spokesperson: официальный представитель + МИД + state", fill(frame, word + " МИД " + gen),
                        date, expected);
                add("ru", "spokesperson: официальный представитель + Министерства иностранных дел + state",
                        fill(frame, word + " Министерства иностранных дел " + gen), date, expected);
            }
            add("ru", "spokesperson: официальный представитель + adjective + МИД", fill(frame, word + " "
                    + state.ruAdjective() + "ого МИД"), date, expected);
        }
        for (String frame : EN_FRAMES) {
            if (us) {
                add("en", "spokesperson: the State Department spokesperson", fill(frame,
                        "the State Department spokesperson"), date, expected);
                add("en", "spokesperson: the spokesperson for the State Department", fill(frame,
                        "the spokesperson for the State Department"), date, expected);
                continue;
            }
            add("en", "spokesperson: the adjective Foreign Ministry spokesperson", fill(frame, "the "
                    + state.enAdjective() + " Foreign Ministry spokesperson"), date, expected);
            add("en", "spokesperson: X's Foreign Ministry spokeswoman", fill(frame, state.enNames().get(0)
                    + "'s Foreign Ministry spokeswoman"), date, expected);
            add("en", "spokesperson: the spokesman of the Ministry of Foreign Affairs of X", fill(frame,
                    "the spokesman of the Ministry of Foreign Affairs of " + state.enNames().get(0)), date, expected);
        }
        if (us) {
            return; // the State Department in Kazakh and Kyrgyz: left open
        }
        for (int kase = 0; kase < KK_FRAMES.size(); kase++) {
            add("kk", "spokesperson: state + СІМ + ресми өкілі", fill(KK_FRAMES.get(kase), state.kk() + " СІМ "
                    + KK_OFFICIAL.get(kase)), date, expected);
            add("kk", "spokesperson: state + Сыртқы істер министрлігінің + ресми өкілі", fill(KK_FRAMES.get(kase),
                    state.kk() + " Сыртқы істер министрлігінің " + KK_OFFICIAL.get(kase)), date, expected);
            add("ky", "spokesperson: genitive + ТИМинин + расмий өкүлү", fill(KY_FRAMES.get(kase), state.kyGenitive()
                    + " ТИМинин " + KY_OFFICIAL.get(kase)), date, expected);
            add("ky", "spokesperson: genitive + Тышкы иштер министрлигинин + расмий өкүлү", fill(KY_FRAMES.get(kase),
                    state.kyGenitive() + " Тышкы иштер министрлигинин " + KY_OFFICIAL.get(kase)), date, expected);
        }
    }

    private void pressSecretary(State state, LocalDate date) {
        Set<String> expected = Set.of(); // an "X of the President" title: neither the secretary nor the president
        for (int kase = 0; kase < RU_FRAMES.size(); kase++) {
            String frame = RU_FRAMES.get(kase);
            String word = RU_SECRETARY.get(kase);
            for (String gen : state.ruGenitives()) {
                add("ru", "press secretary: пресс-секретарь + президента + state", fill(frame, word + " президента "
                        + gen), date, expected);
            }
            add("ru", "press secretary: пресс-секретарь + adjective + президента", fill(frame, word + " "
                    + state.ruAdjective() + "ого президента"), date, expected);
            if (state.code().equals("RU")) {
                add("ru", "press secretary: пресс-секретарь Кремля", fill(frame, word + " Кремля"), date, expected);
            }
        }
        for (String frame : EN_FRAMES) {
            add("en", "press secretary: the press secretary of the President of X", fill(frame,
                    "the press secretary of the President of " + state.enNames().get(0)), date, expected);
            add("en", "press secretary: the adjective presidential spokesman", fill(frame, "the " + state.enAdjective()
                    + " presidential spokesman"), date, expected);
            if (state.code().equals("RU")) {
                add("en", "press secretary: the Kremlin spokesman", fill(frame, "the Kremlin spokesman"), date, expected);
            }
        }
        for (int kase = 0; kase < KK_FRAMES.size(); kase++) {
            add("kk", "press secretary: state + Президентінің + баспасөз хатшысы", fill(KK_FRAMES.get(kase), state.kk()
                    + " Президентінің " + KK_SECRETARY.get(kase)), date, expected);
            add("ky", "press secretary: genitive + Президентинин + басма сөз катчысы", fill(KY_FRAMES.get(kase),
                    state.kyGenitive() + " Президентинин " + KY_SECRETARY.get(kase)), date, expected);
        }
    }
}
