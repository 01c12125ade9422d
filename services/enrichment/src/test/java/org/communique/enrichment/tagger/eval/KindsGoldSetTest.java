package org.communique.enrichment.tagger.eval;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tagger against releases written for the kinds of language issue 12 names ({@code gold/kinds.jsonl}, session 9:
 * ru, en, kk, ky; no text of any other set): Kazakh and Kyrgyz genitive and possessive chains naming an office, one
 * person holding two offices, counterparts, «наш Президент» and the first-person plural possessive in quoted words,
 * offices held by a deputy (no holder) or by someone acting for the holder (the acting holder the knowledge base records
 * on the date, else no one: k-ky-11 corrected in session 12 by the guidelines' "acting holders count as holders"), bodies
 * named after offices (no person),
 * visits told without a word for visit, and the status of a visit from tense, aspect and dates. Floors sit at the
 * figures measured when they were last set (in the comments).
 */
class KindsGoldSetTest extends ScoredGoldSet {

    KindsGoldSetTest() {
        super("kinds gold set", "gold/kinds.jsonl", FLOORS);
    }

    @Test
    void theSetCoversEachLanguageAndKind() {
        assertThat(docs).extracting(GoldDocument::lang).contains("ru", "en", "kk", "ky");
        assertThat(docs).flatExtracting(GoldDocument::officials).filteredOn(GoldDocument.Official::roleOnly)
                .hasSizeGreaterThanOrEqualTo(20);
        assertThat(docs).filteredOn(d -> d.visit() == null).hasSizeGreaterThanOrEqualTo(15);
        assertThat(docs).filteredOn(d -> d.visit() != null).extracting(d -> d.visit().status())
                .contains("planned", "ongoing", "completed");
        assertThat(docs).extracting(GoldDocument::id).doesNotHaveDuplicates();
    }

    private static final GoldFloors FLOORS = new GoldFloors(
            0.995, // countries F1: 0.9953: 106 tp, 1 fn
            GoldFloors.NONE, // core officials F1: not floored
            1.000, // all officials F1: 85 tp (with the acting and first-deputy rules; 5 fp before; k-ky-11's acting
                   // president added to the gold in session 12)
            1.000, // role-only recall: 32/32 (possessive, envoy, leader-of-a-state rules; 31/31 before k-ky-11's fix)
            1.000, // visit detection F1: 41 tp after session 10 (a statement made abroad, «деди Бишкекте»;
                   // a past participle closing a Kyrgyz sentence); 0.975 before
            0.975, // visitor and host: 40/41 (38/39 before)
            1.000); // status: 41/41 in session 14 (k-ru-07's «принят» read as past); 40/41, 38/39 before
}
