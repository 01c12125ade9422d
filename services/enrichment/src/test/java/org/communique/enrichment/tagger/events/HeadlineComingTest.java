package org.communique.enrichment.tagger.events;

import org.communique.contracts.Tags;
import org.communique.contracts.Tags.EventStatus;
import org.communique.enrichment.tagger.TagInput;
import org.communique.enrichment.tagger.TestTagger;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.communique.enrichment.tagger.events.VisitChecks.assertVisit;

/**
 * A headline in the present of arriving («келе жатат», «прибывает», "arrives") over a body that dates the arrival after
 * the release («эртең», «завтра», "tomorrow") tells a trip still to come; over a body that says it began, one under way.
 */
class HeadlineComingTest {

    private static Tags tag(String title, String text, String date) {
        return TestTagger.get().tag(new TagInput(title, text, null, LocalDate.parse(date)));
    }

    @Test
    void theBodysLaterDayMakesTheHeadlinePlanned() {
        assertVisit(tag("Шавкат Мирзиёев Кыргызстанга мамлекеттик сапар менен келе жатат",
                "БИШКЕК, 4-сентябрь. Өзбекстандын Президенти Шавкат Мирзиёев эртең Кыргызстанга мамлекеттик сапар менен "
                        + "келе жатат.", "2017-09-04"), "UZ", "KG", EventStatus.PLANNED);
        assertVisit(tag("Си Цзиньпин прибывает в Астану",
                "АСТАНА, 1 сентября. Председатель КНР Си Цзиньпин прибудет в Астану завтра с государственным визитом.",
                "2024-09-01"), "CN", "KZ", EventStatus.PLANNED);
    }

    @Test
    void aBodyThatSaysItBeganKeepsItUnderWay() {
        assertVisit(tag("Си Цзиньпин прибывает в Астану",
                "АСТАНА, 1 сентября. Председатель КНР Си Цзиньпин сегодня прибыл в Астану с государственным визитом.",
                "2024-09-01"), "CN", "KZ", EventStatus.ONGOING);
    }
}
