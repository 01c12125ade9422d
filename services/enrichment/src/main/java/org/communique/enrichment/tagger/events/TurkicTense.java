package org.communique.enrichment.tagger.events;

import org.communique.contracts.Tags.EventStatus;
import org.communique.enrichment.tagger.text.Token;

import java.util.List;

/**
 * The tense of a Kazakh or Kyrgyz sentence-final verb from its suffix (folded spelling): the present-future
 * «барады», «жүргізеді», «барат», «өтөт» announce something planned; the past «барды», «өтті», «болду»
 * report it done. «жасайды» is present-future, «қойды» (қой- + -ды) past.
 */
final class TurkicTense {

    private static final List<String> PRESENT_FUTURE = List.of("ады", "еди", "айды", "ейди", "ияйды", "айт", "ейт", "ат", "ет",
            "от", "ут");
    private static final List<String> PAST = List.of("ды", "ди", "ты", "ти", "ду", "ту");
    private static final int MIN_VERB = 4;

    private TurkicTense() {
    }

    static EventStatus of(Token last) {
        String w = last.lower();
        if (w.length() < MIN_VERB || !last.isCyrillic()) {
            return null;
        }
        for (String suffix : PRESENT_FUTURE) {
            if (w.endsWith(suffix)) {
                return EventStatus.PLANNED;
            }
        }
        for (String suffix : PAST) {
            if (w.endsWith(suffix)) {
                return EventStatus.COMPLETED;
            }
        }
        return null;
    }
}
