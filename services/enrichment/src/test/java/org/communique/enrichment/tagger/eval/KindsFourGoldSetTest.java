package org.communique.enrichment.tagger.eval;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tagger against a fourth set written blind ({@code gold/kinds4.jsonl}, session 11: written before the tagger's
 * code or knowledge base was read; ru, en, kk, ky; 1995-2025): visit status told against the publication date (same-day
 * past tense of one-day trips, day two, departing today, «по итогам визита», «завтра», "next week", kk/ky «жоспарлануда»,
 * «пландалууда», reports days later), offices without names resolved by date (partner states' leaders and ministers,
 * adjectives of the country, genitive chains, the two offices of a Deputy PM - FM, «Our President» in a quote, the
 * Head of State known only from the context), visits told without a word for visit, and calls and video links.
 * Floors sit at the figures measured when they were last set (in the comments).
 */
class KindsFourGoldSetTest extends ScoredGoldSet {

    KindsFourGoldSetTest() {
        super("fourth kinds gold set", "gold/kinds4.jsonl", FLOORS);
    }

    @Test
    void theSetCoversEachLanguageAndKind() {
        assertThat(docs).hasSizeGreaterThanOrEqualTo(60);
        assertThat(docs).filteredOn(d -> d.lang().equals("ru")).hasSizeGreaterThanOrEqualTo(25);
        assertThat(docs).filteredOn(d -> d.lang().equals("en")).hasSizeGreaterThanOrEqualTo(10);
        assertThat(docs).filteredOn(d -> d.lang().equals("kk")).hasSizeGreaterThanOrEqualTo(10);
        assertThat(docs).filteredOn(d -> d.lang().equals("ky")).hasSizeGreaterThanOrEqualTo(8);
        assertThat(docs).flatExtracting(GoldDocument::officials).filteredOn(GoldDocument.Official::roleOnly)
                .hasSizeGreaterThanOrEqualTo(35);
        assertThat(docs).filteredOn(d -> d.visit() != null).hasSizeGreaterThanOrEqualTo(30);
        assertThat(docs).filteredOn(d -> d.visit() == null).hasSizeGreaterThanOrEqualTo(6);
        assertThat(docs).filteredOn(d -> d.visit() != null).extracting(d -> d.visit().status())
                .contains("planned", "ongoing", "completed");
        assertThat(docs).extracting(GoldDocument::id).doesNotHaveDuplicates();
    }

    /**
     * First measurement, before any rule change for this set (after correcting three annotation errors of the set's
     * own: a country named in the text but left out, and two visitor countries the text did not name): countries
     * 0.998 (226 tp, 1 fp), core 0.961 (211 tp, 3 fp, 14 fn), all 0.962, role-only 135/148, visit F1 0.979 (69 tp,
     * 3 fn), visitor and host 65/69, status 63/69 (kind 65/69, date 54/69, not floored). After session 11's rules:
     * countries 1.000 (226 tp, 0 fp), core 0.986 (219 tp, 0 fp, 6 fn), all 0.987 (222 tp, 0 fp, 6 fn), role-only
     * 143/148, visit F1 0.986 (70 tp, 2 fn), visitor and host 68/70, status 68/70 (kind 70/70, date 60/70). With
     * knowledge-base data version 10 as well (the Japanese prime ministers and foreign ministers before 2010 among
     * others): core and all 0.998 (1 fn), role-only 148/148, visit F1 0.993 (71 tp, 1 fn), visitor and host 70/71,
     * status 69/71.
     */
    private static final GoldFloors FLOORS = new GoldFloors(
            1.000, // countries F1: 1.000 after session 11 (0.9978 at first)
            0.997, // core officials F1: 0.9978 with data version 10 (0.9613 at first)
            0.997, // all officials F1: 0.9978 with data version 10 (0.9618)
            1.000, // role-only recall: 148/148 with data version 10 (135/148)
            0.992, // visit detection F1: 0.9930 with data version 10 (0.9787)
            0.985, // visitor and host: 70/71 with data version 10 (65/69)
            0.971); // status: 69/71 with data version 10 (63/69) // status: 68/70 after session 11 (63/69)
}
