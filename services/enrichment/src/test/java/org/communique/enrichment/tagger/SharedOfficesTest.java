package org.communique.enrichment.tagger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Offices that share what names their holders (session 11): one country before two offices joined by "and"
 * ("Kazakhstan's President and Foreign Minister"); the heads «при участии» of a meeting (taking part, not a body «при
 * президенте»).
 */
class SharedOfficesTest {

    @Test
    void oneCountryBeforeTwoOfficesJoinedByAnd() {
        assertThat(TestTagger.officials(TestTagger.tag("The U.S. Secretary of State arrived in Astana today for talks with "
                + "Kazakhstan's President and Foreign Minister.", "2023-02-28")))
                .containsExactlyInAnyOrder("antony-blinken", "kassym-jomart-tokayev", "mukhtar-tileuberdi");
        assertThat(TestTagger.officials(TestTagger.tag("Blinken met Kazakhstan's Foreign Minister and President.",
                "2023-02-28"))).containsExactlyInAnyOrder("antony-blinken", "kassym-jomart-tokayev", "mukhtar-tileuberdi");
        // each office with its own country keeps it
        assertThat(TestTagger.officials(TestTagger.tag("Blinken met the Kazakh President and the Uzbek Foreign Minister.",
                "2023-02-28"))).containsExactlyInAnyOrder("antony-blinken", "kassym-jomart-tokayev", "bakhtiyor-saidov");
    }

    @Test
    void headsTakingPartAreNoBodyAtTheirSide() {
        assertThat(TestTagger.officials(TestTagger.tag("Мирзиёев прибыл в Кыргызстан с узбекской делегацией. Переговоры "
                + "накануне прошли при участии глав внешнеполитических ведомств двух стран.", "2017-09-06")))
                .contains("erlan-abdyldaev", "abdulaziz-kamilov");
        assertThat(TestTagger.officials(TestTagger.tag("Переговоры Узбекистана и Кыргызстана прошли при участии "
                + "президентов двух стран.", "2017-09-06"))).containsExactlyInAnyOrder("shavkat-mirziyoyev",
                "almazbek-atambayev");
        assertThat(TestTagger.officials(TestTagger.tag("Комиссия при президенте Кыргызстана заседала.", "2017-09-06")))
                .isEmpty();
    }
}
