package org.communique.enrichment.tagger.eval;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * The tagger against a ninth set written blind (session 16: by two annotators who read the guidelines only, not the
 * tagger's code, knowledge base or the other gold sets; 80 releases, ru 36, en 12, kk 16, ky 16, 1995-2025, 34 of them
 * before 2012, 193 role-only mentions, officials of 24 states, with offices worded as real releases word them:
 * adjectives, honorifics, possessive chains, counterparts, hosts, headlines), split by language and visit or none into
 * a tune half ({@code gold/kinds9-tune.jsonl}, read when writing rules) and a held-out half
 * ({@code gold/kinds9-heldout.jsonl}) kept from rule writing for good: its report prints the figures only. Each half
 * holds 20 releases of each annotator. Floors sit at the figures measured when they were last set (in the comments).
 */
class KindsNineGoldSetTest {

    static void assertCovers(List<GoldDocument> docs) {
        GoldSetCoverage.assertCovers(docs, 85, 20, 12);
    }

    @Nested
    class TuneHalf extends ScoredGoldSet {

        /**
         * First measurement, tagger 1.12.0 with data version 13, before any rule of session 16: countries 0.997 (151 tp,
         * 1 fn), core 0.963 (142 tp, 5 fp, 6 fn), all 0.953 (143 tp, 5 fp, 9 fn), role-only 95/103, visit F1 0.941 (24 tp,
         * 1 fp, 2 fn), visitor and host 24/24, status 18/24 (kind 24/24, date 8/24, not floored). Six of the statuses
         * are one annotator's convention: a one-day summit reported in the past tense on its day is completed, where
         * the guidelines' «arrived» and the other sets read ongoing.
         */
        private static final GoldFloors FLOORS = new GoldFloors(
                0.996, // countries F1: 0.9967
                0.986, // core officials F1: 0.9864 (session 16: 145 tp, 1 fp, 3 fn)
                0.983, // all officials F1: 0.9834 after session 17 (0.9766)
                0.961, // role-only recall: 99/103 = 0.9612 after session 17 (97/103)
                0.961, // visit detection F1: 0.9615 after session 17 (0.9412)
                1.000, // visitor and host: 25/25
                0.750); // status: 18/24

        TuneHalf() {
            super("ninth kinds gold set, tune half", "gold/kinds9-tune.jsonl", FLOORS);
        }

        @Test
        void theHalfCoversEachLanguageAndKind() {
            assertCovers(docs);
        }
    }

    @Nested
    class HeldOutHalf extends ScoredGoldSet {

        /**
         * First measurement, tagger 1.12.0 with data version 13, before any rule of session 16: countries 0.985 (129 tp,
         * 2 fp, 2 fn), core 0.952 (119 tp, 2 fp, 10 fn), all 0.942 (121 tp, 2 fp, 13 fn), role-only 77/90, visit F1 0.955
         * (21 tp, 2 fn), visitor and host 20/21, status 20/21 (kind 21/21, date 8/21, not floored).
         */
        private static final GoldFloors FLOORS = new GoldFloors(
                0.984, // countries F1: 0.9847
                0.980, // core officials F1: 0.9804 after session 17 (0.9600 after 16)
                0.969, // all officials F1: 0.9695 after session 17 (0.9494)
                0.922, // role-only recall: 83/90 = 0.9222 after session 17 (78/90)
                0.954, // visit detection F1: 0.9545
                0.952, // visitor and host: 20/21 = 0.9524
                0.952); // status: 20/21 = 0.9524

        HeldOutHalf() {
            super("ninth kinds gold set, held-out half", "gold/kinds9-heldout.jsonl", FLOORS, true);
        }

        @Test
        void theHalfCoversEachLanguageAndKind() {
            assertCovers(docs);
        }
    }
}
