package org.communique.enrichment.tagger.eval;

import org.communique.enrichment.tagger.TestTagger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tagger against a third set written blind ({@code gold/kinds3.jsonl}, session 10: written before the tagger's
 * code was read; ru, en, kk, ky; 1996-2025): offices without names in every case and word order (adjectives of the
 * country, counterparts, colleagues «из Туркменистана», plural offices of two countries, the Head of State, offices in
 * titles), status told by tense, weekdays, «завтра»/«кечээ»/«ертең», "returned from", "leaves for", and visits told
 * without a word for visit, next to calls, video links and interviews at home. Floors sit at the figures measured
 * when they were last set (in the comments).
 */
class KindsThreeGoldSetTest {

    private static List<GoldDocument> docs;
    private static GoldSetScore score;

    @BeforeAll
    static void evaluate() {
        docs = GoldDocument.read("gold/kinds3.jsonl");
        score = GoldSetScore.of(docs, TestTagger.get());
        System.out.println("---- third kinds gold set (gold/kinds3.jsonl)\n" + score.report());
        score.differences().forEach(d -> System.out.println("  " + d));
    }

    @Test
    void theSetCoversEachLanguageAndKind() {
        assertThat(docs).hasSizeGreaterThanOrEqualTo(40);
        assertThat(docs).filteredOn(d -> d.lang().equals("kk") || d.lang().equals("ky")).hasSizeGreaterThanOrEqualTo(12);
        assertThat(docs).filteredOn(d -> d.lang().equals("ru")).hasSizeGreaterThanOrEqualTo(15);
        assertThat(docs).filteredOn(d -> d.lang().equals("en")).hasSizeGreaterThanOrEqualTo(8);
        assertThat(docs).flatExtracting(GoldDocument::officials).filteredOn(GoldDocument.Official::roleOnly)
                .hasSizeGreaterThanOrEqualTo(25);
        assertThat(docs).filteredOn(d -> d.visit() == null).hasSizeGreaterThanOrEqualTo(4);
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
     * First measurement, before any rule of session 10 (after correcting the set where the text did not support a
     * country and where three foreign-minister dates were wrong): countries 1.000, core and all 0.995 (93 tp, 1 fn),
     * role-only 41/42, visit F1 0.930 (33 tp, 5 fn), visitor and host 33/33, status 31/33. After the rules of session 10
     * (returns and departures, a delegation led by the next sentence's official, the capital named by no country):
     * visit F1 1.000 (38 tp), status 37/38.
     */
    private static final class Floors {
        static final double COUNTRIES_F1 = 1.000;     // 94 tp
        static final double CORE_F1 = 0.994;          // 0.9947
        static final double ALL_F1 = 0.994;           // 0.9947
        static final double ROLE_ONLY_RECALL = 0.976; // 41/42
        static final double VISIT_F1 = 1.000;         // 38 tp
        static final double VISITOR_HOST = 1.000;     // 38/38
        static final double STATUS = 0.973;           // 37/38
    }
}
