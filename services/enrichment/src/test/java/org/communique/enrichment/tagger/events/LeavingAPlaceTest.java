package org.communique.enrichment.tagger.events;

import org.communique.contracts.Tags.EventStatus;
import org.communique.enrichment.tagger.TestTagger;
import org.junit.jupiter.api.Test;

import static org.communique.enrichment.tagger.events.VisitChecks.assertVisit;

/**
 * Leaving a named place for the next one («Бишкектен Алматыға аттанды», «из Бишкека отбыл в Алматы», "left Bishkek for
 * Almaty") ends the trip to the place left, whatever the dateline: that trip is the one told, over; the next leg is
 * no host. Leaving for a place alone still goes there.
 */
class LeavingAPlaceTest {

    private static final String DAY = "2024-05-15";

    @Test
    void thePlaceLeftIsTheTripEnded() {
        assertVisit(TestTagger.tag("Өзбекстан Президенті Шавкат Мирзиёев Бішкектен Алматыға аттанды.", DAY), "UZ", "KG",
                EventStatus.COMPLETED);
        assertVisit(TestTagger.tag("Президент Узбекистана Шавкат Мирзиёев из Бишкека отбыл в Алматы.", DAY), "UZ", "KG",
                EventStatus.COMPLETED);
        assertVisit(TestTagger.tag("Uzbek President Shavkat Mirziyoyev left Bishkek for Almaty.", DAY), "UZ", "KG",
                EventStatus.COMPLETED);
    }

    @Test
    void leavingForAPlaceAloneGoesThere() {
        assertVisit(TestTagger.tag("Uzbek President Shavkat Mirziyoyev left for Almaty.", DAY), "UZ", "KZ",
                EventStatus.ONGOING);
    }
}
