package org.communique.enrichment.tagger.events;

import org.communique.contracts.Tags.EventStatus;
import org.communique.enrichment.tagger.TestTagger;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communique.enrichment.tagger.events.VisitChecks.assertVisit;
import static org.communique.enrichment.tagger.events.VisitChecks.visit;

/**
 * Going to a foreign state's embassy or consulate in one's own country («посетил посольство США в Бишкеке», "visited
 * the U.S. Embassy in Bishkek", «АҚШ-тың Астанадағы елшілігіне барды») is no trip abroad; one's own embassy abroad is.
 */
class MissionAtHomeTest {

    private static final String DAY = "2022-02-25";

    @Test
    void aForeignMissionInOnesOwnCapitalIsNoTrip() {
        assertThat(visit(TestTagger.tag("BISHKEK, February 25. The Kyrgyz foreign minister went to the Ukrainian Embassy "
                + "in Bishkek and laid flowers.", DAY))).isNull();
        assertThat(visit(TestTagger.tag("АСТАНА, 25 февраля. Министр иностранных дел Казахстана посетил посольство "
                + "Украины в Астане.", DAY))).isNull();
        assertThat(visit(TestTagger.tag("Астана, 25 ақпан. Қазақстан Сыртқы істер министрі Украинаның Астанадағы "
                + "елшілігіне барды.", DAY))).isNull();
    }

    @Test
    void onesOwnEmbassyAbroadIsATrip() {
        assertVisit(TestTagger.tag("The Kazakh foreign minister visited the Kazakh Embassy in Washington on February 23.",
                DAY), "KZ", "US", EventStatus.COMPLETED);
    }
}
