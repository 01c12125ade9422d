package org.communique.enrichment.tagger.entities;

import org.communique.enrichment.tagger.kb.Office;
import org.communique.enrichment.tagger.text.Token;

import java.util.List;
import java.util.Set;

/**
 * Office phrases with the country's adjective inside them, which no fixed phrase covers: «глава казахстанского МИД»,
 * «главу узбекского правительства», «глава кыргызского дипведомства», «главой казахстанского МИДа», «руководитель киргизского внешнеполитического ведомства», «глава российского
 * государства», «председателем таджикского правительства», «шефа российской дипломатии», «глава казахстанского Минобороны», "the head of the Kazakh
 * Foreign Ministry", "head of the Uzbek government"; the chair of a house: «председателем казахстанского Сената»,
 * "the Speaker of the Kyrgyz Parliament".
 */
final class SplitOffices {

    /**
     * Where the phrase lies, the office it names and whether its head word is in the nominative; for the chair of a
     * house, {@code house} (the office null for "parliament": the chair of its one chamber).
     */
    record Found(int first, int last, Office office, boolean nominative, ParliamentChairs.House house) {

        Found(int first, int last, Office office, boolean nominative) {
            this(first, last, office, nominative, null);
        }
    }

    private record Tail(Office office, List<String> words) {
    }

    private static final Set<String> HEADS = Set.of("глава", "главы", "главе", "главу", "главой", "руководитель",
            "руководителя", "руководителю", "руководителем", "руководителе", "председатель", "председателя",
            "председателю", "председателем", "председателе", "шеф", "шефа", "шефу", "шефом", "шефе", "head", "chief");
    private static final Set<String> NOMINATIVE_HEADS = Set.of("глава", "руководитель", "председатель", "шеф", "head",
            "chief");
    /** The chair of a house: «председателем казахстанского Сената», "the Speaker of the Kyrgyz Parliament". */
    private static final Set<String> CHAIR_HEADS = Set.of("председатель", "председателя", "председателю",
            "председателем", "председателе", "спикер", "спикера", "спикеру", "спикером", "спикере", "chairman",
            "chairwoman", "chair", "speaker");
    private static final Set<String> NOMINATIVE_CHAIRS = Set.of("председатель", "спикер", "chairman", "chairwoman",
            "chair", "speaker");
    private static final List<Tail> TAILS = List.of(
            new Tail(Office.FOREIGN_MINISTER, List.of("мид")),
            new Tail(Office.FOREIGN_MINISTER, List.of("мида")),
            new Tail(Office.FOREIGN_MINISTER, List.of("дипведомства")),
            new Tail(Office.FOREIGN_MINISTER, List.of("внешнеполитического", "ведомства")),
            new Tail(Office.FOREIGN_MINISTER, List.of("министерства", "иностранных", "дел")),
            new Tail(Office.PRIME_MINISTER, List.of("правительства")),
            new Tail(Office.PRIME_MINISTER, List.of("кабмина")),
            new Tail(Office.PRIME_MINISTER, List.of("кабинета", "министров")),
            new Tail(Office.PRIME_MINISTER, List.of("кабинета")),
            new Tail(Office.PRESIDENT, List.of("государства")),
            // «шеф казахстанской дипломатии»
            new Tail(Office.FOREIGN_MINISTER, List.of("дипломатии")),
            new Tail(Office.FOREIGN_MINISTER, List.of("foreign", "ministry")),
            new Tail(Office.FOREIGN_MINISTER, List.of("ministry", "of", "foreign", "affairs")),
            new Tail(Office.FOREIGN_MINISTER, List.of("foreign", "office")),
            new Tail(Office.PRIME_MINISTER, List.of("government")),
            // «глава казахстанского Минобороны», «руководитель узбекского военного ведомства», "head of the Kazakh
            // Defence Ministry"
            new Tail(Office.DEFENCE_MINISTER, List.of("минобороны")),
            new Tail(Office.DEFENCE_MINISTER, List.of("военного", "ведомства")),
            new Tail(Office.DEFENCE_MINISTER, List.of("оборонного", "ведомства")),
            new Tail(Office.DEFENCE_MINISTER, List.of("министерства", "обороны")),
            new Tail(Office.DEFENCE_MINISTER, List.of("defence", "ministry")),
            new Tail(Office.DEFENCE_MINISTER, List.of("defense", "ministry")),
            new Tail(Office.DEFENCE_MINISTER, List.of("ministry", "of", "defence")),
            new Tail(Office.DEFENCE_MINISTER, List.of("ministry", "of", "defense")));

    private SplitOffices() {
    }

    /** The office phrase around a country adjective at {@code first}..{@code last}, or null. */
    static Found around(List<Token> tokens, int first, int last) {
        int sentence = tokens.get(first).sentence();
        int head = first - 1;
        boolean english = !tokens.get(first).isCyrillic();
        if (english && head >= 0 && tokens.get(head).lower().equals("the")) {
            head--;
        }
        if (english && (head < 0 || !tokens.get(head).lower().equals("of"))) {
            return null;
        }
        if (english) {
            head--;
        }
        if (head < 0 || tokens.get(head).sentence() != sentence) {
            return null;
        }
        String headWord = tokens.get(head).lower();
        if (CHAIR_HEADS.contains(headWord)) {
            // «спикер казахстанского МИД» is its spokesman: a chair word before a house only
            ParliamentChairs.House house = ParliamentChairs.houseAt(tokens, last + 1);
            if (house == null && last > first) {
                // "the Russian Federation Council": the house's name begins with the state's last word
                house = ParliamentChairs.houseAt(tokens, last);
            }
            if (house != null) {
                return new Found(head, house.last(), house.office(), NOMINATIVE_CHAIRS.contains(headWord), house);
            }
        }
        if (!HEADS.contains(headWord)) {
            return null;
        }
        // "the head of Kazakhstan's foreign ministry": the state's name with its possessive
        if (english && last + 1 < tokens.size() && tokens.get(last + 1).lower().equals("s")
                && tokens.get(last + 1).sentence() == sentence) {
            last++;
        }
        for (Tail tail : TAILS) {
            int end = last + tail.words().size();
            if (end >= tokens.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < tail.words().size() && all; k++) {
                Token t = tokens.get(last + 1 + k);
                all = t.sentence() == sentence && t.lower().equals(tail.words().get(k)) && t.separator().isEmpty();
            }
            if (all) {
                return new Found(head, end, tail.office(), NOMINATIVE_HEADS.contains(tokens.get(head).lower()));
            }
        }
        return null;
    }
}
