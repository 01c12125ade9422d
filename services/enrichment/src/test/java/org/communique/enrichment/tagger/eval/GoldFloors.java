package org.communique.enrichment.tagger.eval;

import org.communique.enrichment.tagger.TestTagger;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures a gold set's score may not fall below, set at what was measured when they were last raised;
 * {@link #NONE} for a figure a set does not floor.
 */
record GoldFloors(double countriesF1, double coreF1, double allF1, double roleOnlyRecall, double visitF1,
                  double visitorHost, double status) {

    static final double NONE = Double.NaN;

    /** Tags the set, prints its report under {@code title} with every difference from the gold; answers the score. */
    static GoldSetScore scoreAndReport(String title, List<GoldDocument> docs) {
        GoldSetScore score = scoreAndReportFigures(title, docs);
        score.differences().forEach(d -> System.out.println("  " + d));
        return score;
    }

    /** For a held-out set: only the figures, never which documents or mentions were missed. */
    static GoldSetScore scoreAndReportFigures(String title, List<GoldDocument> docs) {
        GoldSetScore score = GoldSetScore.of(docs, TestTagger.get());
        System.out.println("---- " + title + "\n" + score.report());
        return score;
    }

    void assertMetBy(GoldSetScore score) {
        check(score.countries.f1(), countriesF1, "countries F1");
        check(score.officialsCore.f1(), coreF1, "core officials F1");
        check(score.officialsAll.f1(), allF1, "all officials F1");
        check(score.roleOnlyRecall().value(), roleOnlyRecall, "role-only recall");
        check(score.visitDetection.f1(), visitF1, "visit detection F1");
        check(score.visitorAndHost().value(), visitorHost, "visitor and host");
        check(score.status().value(), status, "status");
    }

    private static void check(double value, double floor, String what) {
        if (!Double.isNaN(floor)) {
            assertThat(value).as(what).isGreaterThanOrEqualTo(floor);
        }
    }
}
