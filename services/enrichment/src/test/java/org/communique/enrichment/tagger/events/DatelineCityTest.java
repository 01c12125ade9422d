package org.communique.enrichment.tagger.events;

import org.communique.contracts.Tags;
import org.communique.contracts.Tags.EventStatus;
import org.communique.enrichment.tagger.TestTagger;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communique.enrichment.tagger.events.VisitChecks.assertVisit;

/**
 * The dateline's city as the only place a sentence gives («МОСКВА, 15 мая — ... провёл переговоры», "MOSCOW, May 15 —
 * ... held talks", «МӘСКЕУ, 15 мамыр. ҚазАқпарат – ... келіссөздер жүргізді»): the place of what needs one's presence.
 * What can be done or reported from anywhere places no one there: words said, a call, a decree or a law signed,
 * receiving someone (the one who receives is at home; the guest is the visitor).
 */
class DatelineCityTest {

    private static final String DAY = "2024-05-15";

    @Test
    void whatNeedsOnesPresenceTakesPlaceInTheDatelinesCity() {
        assertVisit(tag("МОСКВА, 15 мая — Президент Казахстана Касым-Жомарт Токаев провёл переговоры."),
                "KZ", "RU", EventStatus.ONGOING);
        assertVisit(tag("МОСКВА, 15 мая — Президент Казахстана Касым-Жомарт Токаев был принят главой государства."),
                "KZ", "RU", EventStatus.ONGOING);
        assertVisit(tag("MOSCOW, May 15 — Kazakh President Kassym-Jomart Tokayev held talks."), "KZ", "RU",
                EventStatus.ONGOING);
        assertVisit(tag("МӘСКЕУ, 15 мамыр. ҚазАқпарат – Қазақстан Президенті Қасым-Жомарт Тоқаев келіссөздер жүргізді."),
                "KZ", "RU", EventStatus.ONGOING);
        assertVisit(tag("МОСКВА, 15 мая — Президент Казахстана Касым-Жомарт Токаев накануне провёл переговоры."),
                "KZ", "RU", EventStatus.COMPLETED);
    }

    @Test
    void whatCanBeDoneFromAnywherePlacesNoOneThere() {
        assertThat(VisitChecks.visit(tag("МОСКВА, 15 мая — Президент Казахстана Касым-Жомарт Токаев заявил, что "
                + "торговля растёт."))).isNull();
        assertThat(VisitChecks.visit(tag("МОСКВА, 15 мая — Президент Казахстана Касым-Жомарт Токаев провёл телефонный "
                + "разговор с Президентом Узбекистана."))).isNull();
        assertThat(VisitChecks.visit(tag("МОСКВА, 15 мая — Президент Казахстана Касым-Жомарт Токаев подписал закон о "
                + "республиканском бюджете."))).isNull();
        assertThat(VisitChecks.visit(tag("MOSCOW, May 15 — Kazakh President Kassym-Jomart Tokayev signed a decree on "
                + "the budget."))).isNull();
        assertThat(VisitChecks.visit(tag("МӘСКЕУ, 15 мамыр. ҚазАқпарат – Қазақстан Президенті Қасым-Жомарт Тоқаев "
                + "Жарлыққа қол қойды."))).isNull();
        // the one received is the visitor, at the host's home, not in the dateline's city
        assertVisit(tag("MOSCOW, May 15 — Kazakh President Kassym-Jomart Tokayev hosted the Indian Foreign Minister."),
                "IN", "KZ", EventStatus.ONGOING);
    }

    private static Tags tag(String text) {
        return TestTagger.tag(text, DAY);
    }
}
