package org.communique.enrichment.tagger.events;

import org.communique.contracts.Tags;
import org.communique.contracts.Tags.EventStatus;
import org.communique.enrichment.tagger.TagInput;
import org.communique.enrichment.tagger.TestTagger;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.communique.enrichment.tagger.events.VisitChecks.assertVisit;

/**
 * A trip the text says goes on («Визит продолжится завтра в Самарканде», "The visit continues until Thursday", «Сапар
 * ертең ... жалғасады») is under way, whatever past the sentences before it tell without a day; the day named is
 * where it goes on or ends («until Thursday» was read as last Thursday). How long a trip still to come will last
 * («продлится три дня») says nothing of that.
 */
class TripGoesOnTest {

    private static final LocalDate DAY = LocalDate.of(2024, 5, 15);

    @Test
    void aTripThatGoesOnIsUnderWay() {
        assertVisit(tag("Токаев в Ташкенте", "Президент Казахстана Касым-Жомарт Токаев провёл переговоры в Ташкенте. "
                + "Визит продолжится завтра в Самарканде."), "KZ", "UZ", EventStatus.ONGOING);
        assertVisit(tag("Tokayev in Tashkent", "Kazakh President Kassym-Jomart Tokayev held talks in Tashkent. "
                + "The visit continues until Thursday."), "KZ", "UZ", EventStatus.ONGOING);
    }

    @Test
    void howLongATripToComeLastsKeepsItPlanned() {
        assertVisit(tag("Токаев посетит Узбекистан", "Президент Казахстана Касым-Жомарт Токаев 20 мая посетит Узбекистан. "
                + "Визит продлится три дня."), "KZ", "UZ", EventStatus.PLANNED);
        assertVisit(tag("Токаев в Ташкенте", "Президент Казахстана Касым-Жомарт Токаев провёл переговоры в Ташкенте. "
                + "Переговоры продолжались три часа."), "KZ", "UZ", EventStatus.COMPLETED);
    }

    private static Tags tag(String title, String text) {
        return TestTagger.get().tag(new TagInput(title, text, null, DAY));
    }
}
