package org.communique.enrichment.tagger.events;

import org.communique.contracts.Tags;
import org.communique.contracts.Tags.EventStatus;
import org.communique.enrichment.tagger.TagInput;
import org.communique.enrichment.tagger.TestTagger;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.communique.enrichment.tagger.events.VisitChecks.assertVisit;

/**
 * A headline in the future («Токаев посетит Узбекистан», "Tokayev to visit Uzbekistan", «... барады») over a body that
 * tells the same trip begun today is one trip, under way; a headline whose trip the body does not tell stays planned.
 */
class HeadlineAnnouncesTodayTest {

    private static final LocalDate DAY = LocalDate.of(2024, 5, 15);

    @Test
    void aFutureHeadlineOverAnArrivalTodayIsUnderWay() {
        assertVisit(tag("Токаев посетит Узбекистан",
                "Президент Казахстана Касым-Жомарт Токаев сегодня прибыл в Ташкент с государственным визитом."),
                "KZ", "UZ", EventStatus.ONGOING);
        assertVisit(tag("Tokayev to visit Uzbekistan",
                "Kazakh President Kassym-Jomart Tokayev arrived in Tashkent today for a state visit."),
                "KZ", "UZ", EventStatus.ONGOING);
        assertVisit(tag("Тоқаев Өзбекстанға барады",
                "Қазақстан Президенті Қасым-Жомарт Тоқаев бүгін Ташкентке мемлекеттік сапармен келді."),
                "KZ", "UZ", EventStatus.ONGOING);
        assertVisit(tag("Токаев посетит Узбекистан",
                "Президент Казахстана Касым-Жомарт Токаев находится в Ташкенте с государственным визитом."),
                "KZ", "UZ", EventStatus.ONGOING);
    }

    @Test
    void aHeadlineWhoseTripTheBodyDoesNotTellStaysPlanned() {
        // another host: the body's trip is another one
        assertVisit(tag("Токаев посетит Узбекистан",
                "Президент Казахстана Касым-Жомарт Токаев сегодня прибыл в Москву с рабочим визитом."),
                "KZ", "UZ", EventStatus.PLANNED);
        // a dated headline is not announcing today's arrival
        assertVisit(tag("Токаев 20 мая посетит Узбекистан",
                "Президент Казахстана Касым-Жомарт Токаев сегодня прибыл в Ташкент с рабочим визитом."),
                "KZ", "UZ", EventStatus.PLANNED);
        // an arrival long ago is no start of the trip announced
        assertVisit(tag("Токаев посетит Узбекистан",
                "Президент Казахстана Касым-Жомарт Токаев посетит Узбекистан. В 2019 году он прибыл в Ташкент."),
                "KZ", "UZ", EventStatus.PLANNED);
    }

    private static Tags tag(String title, String text) {
        return TestTagger.get().tag(new TagInput(title, text, null, DAY));
    }
}
