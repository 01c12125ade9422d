package org.communique.enrichment.tagger.events;

import org.communique.contracts.Tags.EventStatus;
import org.communique.enrichment.tagger.TestTagger;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communique.enrichment.tagger.events.VisitChecks.assertVisit;
import static org.communique.enrichment.tagger.events.VisitChecks.visit;

/** A name that starts like a word for a trip («Сапармурат», «Сапар» Isakov: «сапар» is a trip) announces none. */
class NameIsNoTriggerTest {

    @Test
    void aNameLikeTheWordForATripIsNoVisit() {
        assertThat(visit(TestTagger.tag("АШХАБАД, 12 декабря. Президент Сапармурат Ниязов назвал решение ООН историческим "
                + "событием. Вечером в столице пройдут народные гуляния.", "1995-12-12"))).isNull();
        assertThat(visit(TestTagger.tag("АСТАНА, 22 декабря. Президент Казахстана направил соболезнования в связи с "
                + "кончиной Сапармурата Ниязова.", "2006-12-22"))).isNull();
        assertThat(visit(TestTagger.tag("Бишкек, 12-январь. Премьер-министр Сапар Исаков Жогорку Кеңеште сүйлөдү.",
                "2018-01-12"))).isNull();
    }

    @Test
    void theSameManTravellingIsAVisit() {
        assertVisit(TestTagger.tag("Бишкек, 12-январь. Премьер-министр Сапар Исаков бүгүн Ташкентке сапар менен барды.",
                "2018-01-12"), "KG", "UZ", EventStatus.ONGOING);
    }
}
