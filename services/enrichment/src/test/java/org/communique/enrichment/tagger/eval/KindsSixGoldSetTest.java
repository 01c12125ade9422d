package org.communique.enrichment.tagger.eval;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;


/**
 * The tagger against a sixth set written blind (session 13: by an annotator who read the guidelines only, not the
 * tagger's code, knowledge base or the other gold sets; 80 releases, ru 36, en 12, kk 16, ky 16, 1995-2025, 40 of
 * them before 2012, 104 role-only mentions, 50 visits of which 27 told without a word for visit, 30 releases without
 * a visit), split evenly by language, visit or none, status, implicit visits, years and role-only mentions into a tune
 * half ({@code gold/kinds6-tune.jsonl}, read when writing rules) and a held-out half
 * ({@code gold/kinds6-heldout.jsonl}) kept from rule writing for good: its report prints the figures only. Floors sit
 * at the figures measured when they were last set (in the comments).
 */
class KindsSixGoldSetTest {

    static void assertCovers(List<GoldDocument> docs) {
        GoldSetCoverage.assertCovers(docs, 50, 25, 15);
    }

    @Nested
    class TuneHalf extends ScoredGoldSet {

        /**
         * First measurement, tagger 1.9.0 with data version 11, before any rule of session 13: countries 0.995 (109 tp,
         * 1 fp), core 0.981 (127 tp, 2 fp, 3 fn), all 0.975 (135 tp, 2 fp, 5 fn), role-only 48/52, visit F1 0.875 (21 tp,
         * 2 fp, 4 fn), visitor and host 19/21, status 18/21 (kind 21/21, date 14/21, not floored). After session 13's
         * rules (the head of state in quoted words, «Президентибиз», the acting Turkmen president, the Shanghai Five in
         * kk/ky, implicit visits, legs, status): countries 0.995 -> 1.000 (109 tp), core 0.981 -> 0.992 (130 tp, 2 fp),
         * all 0.975 -> 0.986 (138 tp, 2 fp, 2 fn), role-only 48/52 -> 51/52, visit F1 0.875 -> 0.939 (23 tp, 1 fp, 2 fn),
         * visitor and host 19/21 -> 23/23, status 18/21 -> 23/23.
         */
        private static final GoldFloors FLOORS = new GoldFloors(
                1.000, // countries F1: 1.0000
                0.992, // core officials F1: 0.9924
                0.985, // all officials F1: 0.9857
                0.980, // role-only recall: 51/52 = 0.9808
                0.979, // visit detection F1: 0.9796 after session 15 (0.9600 after session 14, 0.9388 after session 13)
                1.000, // visitor and host: 23/23
                1.000); // status: 23/23

        TuneHalf() {
            super("sixth kinds gold set, tune half", "gold/kinds6-tune.jsonl", FLOORS);
        }

        @Test
        void theHalfCoversEachLanguageAndKind() {
            assertCovers(docs);
        }
    }

    @Nested
    class HeldOutHalf extends ScoredGoldSet {

        /**
         * First measurement, tagger 1.9.0 with data version 11, before any rule of session 13: countries 0.991 (105 tp,
         * 1 fp, 1 fn), core 0.985 (129 tp, 0 fp, 4 fn), all 0.986 (136 tp, 0 fp, 4 fn), role-only 48/52, visit F1 0.960
         * (24 tp, 1 fp, 1 fn), visitor and host 24/24, status 22/24 (kind 23/24, date 20/24, not floored). After session
         * 16 (figures only): core 0.989 (130 tp, 3 fn), all 0.989, role-only 49/52.
         */
        private static final GoldFloors FLOORS = new GoldFloors(
                0.990, // countries F1: 0.9906
                // lowered in session 17: a set of the five Central Asian states' holders («...пяти государств Центральной
                // Азии») now names the five, as the guidelines' determinable sets and three other annotators have it; this
                // half's annotator left one such set out (4 fp; its recall is unchanged)
                0.973, // core officials F1: 0.9738 after session 17 (0.9886 before)
                0.975, // all officials F1: 0.9751 after session 17 (0.9892 before)
                0.942, // role-only recall: 49/52 = 0.9423
                0.960, // visit detection F1: 0.9600
                1.000, // visitor and host: 24/24
                0.916); // status: 22/24 = 0.9167

        HeldOutHalf() {
            super("sixth kinds gold set, held-out half", "gold/kinds6-heldout.jsonl", FLOORS, true);
        }

        @Test
        void theHalfCoversEachLanguageAndKind() {
            assertCovers(docs);
        }
    }
}
