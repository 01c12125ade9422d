package org.communique.enrichment.tagger.eval;

import org.communique.enrichment.tagger.TestTagger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tagger against the blind gold set: 160 releases written and annotated by two people who never saw the tagger's
 * rules (ru, en, kk, ky; 1995-2025; role-only mentions, implicit visits, bodies named after offices). The tune half
 * ({@code gold/blind-tune.jsonl}) may be read when writing rules; the held-out half ({@code gold/blind-heldout.jsonl})
 * never is: only its aggregate figures are printed, never a document of it, so that it stays an honest estimate of
 * text nobody tuned the tagger to. Floors sit at the figures measured when they were last set (in the comments).
 */
class BlindGoldSetTest {

    private static List<GoldDocument> tune;
    private static List<GoldDocument> heldOut;
    private static GoldSetScore tuneScore;
    private static GoldSetScore heldOutScore;

    @BeforeAll
    static void evaluate() {
        tune = GoldDocument.read("gold/blind-tune.jsonl");
        heldOut = GoldDocument.read("gold/blind-heldout.jsonl");
        tuneScore = GoldSetScore.of(tune, TestTagger.get());
        heldOutScore = GoldSetScore.of(heldOut, TestTagger.get());
        System.out.println("---- blind gold set, tune half\n" + tuneScore.report());
        tuneScore.differences().forEach(d -> System.out.println("  " + d));
        // the held-out half: aggregate figures only
        System.out.println("---- blind gold set, held-out half\n" + heldOutScore.report());
    }

    @Test
    void bothHalvesAreLargeAndVariedEnough() {
        for (List<GoldDocument> half : List.of(tune, heldOut)) {
            assertThat(half).hasSizeGreaterThanOrEqualTo(75);
            assertThat(half).extracting(GoldDocument::lang).contains("ru", "en", "kk", "ky");
            assertThat(half).filteredOn(d -> d.lang().equals("kk") || d.lang().equals("ky")).hasSizeGreaterThanOrEqualTo(20);
            assertThat(half).flatExtracting(GoldDocument::officials).filteredOn(GoldDocument.Official::roleOnly)
                    .hasSizeGreaterThanOrEqualTo(20);
            assertThat(half).filteredOn(d -> d.visit() == null).hasSizeGreaterThanOrEqualTo(5);
            assertThat(half).extracting(GoldDocument::id).doesNotHaveDuplicates();
        }
        assertThat(tune).extracting(GoldDocument::id).doesNotContainAnyElementsOf(heldOut.stream().map(GoldDocument::id).toList());
    }

    @Test
    void theTuneHalf() {
        assertFloors(tuneScore, TuneFloors.COUNTRIES_F1, TuneFloors.CORE_F1, TuneFloors.ALL_F1, TuneFloors.ROLE_ONLY_RECALL,
                TuneFloors.VISIT_F1, TuneFloors.VISITOR_HOST, TuneFloors.STATUS);
    }

    @Test
    void theHeldOutHalf() {
        assertFloors(heldOutScore, HeldOutFloors.COUNTRIES_F1, HeldOutFloors.CORE_F1, HeldOutFloors.ALL_F1,
                HeldOutFloors.ROLE_ONLY_RECALL, HeldOutFloors.VISIT_F1, HeldOutFloors.VISITOR_HOST, HeldOutFloors.STATUS);
    }

    private static void assertFloors(GoldSetScore s, double countries, double core, double all, double roleOnly,
                                     double visit, double visitorHost, double status) {
        assertThat(s.countries.f1()).as("countries F1").isGreaterThanOrEqualTo(countries);
        assertThat(s.officialsCore.f1()).as("core officials F1").isGreaterThanOrEqualTo(core);
        assertThat(s.officialsAll.f1()).as("all officials F1").isGreaterThanOrEqualTo(all);
        assertThat(s.roleOnlyRecall().value()).as("role-only recall").isGreaterThanOrEqualTo(roleOnly);
        assertThat(s.visitDetection.f1()).as("visit detection F1").isGreaterThanOrEqualTo(visit);
        assertThat(s.visitorAndHost().value()).as("visitor and host").isGreaterThanOrEqualTo(visitorHost);
        assertThat(s.status().value()).as("status").isGreaterThanOrEqualTo(status);
    }

    /**
     * Measured on the tune half (80 releases); before the rule changes of issue 12: countries 0.988, core 0.957, all
     * 0.940, role-only 30/43, visit F1 0.800, visitor and host 43/46, status 36/46.
     */
    private static final class TuneFloors {
        static final double COUNTRIES_F1 = 0.995;     // 205 tp, 2 fn (session 4: Kyrgyz Орусия, Ооганстан)
        static final double CORE_F1 = 0.996;          // 250 tp, 1 fp, 1 fn (session 5: counterparts, home heads)
        static final double ALL_F1 = 0.994;           // 261 tp, 1 fp, 2 fn
        static final double ROLE_ONLY_RECALL = 1.000; // 43/43
        static final double VISIT_F1 = 0.984;         // 0.985: 66 tp, 1 fp, 1 fn (session 15: «Сапармурат» no trigger; 0.978 after session 5)
        static final double VISITOR_HOST = 1.000;     // 66/66
        static final double STATUS = 1.000;           // 66/66 (session 5: «катышат» on the day)
    }

    /**
     * Measured on the held-out half (80 releases, never read); before: countries 0.994, core 0.958, all 0.942,
     * role-only 41/53, visit F1 0.679, visitor and host 31/38, status 24/38.
     */
    private static final class HeldOutFloors {
        static final double COUNTRIES_F1 = 0.995;     // measured 0.996 after session 8 (241 tp, 1 fp, 1 fn)
        static final double CORE_F1 = 0.992;          // measured 0.9922 after session 17: 257 tp, 3 fp, 1 fn (0.984 after 16, 0.980 after 15)
        static final double ALL_F1 = 0.988;           // measured 0.9888 after session 17 (0.981, 0.978, 0.976, 0.972)
        static final double ROLE_ONLY_RECALL = 0.943; // 50/53 = 0.9434 after session 17 (46/53, 44/53, 43/53)
        static final double VISIT_F1 = 0.985;         // 0.9861: 71 tp, 0 fp, 2 fn after session 15 (0.9793 after session 14)
        // lowered from 0.984 in session 9: the same 65 visits have the right pair as before; the ratio fell because one
        // visit missed before (receptions, leaders by the state's name, Kyrgyz verbs of meeting) is now found with a
        // wrong pair (65/66 -> 65/67), a trade for visit F1 reaching its goal of 0.95
        // lowered again in session 11 (data version 10, no rule changed): the same 65 pairs and 60 statuses are right;
        // a visit missed before is found now that the knowledge base knows more officials, with a wrong pair and
        // status (65/67 -> 65/68, 60/67 -> 60/68; visit F1 0.950 -> 0.958)
        // lowered in session 14: the same 62 statuses are right; a parliament chair's trip, no visit before (chairs were
        // kept from travelling), is found now with the right pair and a wrong status (62/70 -> 62/71)
        static final double VISITOR_HOST = 0.957;     // 68/71 = 0.9577 after session 14 (67/70 after session 13)
        static final double STATUS = 0.929;           // 66/71 = 0.9296 after session 15 (62/71 after session 14, 62/70 after 13)
    }
}
