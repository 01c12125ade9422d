package org.communique.enrichment.tagger.eval;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a half of a blind kinds set must hold: 40 releases or more in the four languages, role-only mentions, visits. */
final class GoldSetCoverage {

    private GoldSetCoverage() {
    }

    static void assertCovers(List<GoldDocument> docs, int roleOnly, int withVisit, int withoutVisit) {
        assertThat(docs).hasSizeGreaterThanOrEqualTo(40);
        assertThat(docs).filteredOn(d -> d.lang().equals("ru")).hasSizeGreaterThanOrEqualTo(15);
        assertThat(docs).filteredOn(d -> d.lang().equals("en")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(docs).filteredOn(d -> d.lang().equals("kk")).hasSizeGreaterThanOrEqualTo(7);
        assertThat(docs).filteredOn(d -> d.lang().equals("ky")).hasSizeGreaterThanOrEqualTo(7);
        assertThat(docs).flatExtracting(GoldDocument::officials).filteredOn(GoldDocument.Official::roleOnly)
                .hasSizeGreaterThanOrEqualTo(roleOnly);
        assertThat(docs).filteredOn(d -> d.visit() != null).hasSizeGreaterThanOrEqualTo(withVisit);
        assertThat(docs).filteredOn(d -> d.visit() == null).hasSizeGreaterThanOrEqualTo(withoutVisit);
        assertThat(docs).filteredOn(d -> d.visit() != null).extracting(d -> d.visit().status())
                .contains("planned", "ongoing", "completed");
        assertThat(docs).extracting(GoldDocument::id).doesNotHaveDuplicates();
    }
}
