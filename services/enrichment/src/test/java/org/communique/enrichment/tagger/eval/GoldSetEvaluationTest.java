package org.communique.enrichment.tagger.eval;

import org.communique.enrichment.tagger.TestTagger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tagger against the project's own gold set ({@code gold/gold.jsonl}: releases written for the project in ru, en,
 * kk and ky, annotated by the annotation guidelines). Prints precision, recall and F1 per field and fails below the
 * floors, which sit a little under the figures measured when they were set (in the comments).
 */
class GoldSetEvaluationTest {

    private static final String GOLD = "gold/gold.jsonl";

    private static GoldSetScore score;
    private static List<GoldDocument> docs;

    @BeforeAll
    static void evaluate() {
        docs = GoldDocument.read(GOLD);
        score = GoldSetScore.of(docs, TestTagger.get());
        System.out.println("---- gold set evaluation (" + GOLD + ")\n" + score.report());
        score.differences().forEach(d -> System.out.println("  " + d));
    }

    @Test
    void theGoldSetIsLargeAndVariedEnough() {
        assertThat(docs).hasSizeGreaterThanOrEqualTo(80);
        assertThat(docs).extracting(GoldDocument::lang).contains("ru", "en", "kk", "ky");
        assertThat(docs).filteredOn(d -> d.visit() == null).hasSizeGreaterThanOrEqualTo(20);
        assertThat(docs).flatExtracting(GoldDocument::officials).filteredOn(GoldDocument.Official::roleOnly)
                .hasSizeGreaterThanOrEqualTo(20);
        assertThat(docs).extracting(GoldDocument::id).doesNotHaveDuplicates();
    }

    @Test
    void countries() {
        assertThat(score.countries.f1()).as("countries F1").isGreaterThanOrEqualTo(Floors.COUNTRIES_F1);
    }

    @Test
    void officials() {
        assertThat(score.officialsCore.f1()).as("core officials F1").isGreaterThanOrEqualTo(Floors.CORE_F1);
        assertThat(score.officialsAll.f1()).as("all officials F1").isGreaterThanOrEqualTo(Floors.ALL_F1);
        assertThat(score.roleOnlyRecall().value()).as("role-only recall").isGreaterThanOrEqualTo(Floors.ROLE_ONLY_RECALL);
    }

    @Test
    void visits() {
        assertThat(score.visitDetection.f1()).as("visit detection F1").isGreaterThanOrEqualTo(Floors.VISIT_F1);
        assertThat(score.visitorAndHost().value()).as("visitor and host").isGreaterThanOrEqualTo(Floors.VISITOR_HOST);
        assertThat(score.status().value()).as("status").isGreaterThanOrEqualTo(Floors.STATUS);
        assertThat(score.kind().value()).as("kind").isGreaterThanOrEqualTo(Floors.KIND);
        assertThat(score.date().value()).as("date").isGreaterThanOrEqualTo(Floors.DATE);
    }

    /** Floors: a little under the measured value in each comment. */
    private static final class Floors {
        static final double COUNTRIES_F1 = 0.97;     // measured 0.985
        static final double CORE_F1 = 0.94;          // measured 0.955
        static final double ALL_F1 = 0.94;           // measured 0.955
        static final double ROLE_ONLY_RECALL = 0.60; // measured 0.632 (24/38)
        static final double VISIT_F1 = 0.85;         // measured 0.868
        static final double VISITOR_HOST = 0.97;     // measured 1.000 (46/46)
        static final double STATUS = 0.89;           // measured 0.913
        static final double KIND = 0.93;             // measured 0.957
        static final double DATE = 0.50;             // measured 0.543
    }
}
