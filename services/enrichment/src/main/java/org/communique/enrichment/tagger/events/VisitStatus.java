package org.communique.enrichment.tagger.events;

import org.communique.contracts.Tags.EventStatus;
import org.communique.enrichment.tagger.text.Token;

import java.util.List;

/** The status of an event from the tense and aspect of the words around its trigger. */
final class VisitStatus {

    private static final int ONGOING_REACH = 6;

    private VisitStatus() {
    }


    /**
     * The status of the tense marker nearest to a trigger; ties go to ongoing, then planned. A marker of an ongoing
     * visit close to the trigger («находящийся в Бишкеке с визитом») wins over any other. In Kazakh and Kyrgyz the
     * main verb closes the sentence, so there its tense suffix decides, else the last marker.
     */
    static EventStatus of(List<Token> tokens, List<Integer> at, boolean verbLast) {
        EventStatus best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Token t : tokens) {
            if (EventWords.ONGOING.matches(t) && distance(t, at) <= ONGOING_REACH) {
                return EventStatus.ONGOING;
            }
        }
        if (verbLast) {
            EventStatus tense = TurkicTense.of(tokens.get(tokens.size() - 1));
            if (tense != null) {
                return tense;
            }
        }
        for (Token t : tokens) {
            EventStatus s = EventWords.ONGOING.matches(t) ? EventStatus.ONGOING
                    : EventWords.PLANNED.matches(t) ? EventStatus.PLANNED
                    : EventWords.COMPLETED.matches(t) ? EventStatus.COMPLETED : null;
            if (s == null) {
                continue;
            }
            int distance = verbLast ? tokens.get(tokens.size() - 1).index() - t.index() : distance(t, at);
            if (distance < bestDistance || distance == bestDistance && rank(s) < rank(best)) {
                best = s;
                bestDistance = distance;
            }
        }
        if (best == null) {
            // "Erdoğan to attend summit in Bishkek", "Tokayev to visit Paris": a headline's infinitive is the future
            for (Token t : tokens) {
                if (t.lower().equals("to") && !t.isCyrillic() && at.contains(t.index() + 1)) {
                    return EventStatus.PLANNED;
                }
            }
        }
        return best;
    }

    static int distance(Token t, List<Integer> at) {
        int distance = Integer.MAX_VALUE;
        for (int trigger : at) {
            distance = Math.min(distance, Math.abs(t.index() - trigger));
        }
        return distance;
    }

    static int rank(EventStatus s) {
        return switch (s) {
            case ONGOING -> 0;
            case PLANNED -> 1;
            case COMPLETED -> 2;
        };
    }
}
