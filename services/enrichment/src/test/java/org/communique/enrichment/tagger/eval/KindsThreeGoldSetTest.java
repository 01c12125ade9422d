package org.communique.enrichment.tagger.eval;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tagger against a third set written blind ({@code gold/kinds3.jsonl}, session 10: written before the tagger's
 * code was read; ru, en, kk, ky; 1996-2025): offices without names in every case and word order (adjectives of the
 * country, counterparts, colleagues «из Туркменистана», plural offices of two countries, the Head of State, offices in
 * titles), status told by tense, weekdays, «завтра»/«кечээ»/«ертең», "returned from", "leaves for", and visits told
 * without a word for visit, next to calls, video links and interviews at home. Floors sit at the figures measured
 * when they were last set (in the comments).
 */
class KindsThreeGoldSetTest extends ScoredGoldSet {

    KindsThreeGoldSetTest() {
        super("third kinds gold set", "gold/kinds3.jsonl", FLOORS);
    }

    @Test
    void theSetCoversEachLanguageAndKind() {
        assertThat(docs).hasSizeGreaterThanOrEqualTo(40);
        assertThat(docs).filteredOn(d -> d.lang().equals("kk") || d.lang().equals("ky")).hasSizeGreaterThanOrEqualTo(12);
        assertThat(docs).filteredOn(d -> d.lang().equals("ru")).hasSizeGreaterThanOrEqualTo(15);
        assertThat(docs).filteredOn(d -> d.lang().equals("en")).hasSizeGreaterThanOrEqualTo(8);
        assertThat(docs).flatExtracting(GoldDocument::officials).filteredOn(GoldDocument.Official::roleOnly)
                .hasSizeGreaterThanOrEqualTo(25);
        assertThat(docs).filteredOn(d -> d.visit() == null).hasSizeGreaterThanOrEqualTo(4);
        assertThat(docs).filteredOn(d -> d.visit() != null).extracting(d -> d.visit().status())
                .contains("planned", "ongoing", "completed");
        assertThat(docs).extracting(GoldDocument::id).doesNotHaveDuplicates();
    }

    /**
     * First measurement, before any rule of session 10 (after correcting the set where the text did not support a
     * country and where three foreign-minister dates were wrong): countries 1.000, core and all 0.995 (93 tp, 1 fn),
     * role-only 41/42, visit F1 0.930 (33 tp, 5 fn), visitor and host 33/33, status 31/33. After the rules of session 10
     * (returns and departures, a delegation led by the next sentence's official, the capital named by no country):
     * visit F1 1.000 (38 tp), status 37/38.
     */
    private static final GoldFloors FLOORS = new GoldFloors(
            1.000, // countries F1: 94 tp
            1.000, // core officials F1: 94 tp (session 12: «будет принят главой государства» in the host's capital; 0.9947)
            1.000, // all officials F1: 94 tp (0.9947)
            1.000, // role-only recall: 42/42 (41/42)
            1.000, // visit detection F1: 38 tp
            1.000, // visitor and host: 38/38
            0.973); // status: 37/38
}
