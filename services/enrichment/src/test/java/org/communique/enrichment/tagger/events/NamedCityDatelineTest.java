package org.communique.enrichment.tagger.events;

import org.communique.contracts.Tags;
import org.communique.contracts.Tags.EventStatus;
import org.communique.enrichment.tagger.TestTagger;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communique.enrichment.tagger.events.VisitChecks.assertVisit;
import static org.communique.enrichment.tagger.events.VisitChecks.visit;

/**
 * A dateline whose city is written as a name, not in capitals, the way Kazakh and Kyrgyz agencies and presidents' sites
 * write it («Астана, 16 қыркүйек.», «Бишкек, 18-август (Кабар).», "Tashkent, May 5 (UzA) –"): the city the text is
 * written from, as for «АСТАНА, 16 қыркүйек». A sentence that opens with a name and a comma but no day and month is no
 * dateline.
 */
class NamedCityDatelineTest {

    private static final String DAY = "2024-05-15";

    @Test
    void aNamedCityWithADayAndAMonthIsWhereTheTextIsWrittenFrom() {
        assertVisit(tag("Мәскеу, 15 мамыр. Қазақстан Президенті Қасым-Жомарт Тоқаев келіссөздер жүргізді."), "KZ", "RU",
                EventStatus.ONGOING);
        assertVisit(tag("Москва, 15-май (Кабар). Кыргызстандын Президенти Садыр Жапаров сүйлөшүүлөрдү өткөрдү."), "KG",
                "RU", EventStatus.ONGOING);
        assertVisit(tag("Moscow, May 15 (Kabar) – Kyrgyz President Sadyr Japarov held talks."), "KG", "RU",
                EventStatus.ONGOING);
    }

    @Test
    void leavingForTheNextLegEndsTheTripUnderANamedCitysDateline() {
        assertVisit(tag("Бишкек, 15 мамыр. Өзбекстан Президенті Шавкат Мирзиёев келіссөздерден кейін Алматыға аттанды."),
                "UZ", "KG", EventStatus.COMPLETED);
        assertVisit(tag("Бишкек, 15 мая. Президент Узбекистана Шавкат Мирзиёев после переговоров отбыл в Алматы."),
                "UZ", "KG", EventStatus.COMPLETED);
    }

    @Test
    void aNameAndACommaWithoutADayIsNoDateline() {
        // no day and month after the comma: nothing places the minister in Moscow
        assertThat(visit(tag("Москва, как и Астана, заинтересована в торговле. Министр иностранных дел Казахстана "
                + "Мурат Нуртлеу провёл переговоры."))).isNull();
    }

    private static Tags tag(String text) {
        return TestTagger.tag(text, DAY);
    }
}
