package org.communique.enrichment.tagger.events;

import org.communique.contracts.Tags.EventStatus;
import org.communique.enrichment.tagger.TestTagger;
import org.junit.jupiter.api.Test;

import static org.communique.enrichment.tagger.events.VisitChecks.assertVisit;

/**
 * Leaving for a city of one's own country («вылетела в Алматы», "flew to Astana", «Астанаға ұшып кетті», «Бишкекке
 * учуп кетти») ends the trip told on the day; leaving for another city of the host country goes on with it.
 */
class DepartureHomeCityTest {

    @Test
    void flyingToACityAtHomeEndsTheTrip() {
        assertVisit(TestTagger.tag("ШАНХАЙ, 26 апреля. Президент Казахстана Нурсултан Назарбаев сегодня подписал в Шанхае "
                + "соглашение о мерах доверия. Вечером казахстанская делегация вылетела в Алматы.", "1996-04-26"),
                "KZ", "CN", EventStatus.COMPLETED);
        assertVisit(TestTagger.tag("TASHKENT, May 5. Kazakh President Kassym-Jomart Tokayev held talks with Shavkat "
                + "Mirziyoyev in Tashkent today. In the evening the President flew to Astana.", "2023-05-05"),
                "KZ", "UZ", EventStatus.COMPLETED);
        assertVisit(TestTagger.tag("Ташкент, 5 мамыр. Қазақстан Президенті Қасым-Жомарт Тоқаев бүгін Ташкентте Шавкат "
                + "Мирзиёевпен кездесті. Кешке Мемлекет басшысы Астанаға ұшып кетті.", "2023-05-05"),
                "KZ", "UZ", EventStatus.COMPLETED);
        assertVisit(TestTagger.tag("Ташкент, 5-май. Кыргызстандын Президенти Садыр Жапаров бүгүн Ташкентте Шавкат "
                + "Мирзиёев менен жолукту. Кечинде Президент Бишкекке учуп кетти.", "2023-05-05"),
                "KG", "UZ", EventStatus.COMPLETED);
    }

    @Test
    void flyingOnWithinTheHostCountryDoesNot() {
        assertVisit(TestTagger.tag("ТАШКЕНТ, 5 мая. Президент Казахстана Касым-Жомарт Токаев сегодня провел переговоры с "
                + "Шавкатом Мирзиёевым в Ташкенте. Вечером он вылетел в Самарканд.", "2023-05-05"),
                "KZ", "UZ", EventStatus.ONGOING);
    }
}
