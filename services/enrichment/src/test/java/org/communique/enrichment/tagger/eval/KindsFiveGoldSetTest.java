package org.communique.enrichment.tagger.eval;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tagger against a fifth set written blind (session 12: by an annotator who read the guidelines only, not the
 * tagger's code, knowledge base or the other gold sets; 80 releases, ru 36, en 13, kk 15, ky 16, 1997-2025, 168
 * role-only mentions, 67 visits of which 18 told without a word for visit, 13 releases without a visit), split by
 * language and by whether a visit is told into a tune half ({@code gold/kinds5-tune.jsonl}, read when writing rules)
 * and a held-out half ({@code gold/kinds5-heldout.jsonl}) that is kept from rule writing for good: its report prints
 * the figures only. Floors sit at the figures measured when they were last set (in the comments).
 */
class KindsFiveGoldSetTest {

    static void assertCovers(List<GoldDocument> docs) {
        assertThat(docs).hasSizeGreaterThanOrEqualTo(40);
        assertThat(docs).filteredOn(d -> d.lang().equals("ru")).hasSizeGreaterThanOrEqualTo(15);
        assertThat(docs).filteredOn(d -> d.lang().equals("en")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(docs).filteredOn(d -> d.lang().equals("kk")).hasSizeGreaterThanOrEqualTo(7);
        assertThat(docs).filteredOn(d -> d.lang().equals("ky")).hasSizeGreaterThanOrEqualTo(7);
        assertThat(docs).flatExtracting(GoldDocument::officials).filteredOn(GoldDocument.Official::roleOnly)
                .hasSizeGreaterThanOrEqualTo(75);
        assertThat(docs).filteredOn(d -> d.visit() != null).hasSizeGreaterThanOrEqualTo(30);
        assertThat(docs).filteredOn(d -> d.visit() == null).hasSizeGreaterThanOrEqualTo(5);
        assertThat(docs).filteredOn(d -> d.visit() != null).extracting(d -> d.visit().status())
                .contains("planned", "ongoing", "completed");
        assertThat(docs).extracting(GoldDocument::id).doesNotHaveDuplicates();
    }

    @Nested
    class TuneHalf extends ScoredGoldSet {

        /** First measurement, tagger 1.8.0 with data version 10, before any rule of session 12: see the commit. */
        private static final GoldFloors FLOORS = new GoldFloors(0, 0, 0, 0, 0, 0, 0);

        TuneHalf() {
            super("fifth kinds gold set, tune half", "gold/kinds5-tune.jsonl", FLOORS);
        }

        @Test
        void theHalfCoversEachLanguageAndKind() {
            assertCovers(docs);
        }
    }

    @Nested
    class HeldOutHalf extends ScoredGoldSet {

        private static final GoldFloors FLOORS = new GoldFloors(0, 0, 0, 0, 0, 0, 0);

        HeldOutHalf() {
            super("fifth kinds gold set, held-out half", "gold/kinds5-heldout.jsonl", FLOORS, true);
        }

        @Test
        void theHalfCoversEachLanguageAndKind() {
            assertCovers(docs);
        }
    }
}
