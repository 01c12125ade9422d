package org.communique.enrichment.tagger.events;

import org.communique.enrichment.tagger.text.Token;

import java.util.List;

/**
 * Whether a sentence tells that a trip is over, in the ways the language has for it: a verb of return («вернулся»,
 * "returned", «елге оралды», «мекенине кайтып келди»); a verb of ending next to a word for the trip («завершил визит»,
 * "concluded his visit", "wrapped up the trip", «сапарын аяқтады», «сапарын тамамдады»); a departure towards home
 * («вылетел на родину», "flew home", "flew back", «елге ұшып кетті», «мекенине жөнөп кетти»); a farewell («церемония
 * проводов», "farewell ceremony", «узатып салды», «шығарып салды»); a Kazakh or Kyrgyz round trip told by a converb of
 * going and a verb of coming back («барып қайтты», «болып келді», «барып келди»); the outcome of the trip («по итогам
 * визита», "the results of the visit", «сапарының қорытындысы бойынша»).
 */
final class TripEnd {

    private static final int NEAR = 4;
    /** A verb of ending may stand further from the trip's word: "concluded his two-day official visit". */
    private static final int END_NEAR = 6;
    /** The nouns of the trip itself, which a verb of ending may govern from further away. */
    private static final Words TRIP_NOUNS = Words.of("визит", "поездк", "турне", "=visit", "=trip", "=tour", "сапар");

    /** The end of a trip whatever stands near: «вернулся», «завершился», «покинул», «аяқталды». */
    private static final Words RETURNED = Words.of("=вернулся", "=вернулась", "=вернулись", "=возвратился",
            "=возвратилась", "=возвратились", "=returned", "=оралды", "=кайтты", "=кайтып", "=кайтышты",
            "=завершил", "=завершила", "=завершили", "=завершился", "=завершилась", "=завершен", "=завершена",
            "=завершились", "=покинул", "=покинула", "=покинули", "=аякталды", "=аяктады", "=аякташты");
    /** Verbs of ending that end the trip only next to a word for it: "concluded his visit" but not "concluded a deal". */
    private static final Words END = Words.of("=concluded", "=ended", "=wrapped", "=completed", "=finished", "=wound",
            "=concludes", "=ends", "=wraps", "=completes", "=finishes",
            "=аяктап", "=тамамдады", "=тамамдап", "=тамамдашты", "=корытындылады", "=жыйынтыктады");
    /** Verbs of leaving: an end of the trip only when home is where they go. */
    private static final Words DEPART = Words.of("вылетел", "=отбыл", "=отбыла", "=отбыли", "=улетел", "=улетела",
            "=улетели", "=отправился", "=отправилась", "=flew", "=left", "=departed", "=headed", "=went", "=came",
            "=ушып", "=учуп", "=кетти", "=жоноду", "=жонеп", "=жонеди", "=аттанды");
    private static final Words HOME = Words.of("=родину", "=домой", "=home", "=back", "=елге", "=елине", "=отанына",
            "=мекенине", "=мекенге", "=елимизге", "=ата-мекенине");
    private static final Words FAREWELL = Words.of("=проводов", "=проводы", "=farewell", "=узатып", "=узатты",
            "=узатышты", "=шыгарып");
    /** The outcome of the trip, which is told once it is over: «по итогам визита», "the results of the visit",
     * «сапарының қорытындысы», «сапарынын жыйынтыгы». */
    private static final Words OUTCOME = Words.of("=итогам", "=итоги", "=итогах", "=результатам", "=результаты",
            "=results", "=outcome", "=outcomes", "=корытындысы", "=корытындысында", "=корутундусу",
            "=корутундусунда", "=жыйынтыгы", "=жыйынтыгында", "=жыйынтыктары");
    private static final Words ROUND_TRIP_GO = Words.of("=барып", "=болып", "=болуп");
    private static final Words ROUND_TRIP_BACK = Words.of("=кайтты", "=келди", "=кайтышты", "=келишти", "=оралды");

    private TripEnd() {
    }

    /** A verb of leaving: «вылетел», «отбыл», "departed", «учуп кетти», «аттанды». */
    static boolean departs(Token token) {
        return DEPART.matches(token) && !token.lower().equals("went") && !token.lower().equals("came");
    }

    static boolean in(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (RETURNED.matches(t) || FAREWELL.matches(t)) {
                return true;
            }
            if (END.matches(t) && (near(tokens, i, EventWords.VISIT, NEAR) || near(tokens, i, TRIP_NOUNS, END_NEAR))
                    || OUTCOME.matches(t) && near(tokens, i, EventWords.VISIT, NEAR) && !aheadInSentence(tokens, i)) {
                return true;
            }
            // «визит подошёл к концу»: came to its end
            if (t.lower().equals("концу") && i >= 2 && tokens.get(i - 1).lower().equals("к")
                    && tokens.get(i - 2).lower().startsWith("подош")) {
                return true;
            }
            if (HOME.matches(t) && near(tokens, i, DEPART, NEAR)) {
                return true;
            }
            if (ROUND_TRIP_GO.matches(t) && i + 1 < tokens.size() && ROUND_TRIP_BACK.matches(tokens.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Ending a trip, in the past or in a headline's present: "wrapped up", "wraps up", «завершил», «аяқтады». */
    private static final Words ENDS_TRIP = Words.of("=concluded", "=concludes", "=ended", "=ends", "=wrapped", "=wraps",
            "=completed", "=completes", "=finished", "=finishes", "=завершил", "=завершила", "=завершили", "=завершает",
            "=аяктады", "=аяктады", "=аякташты", "=тамамдады", "=корытындылады", "=жыйынтыктады");
    private static final Words NOT_YET = Words.of("=will", "=to", "=would", "=shall");

    /**
     * "Pompeo wraps up Kazakhstan visit, heads to Tashkent", «завершил визит в Казахстан и вылетел в Ташкент»: the field
     * index of the trip noun a verb of ending governs (the trip that is over, not the next leg), or -1. A verb of ending
     * still to come ("will wrap up") ends nothing yet.
     */
    static int endedTripNoun(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!ENDS_TRIP.matches(tokens.get(i)) || i > 0 && NOT_YET.matches(tokens.get(i - 1))) {
                continue;
            }
            for (int j = i + 1; j <= Math.min(tokens.size() - 1, i + END_NEAR); j++) {
                if (TRIP_NOUNS.matches(tokens.get(j)) && !EventWords.NOT_VISIT.matches(tokens.get(j))) {
                    return tokens.get(j).index();
                }
            }
            for (int j = i - 1; j >= Math.max(0, i - NEAR); j--) {
                // «сапарын аяқтады»: the Kazakh and Kyrgyz object before its verb
                if (TRIP_NOUNS.matches(tokens.get(j)) && !EventWords.NOT_VISIT.matches(tokens.get(j))) {
                    return tokens.get(j).index();
                }
            }
        }
        return -1;
    }

    /** Kazakh and Kyrgyz passive present-future endings, folded: «қол қойылады», «кол коюлат», «өткөрүлөт». */
    private static final List<String> FUTURE_PASSIVE = List.of("ылады", "иледи", "улат", "улот", "лат", "лет", "лот",
            "нат", "нет");

    /**
     * «По итогам визита будет подписан ряд документов», "the results of the visit will be signed", «Сапардын
     * жыйынтыгында ... кол коюлат»: the outcome still to come ends no trip.
     */
    private static boolean aheadInSentence(List<Token> tokens, int i) {
        int sentence = tokens.get(i).sentence();
        for (int j = i; j < tokens.size() && tokens.get(j).sentence() == sentence; j++) {
            Token t = tokens.get(j);
            if (EventWords.PLANNED.matches(t)) {
                return true;
            }
            String w = t.lower();
            if (t.isCyrillic() && w.length() > 5 && FUTURE_PASSIVE.stream().anyMatch(w::endsWith)) {
                return true;
            }
        }
        return false;
    }

    private static boolean near(List<Token> tokens, int i, Words words, int reach) {
        for (int j = Math.max(0, i - reach); j <= Math.min(tokens.size() - 1, i + reach); j++) {
            if (j != i && words.matches(tokens.get(j)) && !EventWords.NOT_VISIT.matches(tokens.get(j))) {
                return true;
            }
        }
        return false;
    }
}
