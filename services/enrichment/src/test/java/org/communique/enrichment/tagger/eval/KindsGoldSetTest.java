package org.communique.enrichment.tagger.eval;

import org.communique.enrichment.tagger.TestTagger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tagger against releases written for the kinds of language issue 12 names ({@code gold/kinds.jsonl}, session 9:
 * ru, en, kk, ky; no text of any other set): Kazakh and Kyrgyz genitive and possessive chains naming an office, one
 * person holding two offices, counterparts, «наш Президент» and the first-person plural possessive in quoted words,
 * offices held by a deputy or someone acting for the holder (no holder), bodies named after offices (no person),
 * visits told without a word for visit, and the status of a visit from tense, aspect and dates. Floors sit at the
 * figures measured when they were last set (in the comments).
 */
class KindsGoldSetTest {

    private static List<GoldDocument> docs;
    private static GoldSetScore score;

    @BeforeAll
    static void evaluate() {
        docs = GoldDocument.read("gold/kinds.jsonl");
        score = GoldSetScore.of(docs, TestTagger.get());
        System.out.println("---- kinds gold set (gold/kinds.jsonl)\n" + score.report());
        score.differences().forEach(d -> System.out.println("  " + d));
    }

    @Test
    void theSetCoversEachLanguageAndKind() {
        assertThat(docs).extracting(GoldDocument::lang).contains("ru", "en", "kk", "ky");
        assertThat(docs).flatExtracting(GoldDocument::officials).filteredOn(GoldDocument.Official::roleOnly)
                .hasSizeGreaterThanOrEqualTo(20);
        assertThat(docs).filteredOn(d -> d.visit() == null).hasSizeGreaterThanOrEqualTo(15);
        assertThat(docs).filteredOn(d -> d.visit() != null).extracting(d -> d.visit().status())
                .contains("planned", "ongoing", "completed");
        assertThat(docs).extracting(GoldDocument::id).doesNotHaveDuplicates();
    }

    @Test
    void floors() {
        assertThat(score.countries.f1()).as("countries F1").isGreaterThanOrEqualTo(Floors.COUNTRIES_F1);
        assertThat(score.officialsAll.f1()).as("all officials F1").isGreaterThanOrEqualTo(Floors.ALL_F1);
        assertThat(score.roleOnlyRecall().value()).as("role-only recall").isGreaterThanOrEqualTo(Floors.ROLE_ONLY_RECALL);
        assertThat(score.visitDetection.f1()).as("visit detection F1").isGreaterThanOrEqualTo(Floors.VISIT_F1);
        assertThat(score.visitorAndHost().value()).as("visitor and host").isGreaterThanOrEqualTo(Floors.VISITOR_HOST);
        assertThat(score.status().value()).as("status").isGreaterThanOrEqualTo(Floors.STATUS);
    }

    private static final class Floors {
        static final double COUNTRIES_F1 = 0.995;     // 0.9953: 106 tp, 1 fn
        static final double ALL_F1 = 1.000;           // 84 tp (with the acting and first-deputy rules; 5 fp before)
        static final double ROLE_ONLY_RECALL = 1.000; // 31/31 (possessive, envoy, leader-of-a-state rules)
        static final double VISIT_F1 = 1.000;         // 41 tp after session 10 (a statement made abroad, «деди Бишкекте»; a
                                                      // past participle closing a Kyrgyz sentence); 0.975 before
        static final double VISITOR_HOST = 0.975;     // 40/41 (38/39 before)
        static final double STATUS = 0.975;           // 40/41 (38/39 before)
    }
}
