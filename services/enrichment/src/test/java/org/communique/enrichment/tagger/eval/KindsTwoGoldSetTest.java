package org.communique.enrichment.tagger.eval;

import org.communique.enrichment.tagger.TestTagger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

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
class KindsTwoGoldSetTest {

    private static List<GoldDocument> docs;
    private static GoldSetScore score;

    @BeforeAll
    static void evaluate() {
        docs = GoldDocument.read("gold/kinds2.jsonl");
        score = GoldSetScore.of(docs, TestTagger.get());
        System.out.println("---- second kinds gold set (gold/kinds2.jsonl)\n" + score.report());
        score.differences().forEach(d -> System.out.println("  " + d));
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

    @Test
    void floors() {
        assertThat(score.countries.f1()).as("countries F1").isGreaterThanOrEqualTo(Floors.COUNTRIES_F1);
        assertThat(score.officialsCore.f1()).as("core officials F1").isGreaterThanOrEqualTo(Floors.CORE_F1);
        assertThat(score.officialsAll.f1()).as("all officials F1").isGreaterThanOrEqualTo(Floors.ALL_F1);
        assertThat(score.roleOnlyRecall().value()).as("role-only recall").isGreaterThanOrEqualTo(Floors.ROLE_ONLY_RECALL);
        assertThat(score.visitDetection.f1()).as("visit detection F1").isGreaterThanOrEqualTo(Floors.VISIT_F1);
        assertThat(score.visitorAndHost().value()).as("visitor and host").isGreaterThanOrEqualTo(Floors.VISITOR_HOST);
        assertThat(score.status().value()).as("status").isGreaterThanOrEqualTo(Floors.STATUS);
    }

    /**
     * Before the rules of session 10 (kinds2 scored first, with the three texts and two office dates corrected):
     * countries 0.996, core 0.968, all 0.968, role-only 37/44, visit F1 0.882, visitor and host 40/41, status 35/41.
     */
    private static final class Floors {
        static final double COUNTRIES_F1 = 1.000;     // 126 tp (the Turkic States' Kyrgyz name no longer gives TR)
        static final double CORE_F1 = 1.000;          // 112 tp
        static final double ALL_F1 = 1.000;           // 112 tp
        static final double ROLE_ONLY_RECALL = 1.000; // 44/44
        static final double VISIT_F1 = 0.969;         // 0.9697: 48 tp, 3 fn (session 10: a delegation led by the next sentence's official)
        static final double VISITOR_HOST = 1.000;     // 48/48
        static final double STATUS = 0.979;           // 47/48
    }
}
