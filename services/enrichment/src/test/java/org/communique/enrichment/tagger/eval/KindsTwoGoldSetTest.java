package org.communique.enrichment.tagger.eval;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tagger against a second set written blind for the kinds of language issue 12 names ({@code gold/kinds2.jsonl},
 * session 10: written before the tagger's code was read; ru, en, kk, ky; 1996-2025): the Head of State and its Kazakh
 * and Kyrgyz forms meaning the releasing country's leader, an office whose country was named a sentence earlier,
 * counterparts and colleagues, «our President» in quoted words, offices by the country's adjective or its capital;
 * planned, ongoing, completed and mixed visits; visits told without a word for visit (summits, signings, awards
 * abroad); calls, video links, credentials at home and councils named after offices as non-visits. Floors sit at
 * the figures measured when they were last set (in the comments).
 */
class KindsTwoGoldSetTest extends ScoredGoldSet {

    KindsTwoGoldSetTest() {
        super("second kinds gold set", "gold/kinds2.jsonl", FLOORS);
    }

    @Test
    void theSetCoversEachLanguageAndKind() {
        assertThat(docs).hasSizeGreaterThanOrEqualTo(60);
        assertThat(docs).filteredOn(d -> d.lang().equals("kk") || d.lang().equals("ky")).hasSizeGreaterThanOrEqualTo(20);
        assertThat(docs).filteredOn(d -> d.lang().equals("ru")).hasSizeGreaterThanOrEqualTo(20);
        assertThat(docs).filteredOn(d -> d.lang().equals("en")).hasSizeGreaterThanOrEqualTo(10);
        assertThat(docs).flatExtracting(GoldDocument::officials).filteredOn(GoldDocument.Official::roleOnly)
                .hasSizeGreaterThanOrEqualTo(30);
        assertThat(docs).filteredOn(d -> d.visit() == null).hasSizeGreaterThanOrEqualTo(10);
        assertThat(docs).filteredOn(d -> d.visit() != null).extracting(d -> d.visit().status())
                .contains("planned", "ongoing", "completed");
        assertThat(docs).extracting(GoldDocument::id).doesNotHaveDuplicates();
    }

    /**
     * Before the rules of session 10 (kinds2 scored first, with the three texts and two office dates corrected):
     * countries 0.996, core 0.968, all 0.968, role-only 37/44, visit F1 0.882, visitor and host 40/41, status 35/41.
     */
    private static final GoldFloors FLOORS = new GoldFloors(
            1.000, // countries F1: 126 tp (the Turkic States' Kyrgyz name no longer gives TR)
            // data version 10 (Hungary's president now known) costs k2-en-01 its bare "The Head of State": the
            // resolver takes the one country of two whose holder the sentence does not name, and both now have
            // one; session 12 wins it back: "The Head of State received ..., who is in Astana" is the host, by its city
            1.000, // core officials F1: 112 tp (111 tp, 1 fn before session 12)
            1.000, // all officials F1: 112 tp
            1.000, // role-only recall: 44/44 (43/44 before session 12)
            0.969, // visit detection F1: 0.9697: 48 tp, 3 fn
                   // (session 10: a delegation led by the next sentence's official)
            1.000, // visitor and host: 48/48
            0.979); // status: 47/48
}
