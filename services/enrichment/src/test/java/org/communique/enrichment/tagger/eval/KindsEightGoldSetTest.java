package org.communique.enrichment.tagger.eval;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * The tagger against an eighth set written blind (session 15: by an annotator who read the guidelines only, not the
 * tagger's code, knowledge base or the other gold sets; 80 releases, ru 36, en 12, kk 16, ky 16, 1995-2025, 34 of
 * them before 2012, 167 role-only mentions (162 of them presidents, prime ministers and foreign ministers, the kind the
 * first blind set's held-out half misses most), 50 visits of which 17 told without a word for visit, 30 releases without
 * a visit), split by language and visit or none into a tune half ({@code gold/kinds8-tune.jsonl}, read when writing
 * rules) and a held-out half ({@code gold/kinds8-heldout.jsonl}) kept from rule writing for good: its report prints the
 * figures only. Floors sit at the figures measured when they were last set (in the comments).
 */
class KindsEightGoldSetTest {

    static void assertCovers(List<GoldDocument> docs) {
        GoldSetCoverage.assertCovers(docs, 75, 20, 12);
    }

    @Nested
    class TuneHalf extends ScoredGoldSet {

        /**
         * First measurement, tagger 1.11.0 with data version 13, before any rule of session 15: countries 1.000 (96 tp),
         * core 0.918 (117 tp, 3 fp, 18 fn), all 0.915 (118 tp, 3 fp, 19 fn), role-only 63/82, visit F1 0.962 (25 tp,
         * 2 fp), visitor and host 24/25, status 23/25 (kind 25/25, date 14/25, not floored). After session 15: core 0.942
         * (122 tp, 2 fp, 13 fn), all 0.939, role-only 68/82, visit F1 1.000 (25 tp), visitor and host 25/25, status 25/25.
         * Of the role-only mentions still missed, eight are "the foreign ministers (leaders) of the five Central Asian
         * states" counted one by one, which the sixth set's annotator does not count (a rule for them added four false
         * officials to that set's held-out half and nothing to this set's, so it was left out); two are dated against
         * the knowledge base (Uzbekistan's acting foreign minister in December 2022, Kyrgyzstan's speaker in September
         * 2017); one is a person the knowledge base keeps under two ids (Aslov, Muhriddin).
         */
        private static final GoldFloors FLOORS = new GoldFloors(
                1.000, // countries F1: 1.0000
                0.973, // core officials F1: 0.9740 after session 17 (0.9462 after 16, 0.9422 after 15)
                0.970, // all officials F1: 0.9706 after session 17 (0.9430, 0.9389)
                0.939, // role-only recall: 77/82 = 0.9390 after session 17 (69/82, 68/82)
                1.000, // visit detection F1: 1.0000
                1.000, // visitor and host: 25/25
                1.000); // status: 25/25

        TuneHalf() {
            super("eighth kinds gold set, tune half", "gold/kinds8-tune.jsonl", FLOORS);
        }

        @Test
        void theHalfCoversEachLanguageAndKind() {
            assertCovers(docs);
        }
    }

    @Nested
    class HeldOutHalf extends ScoredGoldSet {

        /**
         * First measurement, tagger 1.11.0 with data version 13, before any rule of session 15: countries 0.981 (103 tp,
         * 4 fn), core 0.926 (119 tp, 2 fp, 17 fn), all 0.921 (123 tp, 2 fp, 19 fn), role-only 66/85, visit F1 0.958
         * (23 tp, 2 fn), visitor and host 22/23, status 22/23 (kind 23/23, date 11/23, not floored). After session 15
         * (figures only): countries 0.986 (104 tp, 3 fn), core 0.947 (126 tp, 4 fp, 10 fn), all 0.942 (130 tp, 4 fp, 12 fn),
         * role-only 73/85, visit F1 0.958, visitor and host 22/23, status 23/23.
         */
        private static final GoldFloors FLOORS = new GoldFloors(
                0.985, // countries F1: 0.9858
                0.959, // core officials F1: 0.9591 after session 17 (0.9513 after 16, 0.9474 after 15)
                0.953, // all officials F1: 0.9534 after session 17 (0.9458, 0.9420)
                0.894, // role-only recall: 76/85 = 0.8941 after session 17 (74/85, 73/85)
                0.958, // visit detection F1: 0.9583
                0.956, // visitor and host: 22/23 = 0.9565
                1.000); // status: 23/23

        HeldOutHalf() {
            super("eighth kinds gold set, held-out half", "gold/kinds8-heldout.jsonl", FLOORS, true);
        }

        @Test
        void theHalfCoversEachLanguageAndKind() {
            assertCovers(docs);
        }
    }
}
