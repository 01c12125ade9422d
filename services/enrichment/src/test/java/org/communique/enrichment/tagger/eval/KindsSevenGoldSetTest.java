package org.communique.enrichment.tagger.eval;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;


/**
 * The tagger against a seventh set written blind (session 14: by an annotator who read the guidelines only, not the
 * tagger's code, knowledge base or the other gold sets; 80 releases, ru 36, en 12, kk 16, ky 16, 1995-2025, 37 of
 * them before 2012, 128 role-only mentions (36 of them officials other than presidents and foreign ministers), 52
 * visits of which 23 told without a word for visit, 28 releases without a visit), split by language and visit or none
 * into a tune half ({@code gold/kinds7-tune.jsonl}, read when writing rules) and a held-out half
 * ({@code gold/kinds7-heldout.jsonl}) kept from rule writing for good: its report prints the figures only. Floors sit
 * at the figures measured when they were last set (in the comments).
 */
class KindsSevenGoldSetTest {

    static void assertCovers(List<GoldDocument> docs) {
        GoldSetCoverage.assertCovers(docs, 50, 25, 12);
    }

    @Nested
    class TuneHalf extends ScoredGoldSet {

        /**
         * First measurement, tagger 1.10.0 with data version 12, before any rule of session 14: countries 1.000 (107 tp),
         * core 0.981 (126 tp, 2 fp, 3 fn), all 0.968 (135 tp, 2 fp, 7 fn), role-only 61/67, visit F1 0.943 (25 tp, 2 fp,
         * 1 fn), visitor and host 24/25, status 22/25 (kind 24/25, date 14/25, not floored). After session 14's rules,
         * the status work and knowledge-base data 13 (tagger 1.11.0): core 1.000 (129 tp), all 1.000 (142 tp), role-only
         * 67/67, visit F1 0.981 (26 tp, 1 fp), visitor and host 26/26, status 26/26.
         */
        private static final GoldFloors FLOORS = new GoldFloors(
                1.000, // countries F1: 1.0000
                1.000, // core officials F1: 1.0000
                1.000, // all officials F1: 1.0000
                1.000, // role-only recall: 67/67
                1.000, // visit detection F1: 1.0000 after session 15 (0.9811 after session 14)
                1.000, // visitor and host: 26/26
                1.000); // status: 26/26

        TuneHalf() {
            super("seventh kinds gold set, tune half", "gold/kinds7-tune.jsonl", FLOORS);
        }

        @Test
        void theHalfCoversEachLanguageAndKind() {
            assertCovers(docs);
        }
    }

    @Nested
    class HeldOutHalf extends ScoredGoldSet {

        /**
         * First measurement, tagger 1.10.0 with data version 12, before any rule of session 14: countries 1.000 (103 tp),
         * core 0.980 (120 tp, 2 fp, 3 fn), all 0.966 (127 tp, 2 fp, 7 fn), role-only 55/61, visit F1 0.962 (25 tp, 1 fp,
         * 1 fn), visitor and host 22/25, status 23/25 (kind 24/25, date 13/25, not floored). After session 14 (figures
         * only): all 0.974 (129 tp, 2 fp, 5 fn), role-only 57/61, visit F1 0.981 (26 tp, 1 fp), visitor and host 24/26,
         * status 25/26; countries and core unchanged.
         */
        private static final GoldFloors FLOORS = new GoldFloors(
                1.000, // countries F1: 1.0000
                0.983, // core officials F1: 0.9837 after session 17 (0.9796)
                0.977, // all officials F1: 0.9774 after session 17 (0.9736)
                0.950, // role-only recall: 58/61 = 0.9508 after session 17 (57/61)
                1.000, // visit detection F1: 1.0000 after session 15 (0.9811 after session 14)
                0.923, // visitor and host: 24/26 = 0.9231
                0.961); // status: 25/26 = 0.9615

        HeldOutHalf() {
            super("seventh kinds gold set, held-out half", "gold/kinds7-heldout.jsonl", FLOORS, true);
        }

        @Test
        void theHalfCoversEachLanguageAndKind() {
            assertCovers(docs);
        }
    }
}
