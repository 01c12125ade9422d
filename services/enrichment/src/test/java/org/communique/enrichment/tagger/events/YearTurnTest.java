package org.communique.enrichment.tagger.events;

import org.communique.contracts.Tags;
import org.communique.contracts.Tags.EventStatus;
import org.communique.contracts.Tags.EventType;
import org.communique.enrichment.tagger.TestTagger;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A day or month named without a year across the turn of the year: December told in a January release is last
 * December (the trip is over), January told in a December release is next January (the trip is planned); in the same
 * half of the year the release's year stays.
 */
class YearTurnTest {

    @Test
    void decemberInAJanuaryReleaseIsLastYear() {
        assertVisit("Президент Казахстана Касым-Жомарт Токаев 28 декабря посетил Бишкек.", "2025-01-10",
                "2024-12-28", EventStatus.COMPLETED);
        assertVisit("Kazakh President Tokayev visited Bishkek on December 28.", "2025-01-10", "2024-12-28",
                EventStatus.COMPLETED);
        assertVisit("Садыр Жапаров 28-декабрда Астанага барды.", "2025-01-03", "2024-12-28", EventStatus.COMPLETED);
    }

    @Test
    void januaryInADecemberReleaseIsNextYear() {
        assertVisit("Президент Казахстана Касым-Жомарт Токаев 10 января посетит Бишкек.", "2024-12-28", "2025-01-10",
                EventStatus.PLANNED);
        assertVisit("Kazakh President Tokayev will visit Bishkek on January 10.", "2024-12-28", "2025-01-10",
                EventStatus.PLANNED);
        assertVisit("Мемлекет басшысы Қасым-Жомарт Тоқаев 12-13 қаңтарда Бішкекке барады.", "2024-12-20", "2025-01-12",
                EventStatus.PLANNED);
    }

    @Test
    void withinTheYearTheReleasesYearStays() {
        assertVisit("Президент Казахстана Касым-Жомарт Токаев 3 марта посетил Бишкек.", "2024-05-10", "2024-03-03",
                EventStatus.COMPLETED);
        assertVisit("Президент Казахстана Касым-Жомарт Токаев 14 мая посетит Бишкек.", "2024-05-10", "2024-05-14",
                EventStatus.PLANNED);
    }

    private static void assertVisit(String text, String published, String date, EventStatus status) {
        Tags.EventTag visit = TestTagger.tag(text, published).events().stream()
                .filter(e -> e.type() == EventType.VISIT).findFirst().orElse(null);
        assertThat(visit).as(text).isNotNull();
        assertThat(visit.date()).as(text).isNotNull();
        assertThat(visit.date().value()).as(text).isEqualTo(date);
        assertThat(visit.status()).as(text).isEqualTo(status);
    }
}
