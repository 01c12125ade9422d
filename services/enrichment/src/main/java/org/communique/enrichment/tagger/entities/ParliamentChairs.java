package org.communique.enrichment.tagger.entities;

import org.communique.enrichment.tagger.gazetteer.Match;
import org.communique.enrichment.tagger.kb.Office;
import org.communique.enrichment.tagger.text.TextFolding;
import org.communique.enrichment.tagger.text.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The chair of a parliament or of one of its houses, by office: the phrases come from the grammar of the four
 * languages (a chair word and a house's name: «председатель Сената», "Speaker of the State Duma", "Mazhilis chairwoman",
 * «Сенат Төрағасы», «Жогорку Кеңеш Төрагасы», in any case and, in Kazakh and Kyrgyz, any possessive or genitive
 * ending), not from a list of examples. A house's name may name its state («Мажилис», «Госдума»); a Senate needs the
 * state named beside it; "parliament" names the chair of the one chamber of a state that has one. The parliament's own
 * name may stand between the house and its state: «Сената Парламента Республики Казахстан», «Сената Олий Мажлиса
 * Узбекистана», "of the Senate of the Parliament of Kazakhstan", «Қазақстан Республикасы Парламенті Сенатының», «Өзбекстан
 * Олий Мажлисі Сенатының». Turkmenistan's Halk Maslahaty is known by name only: by office the gold sets lost by it.
 */
final class ParliamentChairs {

    /** A house by its names, and the state it names on its own (null: a Senate, or "parliament", which need one). */
    private record Chamber(String country, Office office, List<String> ru, List<String> en, List<String> kk,
                           List<String> ky) {
    }

    private static final Office UPPER = Office.UPPER_HOUSE_CHAIR;
    private static final Office LOWER = Office.LOWER_HOUSE_CHAIR;

    private static final List<Chamber> HOUSES = List.of(
            new Chamber(null, UPPER, List.of("сената"), List.of("senate"), List.of("сенат"), List.of("сенат")),
            new Chamber("KZ", LOWER, List.of("мажилиса"), List.of("mazhilis", "majilis"), List.of("мәжіліс"),
                    List.of("мажилис")),
            // Kyrgyzstan's single chamber since 2005 (upper_house_chair in the knowledge base)
            new Chamber("KG", UPPER, List.of("жогорку кенеша"), List.of("jogorku kenesh"), List.of("жоғарғы кеңес"),
                    List.of("жогорку кеңеш")),
            new Chamber("UZ", LOWER, List.of("законодательной палаты"), List.of("legislative chamber"), List.of(),
                    List.of()),
            new Chamber("TJ", UPPER, List.of("маджлиси милли"), List.of("majlisi milli"), List.of(), List.of()),
            new Chamber("TJ", LOWER, List.of("маджлиси намояндагон"), List.of("majlisi namoyandagon"), List.of(),
                    List.of()),
            new Chamber("TM", LOWER, List.of("меджлиса"), List.of("mejlis"), List.of(), List.of()),
            new Chamber("RU", UPPER, List.of("совета федерации", "совфеда"), List.of("federation council"),
                    List.of("федерация кеңесі"), List.of("федерация кеңеши")),
            new Chamber("RU", LOWER, List.of("государственной думы", "госдумы"), List.of("state duma"),
                    List.of("мемлекеттік дума"), List.of("мамлекеттик дума")),
            // China's National People's Congress sits a few weeks a year; its Standing Committee's chair is its speaker
            new Chamber("CN", UPPER, List.of("постоянного комитета всекитайского собрания народных представителей",
                    "пк вснп"), List.of("npc standing committee", "standing committee of the national people's congress"),
                    List.of("бүкілқытайлық халық өкілдері жиналысы тұрақты комитеті", "бхөж тұрақты комитеті"),
                    List.of()));

    /** "Parliament" in the four languages: the chair of a state's one chamber. */
    private static final Chamber PARLIAMENT = new Chamber(null, UPPER, List.of("парламента"), List.of("parliament"),
            List.of(), List.of());

    private static final List<String> RU_CHAIRS = List.of("председатель", "спикер");
    private static final List<String> EN_CHAIRS = List.of("chairman", "chairwoman", "chair", "speaker");
    private static final List<String> KK_CHAIRS = List.of("төрағасы", "спикері");
    private static final List<String> KY_CHAIRS = List.of("төрагасы", "спикери");

    /** A house's name as words (folded), for the chair split by the state's adjective. */
    private record Name(List<String> words, Office office, String country) {
    }

    static final List<RolePhrase> PHRASES = phrases();
    private static final List<Name> HOUSE_NAMES = houseNames();
    private static final Set<String> OF_PARLIAMENT = Set.copyOf(texts(PARLIAMENT));

    /** A parliament's own name, folded, as it stands between a house and its state (two words at most). */
    private static final List<List<String>> NAMES_AFTER = folded(List.of(List.of("парламента"), List.of("олий", "мажлиса"),
            List.of("маджлиси", "оли"), List.of("федерального", "собрания"), List.of("parliament"),
            List.of("oliy", "majlis"), List.of("majlisi", "oli"), List.of("federal", "assembly")));
    /** The same in Kazakh and Kyrgyz, before the house and after the state, by the stem of each word. */
    private static final List<List<String>> NAMES_BEFORE = folded(List.of(List.of("парламент"), List.of("олий", "мажлис"),
            List.of("олий", "мәжіліс"), List.of("федералдық", "жиналыс"), List.of("федералдык", "жыйын")));

    private ParliamentChairs() {
    }

    private static List<RolePhrase> phrases() {
        List<RolePhrase> out = new ArrayList<>();
        List<Chamber> all = new ArrayList<>(HOUSES);
        all.add(PARLIAMENT);
        for (Chamber house : all) {
            for (String text : texts(house)) {
                Set<String> countries = house.country() == null ? Set.of() : Set.of(house.country());
                out.add(new RolePhrase(text, house.office(), countries, house.country(), false, Set.of(), false, false));
            }
        }
        return List.copyOf(out);
    }

    private static List<Name> houseNames() {
        List<Name> out = new ArrayList<>();
        List<Chamber> all = new ArrayList<>(HOUSES);
        all.add(PARLIAMENT);
        for (Chamber house : all) {
            Office office = house == PARLIAMENT ? null : house.office();
            for (String name : union(house.ru(), house.en())) {
                out.add(new Name(List.of(TextFolding.lower(name).split(" ")), office, house.country()));
            }
        }
        return List.copyOf(out);
    }

    private static List<String> union(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static List<String> texts(Chamber house) {
        List<String> out = new ArrayList<>();
        for (String name : house.ru()) {
            RU_CHAIRS.forEach(chair -> out.add(chair + " " + name));
        }
        for (String name : house.en()) {
            for (String chair : EN_CHAIRS) {
                out.add(chair + " of the " + name);
                out.add(name + " " + chair);
            }
        }
        for (String name : house.kk()) {
            KK_CHAIRS.forEach(chair -> out.add(name + " " + chair));
        }
        for (String name : house.ky()) {
            KY_CHAIRS.forEach(chair -> out.add(name + " " + chair));
        }
        return out;
    }

    /** The states whose upper house is a Senate: Kazakhstan's since 1996, Uzbekistan's since 2005. */
    private static final Set<String> SENATES = Set.of("KZ", "UZ");

    /** Whether the phrase names the chair of a Senate, whose state the phrase does not say. */
    static boolean senate(RolePhrase phrase) {
        return names(phrase) && phrase.impliedCountry() == null && phrase.text().contains("сенат")
                || names(phrase) && phrase.impliedCountry() == null && phrase.text().contains("senate");
    }

    static boolean hasSenate(String country) {
        return SENATES.contains(country);
    }

    /** Whether the phrase names the chair of a house or a parliament. */
    static boolean names(RolePhrase phrase) {
        return phrase.office() == UPPER || phrase.office() == LOWER;
    }

    /**
     * The office a chair phrase names in a state on a day: "parliament" names the chair of the state's one chamber (the
     * only one of its two chairs the knowledge base holds that day), or none where there are two.
     */
    static Office office(RolePhrase phrase, Office office, String country, LocalDate date, OfficeIndex offices) {
        return OF_PARLIAMENT.contains(phrase.text()) ? singleChamber(country, date, offices) : office;
    }

    /** The chair of a state's one chamber on a day, or null where the knowledge base holds the chairs of two. */
    static Office singleChamber(String country, LocalDate date, OfficeIndex offices) {
        boolean upper = offices.holder(country, UPPER, date).isPresent();
        boolean lower = offices.holder(country, LOWER, date).isPresent();
        return upper == lower ? null : upper ? UPPER : LOWER;
    }

    /** The state of a house that names it («Мажилис», «Жогорку Кеңеш», "State Duma"), or null. */
    static String houseCountry(RolePhrase phrase) {
        return names(phrase) ? phrase.impliedCountry() : null;
    }

    /**
     * A house's name in the text, after a chair word and the state's adjective: the office (null for "parliament"), the
     * state it names on its own (null for a Senate or a parliament) and its last token.
     */
    record House(Office office, String country, int last) {
    }

    /** The house whose Russian or English name starts at token {@code i}, or null. */
    static House houseAt(List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return null;
        }
        int sentence = tokens.get(i - 1).sentence();
        for (Name name : HOUSE_NAMES) {
            int end = i + name.words().size() - 1;
            if (end >= tokens.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < name.words().size() && all; k++) {
                Token t = tokens.get(i + k);
                all = t.sentence() == sentence && t.lower().equals(name.words().get(k)) && t.separator().isEmpty();
            }
            if (all) {
                return new House(name.office(), name.country(), end);
            }
        }
        return null;
    }

    /** A state found across a parliament's name (null: none named), and the last token of the phrase with it. */
    record Across(String country, int last) {
    }

    /**
     * «председатель Сената Парламента Республики Казахстан», "the Speaker of the Senate of the Oliy Majlis of
     * Uzbekistan": the state after the parliament's name after the house; «Сената Олий Мажлиса» alone: the state the
     * parliament's name names; «Совета Федерации Федерального Собрания»: no state, the name ends the phrase. Null if no
     * parliament's name follows.
     */
    static Across stateAfter(List<Token> tokens, List<Match<Ref>> matches, int m, int last) {
        int sentence = tokens.get(last).sentence();
        int i = last + 1;
        boolean english = !tokens.get(last).isCyrillic();
        if (english) {
            i = skip(tokens, i, "of", sentence);
            i = skip(tokens, i, "the", sentence);
        }
        int end = nameAt(tokens, i, sentence);
        if (end < 0) {
            return null;
        }
        int next = end + 1;
        if (english) {
            next = skip(tokens, next, "of", sentence);
            next = skip(tokens, next, "the", sentence);
        }
        for (int k = m + 1; k < matches.size(); k++) {
            Match<Ref> match = matches.get(k);
            if (match.first() <= end) {
                if (match.first() >= i && match.value() instanceof Ref.CountryRef c
                        && c.form() == Ref.CountryForm.INSTITUTION && match.last() == end) {
                    Across parliament = new Across(c.code(), match.last());
                    Match<Ref> after = k + 1 < matches.size() ? matches.get(k + 1) : null;
                    Across state = after == null ? null : state(tokens, after, next, end);
                    return state != null ? state : parliament;
                }
                continue;
            }
            Across state = state(tokens, match, next, end);
            return state != null ? state : new Across(null, end);
        }
        return new Across(null, end);
    }

    private static Across state(List<Token> tokens, Match<Ref> match, int expectedFirst, int end) {
        if (match.first() != expectedFirst || !(match.value() instanceof Ref.CountryRef c)
                || c.form() != Ref.CountryForm.NAME && c.form() != Ref.CountryForm.ABBREVIATION
                || tokens.get(match.first()).sentence() != tokens.get(end).sentence()) {
            return null;
        }
        return new Across(c.code(), match.last());
    }

    /**
     * «Қазақстан Республикасы Парламенті Сенатының Төрағасы», «Өзбекстан Олий Мажлисі Сенатының Төрағасы»: how many words
     * of a parliament's name stand right before a Kazakh or Kyrgyz chair phrase (0 if none).
     */
    static int nameBefore(List<Token> tokens, int first) {
        int sentence = tokens.get(first).sentence();
        for (List<String> name : NAMES_BEFORE) {
            int start = first - name.size();
            if (start < 0) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < name.size() && all; k++) {
                Token t = tokens.get(start + k);
                all = t.sentence() == sentence && t.lower().startsWith(name.get(k)) && t.separator().isEmpty();
            }
            if (all && tokens.get(first).separator().isEmpty()) {
                return name.size();
            }
        }
        return 0;
    }

    /** The last token of a parliament's name starting at {@code i}, or -1. */
    private static int nameAt(List<Token> tokens, int i, int sentence) {
        for (List<String> name : NAMES_AFTER) {
            if (i + name.size() > tokens.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < name.size() && all; k++) {
                Token t = tokens.get(i + k);
                all = t.sentence() == sentence && t.lower().equals(name.get(k)) && t.separator().isEmpty();
            }
            if (all) {
                return i + name.size() - 1;
            }
        }
        return -1;
    }

    private static int skip(List<Token> tokens, int i, String word, int sentence) {
        return i < tokens.size() && tokens.get(i).sentence() == sentence && tokens.get(i).lower().equals(word)
                && tokens.get(i).separator().isEmpty() ? i + 1 : i;
    }

    private static List<List<String>> folded(List<List<String>> names) {
        return names.stream().map(n -> n.stream().map(TextFolding::lower).toList()).toList();
    }
}
