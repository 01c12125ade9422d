package org.communique.enrichment.tagger.events;

import org.communique.contracts.Tags;
import org.communique.contracts.Tags.EventStatus;
import org.communique.enrichment.tagger.TestTagger;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communique.enrichment.tagger.events.VisitChecks.assertVisit;
import static org.communique.enrichment.tagger.events.VisitChecks.visit;

/**
 * Status against the publication date in the kinds session 11 found missed (session 11): the dateline's day in a
 * sentence that puts the trip in a time still to come («на следующей неделе», "next week", «осы аптаның соңында», «в
 * конце этой недели») is the day of writing, not the trip's; a headline's past without a day joins the same trip dated
 * days before the release by the text (over), unless something is told as under way; "the first ... to visit" is no
 * future.
 */
class DayOfWritingAndDaysLaterTest {

    @Test
    void theDatelinesDayIsNotTheDayOfATripStillToCome() {
        assertVisit(TestTagger.tag("ВАШИНГТОН, 21 февраля — Государственный секретарь США Энтони Блинкен на следующей "
                + "неделе посетит Казахстан.", "2023-02-21"), "US", "KZ", EventStatus.PLANNED);
        assertVisit(TestTagger.tag("WASHINGTON, Feb. 21 — U.S. Secretary of State Antony Blinken will visit Kazakhstan "
                + "next week.", "2023-02-21"), "US", "KZ", EventStatus.PLANNED);
        assertVisit(TestTagger.tag("АСТАНА, 6 тамыз — Жапония Премьер-министрі осы аптаның соңында Қазақстанға сапармен "
                + "келеді.", "2024-08-06"), "JP", "KZ", EventStatus.PLANNED);
        assertVisit(TestTagger.tag("АСТАНА, 6 августа — Премьер-министр Японии в конце этой недели посетит Казахстан.",
                "2024-08-06"), "JP", "KZ", EventStatus.PLANNED);
    }

    @Test
    void theDayOfWritingStillDatesWhatIsToldOfToday() {
        assertVisit(TestTagger.tag("Премьер-министр Японии сегодня прибыл в Астану.", "2024-08-06"), "JP", "KZ",
                EventStatus.ONGOING);
        // the end of last week is gone
        assertVisit(TestTagger.tag("АСТАНА, 6 августа — Премьер-министр Японии в конце прошлой недели посетил Казахстан.",
                "2024-08-06"), "JP", "KZ", EventStatus.COMPLETED);
    }

    @Test
    void aHeadlinesPastWithoutADayJoinsTheTripTheTextDatesDaysBefore() {
        Tags ky = TestTagger.tag("Садыр Жапаров Берлинде Германиянын канцлери менен жолукту. БИШКЕК, 2-октябрь — "
                + "Президент Садыр Жапаров 29-сентябрда Берлинде өткөн саммитине катышып, Германиянын канцлери менен "
                + "жолукту.", "2023-10-02");
        assertVisit(ky, "KG", "DE", EventStatus.COMPLETED);
        assertThat(visit(ky).date().value()).isEqualTo("2023-09-29");
        assertVisit(TestTagger.tag("Тоқаев Берлинде Германия канцлерімен кездесті. АСТАНА, 2 қазан — Президент "
                + "Қасым-Жомарт Тоқаев 29 қыркүйекте Берлинде өткен саммитке қатысып, Германия канцлерімен кездесті.",
                "2023-10-02"), "KZ", "DE", EventStatus.COMPLETED);
        // told of today, the same headline stays under way
        assertVisit(TestTagger.tag("Садыр Жапаров Берлинде Германиянын канцлери менен жолукту. БИШКЕК, 2-октябрь — "
                + "Президент Садыр Жапаров бүгүн Берлинде өткөн саммитине катышып, Германиянын канцлери менен жолукту.",
                "2023-10-02"), "KG", "DE", EventStatus.ONGOING);
    }

    @Test
    void theFirstToVisitIsNoFuture() {
        assertVisit(TestTagger.tag("Cameron becomes first British PM to visit Kazakhstan. ASTANA, July 1 — David Cameron "
                + "held talks with President Nursultan Nazarbayev in Astana on Monday. Cameron then flew to Atyrau.",
                "2013-07-01"), "GB", "KZ", EventStatus.ONGOING);
        assertVisit(TestTagger.tag("Erdogan to visit Kazakhstan", "2013-07-01"), "TR", "KZ", EventStatus.PLANNED);
    }
}
