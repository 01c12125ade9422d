package org.communique.enrichment.tagger.events;

import org.communique.contracts.Tags.EventStatus;
import org.communique.enrichment.tagger.text.Token;

import java.util.List;
import java.util.Set;

/**
 * The tense and aspect of a Kazakh or Kyrgyz predicate from its suffix (folded spelling), read from the verb that
 * closes the sentence, or the one before «деп» when a reporting verb closes it («... келеді, деп хабарлады»):
 * <ul>
 * <li>intention, planned: Kazakh «бармақ», «келмек», «қатыспақ», «бармақшы»; Kyrgyz «бармак», «бармакчы»,
 * «катышмакчы»;</li>
 * <li>something being planned, prepared or expected: «жоспарлануда», «пландалууда», «күтілуде», «дайындалууда»;</li>
 * <li>present continuous, under way: Kazakh «жүргізуде», «өтуде», «жүргізіп жатыр»; Kyrgyz «жүргүзүүдө», «өтүүдө»,
 * «жүргүзүп жатат»;</li>
 * <li>present-future, planned: Kazakh «барады», «жүргізеді», «талқылайды»; Kyrgyz «барат», «өтөт», «катышат»,
 * «жолугушат»;</li>
 * <li>past, done: «барды», «өтті», «болду», «қатысты», and in Kyrgyz also «талкуулады» (талкуула- + -ды), which in
 * Kazakh would be a present-future; the Kazakh verbs in «-ла/-да/-та» whose past looks like a present-future
 * («қабылдады», «талқылады») are listed.</li>
 * </ul>
 */
final class TurkicTense {

    private static final List<String> PLANNING_STEMS = List.of("жоспарлан", "жоспарла", "пландал", "пландаш", "кутил",
            "кутул", "дайындал", "даярдал", "козделу", "белгилен");
    private static final List<String> INTENTION = List.of("макшы", "мекши", "бакшы", "бекши", "пакшы", "пекши",
            "макчы", "мекчи", "мокчу", "бакчы", "бекчи", "бокчу", "пакчы", "пекчи", "покчу",
            "мак", "мек", "бак", "бек", "пак", "пек", "мок", "бок", "пок");
    private static final Set<String> NOT_INTENTION = Set.of("комек", "жардамак", "конак", "тамак", "кабак");
    private static final List<String> CONTINUOUS = List.of("ууда", "уудо", "оодо", "уда", "уде", "юда", "юде");
    private static final Set<String> CONTINUOUS_AUXILIARIES = Set.of("жатыр", "жатат", "жатышат", "жатышыр", "отыр",
            "журет");
    private static final List<String> KAZAKH_PRESENT_FUTURE = List.of("ады", "еди", "айды", "ейди", "ияйды");
    /** Kyrgyz present-future; Kazakh has it only in «айт-», but the rule stays for texts told as Kazakh by mistake. */
    private static final List<String> KYRGYZ_PRESENT_FUTURE = List.of("ат", "ет", "от", "ут", "йт");
    private static final List<String> PAST = List.of("ды", "ди", "ты", "ти", "ду", "ту");
    /** The past participle closing a sentence tells a past: «жүргізген», «сүйлөшүү жүргүзгөн», «өткөн» (folded). */
    private static final List<String> PAST_PARTICIPLE = List.of("ган", "ген", "кан", "кен", "гон", "кон");
    /** Kazakh verbs in -ла/-да/-та whose past (-ды) reads like a present-future (-ады), folded. */
    private static final Set<String> KAZAKH_PAST_IN_ADY = Set.of("кабылдады", "талкылады", "макулдады", "колдады",
            "жоспарлады", "багалады", "белгиледи", "куттыктады", "айыптады", "карсылады", "сайлады", "тындады",
            "мактады", "жасады", "кайталады", "аяктады", "бастады", "марапаттады", "ойлады", "корытындылады");
    /** Verbs of going, coming, being and making (a trip), folded: their present-future is the future. */
    private static final List<String> GOING = List.of("бар", "кел", "жоно", "аттан", "ушад", "учат", "бол", "жаса",
            "сапарла", "кайт", "орал",
            // «сапары өтеді», «сапары өтөт»: the trip takes place (not «өткізеді», holds)
            "отеди", "отот");
    private static final Set<String> REPORTING = Set.of("деп", "деген", "дейди");
    private static final int MIN_VERB = 4;

    private TurkicTense() {
    }

    /** The status the sentence's predicate tells, or null when its form says nothing about time. */
    static EventStatus of(List<Token> sentence, String language) {
        int predicate = predicate(sentence);
        if (predicate < 0) {
            return null;
        }
        Token verb = sentence.get(predicate);
        if (CONTINUOUS_AUXILIARIES.contains(verb.lower()) && predicate > 0) {
            // «жүргізіп жатыр», «сүйлөшүп жатат»: under way, unless what goes on is the planning
            return planning(sentence.get(predicate - 1).lower()) ? EventStatus.PLANNED : EventStatus.ONGOING;
        }
        return of(verb, language);
    }

    /** The predicate: the last word, or the one before «деп» when a reporting verb closes the sentence. */
    private static int predicate(List<Token> sentence) {
        int predicate = sentence.size() - 1;
        for (int i = sentence.size() - 2; i > 0; i--) {
            if (REPORTING.contains(sentence.get(i).lower())) {
                return i - 1; // «... келіссөз жүргізеді, деп хабарлады Ақорда»
            }
        }
        return predicate;
    }

    /**
     * Whether the predicate is a present-future of a verb of doing rather than of going («қатысады», «катышат»,
     * «келіссөз жүргізеді», «өтөт» — not «барады», «келет», «болады»): without a date it tells what happens on the day
     * it is reported, as much as what is to come.
     */
    static boolean presentOfDoing(List<Token> sentence, String language) {
        int predicate = predicate(sentence);
        if (predicate < 0) {
            return false;
        }
        Token verb = sentence.get(predicate);
        String w = verb.lower();
        if (w.length() < MIN_VERB || !verb.isCyrillic() || planning(w) || startsWithAny(w, GOING)
                || !NOT_INTENTION.contains(w) && endsWithAny(w, INTENTION)) {
            return false;
        }
        boolean kyrgyz = "ky".equals(language);
        return !kyrgyz && !KAZAKH_PAST_IN_ADY.contains(w) && endsWithAny(w, KAZAKH_PRESENT_FUTURE)
                || kyrgyz && !endsWithAny(w, PAST) && endsWithAny(w, KYRGYZ_PRESENT_FUTURE);
    }

    static EventStatus of(Token verb, String language) {
        String w = verb.lower();
        if (w.length() < MIN_VERB || !verb.isCyrillic()) {
            return null;
        }
        if (planning(w)) {
            return EventStatus.PLANNED;
        }
        if (!NOT_INTENTION.contains(w) && endsWithAny(w, INTENTION)) {
            return EventStatus.PLANNED;
        }
        if (endsWithAny(w, CONTINUOUS)) {
            return EventStatus.ONGOING;
        }
        boolean kyrgyz = "ky".equals(language);
        if (!kyrgyz && KAZAKH_PAST_IN_ADY.contains(w)) {
            return EventStatus.COMPLETED;
        }
        if (!kyrgyz && endsWithAny(w, KAZAKH_PRESENT_FUTURE)) {
            return EventStatus.PLANNED;
        }
        if (endsWithAny(w, PAST) || endsWithAny(w, PAST_PARTICIPLE)) {
            return EventStatus.COMPLETED;
        }
        if (endsWithAny(w, KYRGYZ_PRESENT_FUTURE)) {
            return EventStatus.PLANNED;
        }
        return null;
    }

    private static boolean startsWithAny(String w, List<String> stems) {
        for (String stem : stems) {
            if (w.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    private static boolean planning(String w) {
        for (String stem : PLANNING_STEMS) {
            if (w.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithAny(String w, List<String> suffixes) {
        for (String s : suffixes) {
            if (w.endsWith(s)) {
                return true;
            }
        }
        return false;
    }
}
