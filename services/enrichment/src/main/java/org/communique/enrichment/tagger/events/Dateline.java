package org.communique.enrichment.tagger.events;

import org.communique.enrichment.tagger.entities.CountryMention;
import org.communique.enrichment.tagger.text.Token;

import java.util.List;

/**
 * A release's dateline: the city in capitals, a comma, the day of writing («ТАШКЕНТ, 12 мая —», "TASHKENT, May 12 —",
 * «АСТАНА, 12 мамыр. ҚазАқпарат –»). Its day is when the text was written, not when what it tells happens, and its city
 * is where it was written: where an official is whose deeds it reports.
 */
final class Dateline {

    /** The words of a city's name in capitals before the comma: «НУР-СУЛТАН», "NEW YORK". */
    private static final int CITY_WORDS = 3;
    /** Things said, which can be reported from anywhere: they place no one in the dateline's city. */
    private static final Words SAYING = Words.of("=said", "=says", "=заявил", "=заявила", "=деди", "=деді", "=addressed",
            "=выступил", "=выступила", "=saw", "=сообщил", "=сообщила");

    private Dateline() {
    }

    /**
     * The index in {@code sentence} of the dateline's first date word, or -1 when the sentence opens with none. A city in
     * capitals («АСТАНА, 12 мамыр», "BISHKEK, March 3") may be followed by any date; one written as a name («Астана, 16
     * қыркүйек», «Бишкек, 18-август», "Tashkent, May 5"), as Kazakh and Kyrgyz agencies and presidents' sites write
     * it, only by a day and a month, so that a sentence opening with a name and a comma is no dateline.
     */
    static int dateAt(List<Token> sentence) {
        boolean named = false;
        for (int i = 0; i < Math.min(sentence.size(), CITY_WORDS + 1); i++) {
            Token t = sentence.get(i);
            if (i > 0 && t.separator().equals(",")) {
                if (named) {
                    return dayAndMonth(sentence, i) ? i : -1;
                }
                return (t.isNumber() || Character.isLetter(t.raw().charAt(0))) ? i : -1;
            }
            if (t.raw().length() < 2 || !t.isAllUpper() && !t.isCapitalized()) {
                return -1;
            }
            named |= !t.isAllUpper();
        }
        return -1;
    }

    /** «16 қыркүйек», «18-август», «12 марта», "May 5", "5 May": a day and a month from {@code i}. */
    private static boolean dayAndMonth(List<Token> sentence, int i) {
        if (i + 1 >= sentence.size()) {
            return false;
        }
        Token first = sentence.get(i);
        Token second = sentence.get(i + 1);
        return first.isNumber() && DateExpressions.month(second, true) > 0
                || DateExpressions.month(first, true) > 0 && second.isNumber();
    }

    /** Whether {@code d} is the dateline's day. */
    static boolean isItsDate(List<Token> sentence, DateExpressions.DateHit d) {
        int at = dateAt(sentence);
        return at >= 0 && d.token() == sentence.get(at).index();
    }

    /** The country of the dateline's city when the sentence opens with a dateline, else null. */
    static String city(List<Token> sentence, List<CountryMention> countries) {
        if (dateAt(sentence) < 0) {
            return null;
        }
        int first = sentence.get(0).index();
        for (CountryMention c : countries) {
            if (c.span().firstToken() == first && Places.isPlace(c)) {
                return c.code();
            }
        }
        return null;
    }

    /** «АСТАНА, 12 мамыр.»: a dateline that is a sentence of its own, so that its city is the next sentence's. */
    static boolean alone(List<Token> sentence) {
        int at = dateAt(sentence);
        return at >= 0 && sentence.size() <= at + 3;
    }

    /** Receiving or hosting someone: the one who does it is at home, wherever the agency that reports it writes. */
    private static final Words HOSTING = Words.of("=принял", "=приняла", "=принимает", "=received", "=receives",
            "=hosted", "=hosts", "=welcomed", "=welcomes");
    private static final Words PASSIVE = Words.of("=был", "=была", "=was", "=is");
    /** What one signs at one's desk: «подписал указ», "signed a decree", «Жарлыққа қол қойды». */
    private static final Words DESK_PAPERS = Words.of("указ", "закон", "постановлени", "распоряжени", "=decree",
            "=decrees", "=law", "=laws", "=bill", "=bills", "жарлык", "заң", "мыйзам", "токтом");
    private static final Words SIGNED = Words.of("подписал", "=signed", "=signs", "=кол", "=койды", "=коюшту");
    private static final int DESK_REACH = 3;

    /**
     * Whether what the sentence tells one did could be done far from the dateline's city: something said («заявил»,
     * "said"), receiving someone («принял», "hosted": the one who receives is at home), signing a decree or a law.
     * Such a sentence places no one there; «ТАШКЕНТ, 15 мая — ... провёл переговоры», «... был принят» do.
     */
    static boolean remoteOnly(List<Token> sentence, List<Token> doings) {
        for (Token t : doings) {
            int i = t.index() - sentence.get(0).index();
            boolean hosting = HOSTING.matches(t) && (i == 0 || !PASSIVE.matches(sentence.get(i - 1)));
            boolean desk = SIGNED.matches(t) && near(sentence, i, DESK_PAPERS);
            if (!SAYING.matches(t) && !hosting && !desk) {
                return false;
            }
        }
        return true;
    }

    private static boolean near(List<Token> sentence, int i, Words words) {
        for (int j = Math.max(0, i - DESK_REACH); j <= Math.min(sentence.size() - 1, i + DESK_REACH); j++) {
            if (words.matches(sentence.get(j))) {
                return true;
            }
        }
        return false;
    }
}
