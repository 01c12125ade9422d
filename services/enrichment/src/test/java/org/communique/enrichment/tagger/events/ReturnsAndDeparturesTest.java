package org.communique.enrichment.tagger.events;

import org.communique.contracts.Tags.EventStatus;
import org.communique.enrichment.tagger.TestTagger;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communique.enrichment.tagger.events.VisitChecks.assertVisit;
import static org.communique.enrichment.tagger.events.VisitChecks.visit;

/**
 * Trips told by their two ends, which session 10 found missed on text written blind: a return from a place abroad
 * («вернулся из Астаны», "returned from Cholpon-Ata", «Ташкенттен оралды») is a visit over; a departure for a place
 * abroad («отбыл в Алматы», "leaves for Astana", "left for Bishkek") is a trip under way on its day and to come
 * before it. Coming home from home, or leaving a topic, is no visit.
 */
class ReturnsAndDeparturesTest {

    @Test
    void aReturnFromAPlaceAbroadIsAVisitOver() {
        assertVisit(TestTagger.tag("Министр иностранных дел Кыргызстана Жээнбек Кулубаев вернулся из Астаны, где провёл "
                + "консультации.", "2023-06-02"), "KG", "KZ", EventStatus.COMPLETED);
        assertVisit(TestTagger.tag("Kazakhstan's Prime Minister Alikhan Smailov returned from Cholpon-Ata on Friday.",
                "2023-08-26"), "KZ", "KG", EventStatus.COMPLETED);
        assertVisit(TestTagger.tag("Қазақстан Премьер-министрі Әлихан Смайылов Ташкенттен оралды.", "2022-06-18"),
                "KZ", "UZ", EventStatus.COMPLETED);
    }

    @Test
    void aReturnFromHomeOrFromNowhereIsNoVisit() {
        assertThat(visit(TestTagger.tag("Президент Казахстана Касым-Жомарт Токаев вернулся из Туркестана в Астану.",
                "2023-06-02"))).isNull();
        assertThat(visit(TestTagger.tag("Kazakh President Kassym-Jomart Tokayev returned from his vacation on Monday.",
                "2023-06-02"))).isNull();
        assertThat(visit(TestTagger.tag("Министр иностранных дел Кыргызстана Жээнбек Кулубаев вернулся к вопросу о "
                + "границе с Таджикистаном.", "2023-06-02"))).isNull();
    }

    @Test
    void aDepartureForAPlaceAbroadIsATrip() {
        assertVisit(TestTagger.tag("Президент Кыргызстана Аскар Акаев отбыл сегодня в Алматы.", "1996-05-20"),
                "KG", "KZ", EventStatus.ONGOING);
        assertVisit(TestTagger.tag("Uzbek President Shavkat Mirziyoyev leaves for Astana on Wednesday to attend a summit.",
                "2024-07-03"), "UZ", "KZ", EventStatus.ONGOING);
        assertVisit(TestTagger.tag("Uzbek President Shavkat Mirziyoyev leaves for Astana on Wednesday to attend a summit.",
                "2024-07-01"), "UZ", "KZ", EventStatus.PLANNED);
        assertVisit(TestTagger.tag("Kyrgyz President Sadyr Japarov left for Dushanbe on Thursday.", "2024-07-06"),
                "KG", "TJ", EventStatus.COMPLETED);
    }

    @Test
    void leavingForHomeOrForSomethingElseIsNoTripAbroad() {
        assertThat(visit(TestTagger.tag("Kazakh President Kassym-Jomart Tokayev leaves for Turkestan on Friday.",
                "2024-07-03"))).isNull();
        assertThat(visit(TestTagger.tag("Uzbek President Shavkat Mirziyoyev left the door open for Kazakhstan to join "
                + "the water consortium.", "2024-07-03"))).isNull();
    }
}
