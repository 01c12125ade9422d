package org.communique.enrichment.tagger.events;

import org.communique.contracts.Tags.EventKind;
import org.communique.contracts.Tags.EventType;
import org.communique.enrichment.tagger.text.Token;
import org.communique.enrichment.tagger.text.Tokenizer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The words in a sentence that announce an event: visits, talks, calls, meetings, agreements; whether an invitation
 * is pending or accepted; the kind of a visit («официальный визит», "a state visit").
 */
final class Triggers {

    private Triggers() {
    }

    /** Token indices of the trigger words of each event type in one sentence. */
    static Map<EventType, List<Integer>> in(List<Token> tokens, boolean peopleNamed) {
        Map<EventType, List<Integer>> found = new EnumMap<>(EventType.class);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            EventType type = null;
            if (EventWords.VISIT.matches(t) && !EventWords.NOT_VISIT.matches(t)) {
                type = EventType.VISIT;
            } else if (EventWords.TALKS.matches(t)) {
                type = EventType.TALKS;
            } else if (EventWords.CALL.matches(t)) {
                type = EventType.CALL;
            } else if (EventWords.MEETING.matches(t)
                    || peopleNamed && EventWords.RECEIVED.matches(t)
                    && (i + 1 >= tokens.size() || !EventWords.NOT_RECEIVED.matches(tokens.get(i + 1)))) {
                type = EventType.MEETING;
            } else if (EventWords.AGREEMENT.matches(t)) {
                type = EventType.AGREEMENT;
            }
            if (type != null) {
                found.computeIfAbsent(type, k -> new ArrayList<>()).add(t.index());
            }
        }
        return found;
    }

    /** Whether some sentence reports an invitation as accepted («Приглашение принято»). */
    static boolean invitationAccepted(List<Tokenizer.Field> fields) {
        for (Tokenizer.Field field : fields) {
            for (Tokenizer.Sentence sentence : field.sentences()) {
                if (Invitation.in(field.tokens().subList(sentence.firstToken(), sentence.lastToken() + 1))
                        == Invitation.ACCEPTED) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * «... Анкарага расмий сапар менен келүүгө чакырды», «... сапармен келуге шақырды»: in Kazakh and Kyrgyz an invitation
     * verb that closes the sentence after the visit governs it: the visit is only invited.
     */
    static boolean invitationCloses(List<Token> tokens, List<Integer> visitAt, String language) {
        if (!"kk".equals(language) && !"ky".equals(language) || tokens.isEmpty()) {
            return false;
        }
        int lastVisit = visitAt.stream().mapToInt(Integer::intValue).max().orElse(Integer.MAX_VALUE);
        for (int i = tokens.size() - 1; i >= Math.max(0, tokens.size() - 2); i--) {
            Token t = tokens.get(i);
            if (EventWords.INVITATION.matches(t) && t.index() > lastVisit) {
                return true;
            }
        }
        return false;
    }

    enum Invitation {
        NONE, PENDING, ACCEPTED;

        static Invitation in(List<Token> tokens) {
            boolean invited = false;
            boolean accepted = false;
            for (Token t : tokens) {
                invited |= EventWords.INVITATION.matches(t);
                accepted |= EventWords.ACCEPTED.matches(t);
            }
            return !invited ? NONE : accepted ? ACCEPTED : PENDING;
        }
    }

    /** Nouns of offices and bodies a kind word may qualify: «государственный секретарь», «мемлекеттік хатшы». */
    private static final Words OFFICE_NOUNS = Words.of("секретар", "советник", "департамент", "хатшы", "катчы",
            "кенесши", "кенешчи", "министр", "комитет", "служб", "дум", "деятел", "представител", "лиц", "делегац");

    static EventKind kind(List<Token> tokens, List<Integer> at) {
        int offset = tokens.get(0).index();
        for (int trigger : at) {
            for (int i = Math.max(0, trigger - offset - 3); i <= Math.min(tokens.size() - 1, trigger - offset + 1); i++) {
                Token t = tokens.get(i);
                boolean beforeVisit = i + 1 < tokens.size() && tokens.get(i + 1).lower().startsWith("visit");
                if (!t.isCyrillic() && !beforeVisit) {
                    continue; // "a state visit", but not "Secretary of State" or "the official said"
                }
                if (i + 1 < tokens.size() && OFFICE_NOUNS.matches(tokens.get(i + 1))) {
                    continue; // «Государственный секретарь США прибыла»: the word is the office's, not the visit's
                }
                if (EventWords.STATE.matches(t)) {
                    return EventKind.STATE;
                }
                if (EventWords.OFFICIAL.matches(t)) {
                    return EventKind.OFFICIAL;
                }
                if (EventWords.WORKING.matches(t)) {
                    return EventKind.WORKING;
                }
            }
        }
        return EventKind.UNSPECIFIED;
    }
}
