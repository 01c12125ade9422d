package org.communique.enrichment.tagger.events;

import org.communique.contracts.Tags;
import org.communique.contracts.Tags.EventStatus;
import org.communique.contracts.Tags.EventType;
import org.communique.enrichment.tagger.TagInput;
import org.communique.enrichment.tagger.TestTagger;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The status of a trip told in the past, relative to the release date (session 6): the ways each language tells that
 * a trip is over (a return, an ending next to the word for the trip, a departure home, a farewell, a Kazakh/Kyrgyz
 * round trip «барып қайтты»); a past without any day («принял участие в саммите в Баку», "held talks in Astana",
 * «Ташкентке барды») is over, while «сегодня», "today" or a present elsewhere in the text keeps it under way; an
 * arrival a day or two before the release with no end told is still under way.
 */
class TripEndAndPastTest {

    private static final String DAY = "2024-05-10";

    @Test
    void anEndOfTheTripToldInAnyOfTheFourLanguagesIsCompleted() {
        assertStatus("Президент Узбекистана Шавкат Мирзиёев провёл переговоры в Астане с Касым-Жомартом Токаевым. "
                + "После церемонии проводов глава узбекского государства вылетел на родину.", EventStatus.COMPLETED);
        assertStatus("Сегодня в Астане Президент Узбекистана Шавкат Мирзиёев провёл переговоры с Касым-Жомартом "
                + "Токаевым, после чего отбыл на родину.", EventStatus.COMPLETED);
        assertStatus("Uzbek President Shavkat Mirziyoyev held talks with President Tokayev in Astana today. In the "
                + "evening he flew home.", EventStatus.COMPLETED);
        assertStatus("Uzbek President Shavkat Mirziyoyev today wrapped up his state visit to Kazakhstan.",
                EventStatus.COMPLETED);
        assertStatus("Мемлекет басшысы Қасым-Жомарт Тоқаев бүгін Ташкентте Шавкат Мирзиёевпен келіссөздер жүргізді. "
                + "Сапарын тәмамдап, Мемлекет басшысы елге ұшып кетті.", EventStatus.COMPLETED);
        assertStatus("Кыргыз Республикасынын Президенти Садыр Жапаров бүгүн Ташкентте Шавкат Мирзиёев менен "
                + "жолугушту. Аэропортто Мамлекет башчысын Өзбекстандын Премьер-министри узатып салды.",
                EventStatus.COMPLETED);
        assertStatus("Қасым-Жомарт Тоқаев Ташкентке барып қайтты.", EventStatus.COMPLETED);
        assertStatus("Садыр Жапаров Ташкентке барып келди.", EventStatus.COMPLETED);
    }

    @Test
    void endingWordsAwayFromTheTripEndNothing() {
        // "concluded" an agreement, a flight to the host: the trip goes on
        assertStatus("Uzbek President Shavkat Mirziyoyev arrived in Astana today; the sides concluded an agreement "
                + "on water.", EventStatus.ONGOING);
        assertStatus("Президент Узбекистана Шавкат Мирзиёев сегодня вылетел в Астану.", EventStatus.ONGOING);
    }

    @Test
    void aPastWithoutAnyDayIsCompleted() {
        assertStatus("Президент Кыргызстана Садыр Жапаров принял участие в саммите Организации тюркских государств в "
                + "Баку.", EventStatus.COMPLETED);
        assertStatus("Kyrgyz President Sadyr Japarov took part in the summit of the Organization of Turkic States in "
                + "Baku.", EventStatus.COMPLETED);
        assertStatus("Kazakh President Kassym-Jomart Tokayev held talks with Shavkat Mirziyoyev in Tashkent.",
                EventStatus.COMPLETED);
        assertStatus("Президент Казахстана Касым-Жомарт Токаев побывал в Ташкенте.", EventStatus.COMPLETED);
        // Kazakh and Kyrgyz verbs of the whole trip: went, was in
        assertStatus("Қасым-Жомарт Тоқаев Ташкентке барды. Ол Шавкат Мирзиёевпен кездесті.", EventStatus.COMPLETED);
        assertStatus("Кыргыз Республикасынын Президенти Садыр Жапаров Ташкентте болду. Ал Шавкат Мирзиёев менен "
                + "жолугушту.", EventStatus.COMPLETED);
    }

    @Test
    void aPastOnTheDayOrBesideAPresentIsUnderWay() {
        assertStatus("Президент Кыргызстана Садыр Жапаров сегодня принял участие в саммите Организации тюркских "
                + "государств в Баку.", EventStatus.ONGOING);
        assertStatus("Kazakh President Kassym-Jomart Tokayev held talks with Shavkat Mirziyoyev in Tashkent today.",
                EventStatus.ONGOING);
        assertStatus("Президент Казахстана Касым-Жомарт Токаев 10 мая провёл переговоры в Ташкенте с Шавкатом "
                + "Мирзиёевым.", EventStatus.ONGOING);
        // the title in the past, the lead in the present: one trip, under way
        Tags tags = TestTagger.get().tag(new TagInput("Токаев принял участие в саммите в Баку",
                "Президент Казахстана Касым-Жомарт Токаев находится в Баку, где проходит саммит Организации тюркских "
                        + "государств.", null, LocalDate.parse(DAY)));
        assertThat(firstVisit(tags).status()).isEqualTo(EventStatus.ONGOING);
        // in Kazakh and Kyrgyz one thing done abroad, reported without a day, stays under way
        assertStatus("Кыргыз Республикасынын Президенти Садыр Жапаров Ташкентте Шавкат Мирзиёев менен жолугушту.",
                EventStatus.ONGOING);
    }

    @Test
    void wordsOfATimeGoneAreCompleted() {
        assertStatus("Президент Казахстана Касым-Жомарт Токаев в минувшие выходные провел переговоры в Ташкенте с "
                + "Шавкатом Мирзиёевым.", EventStatus.COMPLETED);
        assertStatus("Earlier this week Kazakh President Kassym-Jomart Tokayev held talks in Tashkent with Shavkat "
                + "Mirziyoyev.", EventStatus.COMPLETED);
    }

    @Test
    void anArrivalADayOrTwoAgoWithNoEndToldIsUnderWay() {
        assertStatus("Президент Узбекистана Шавкат Мирзиёев прибыл в Бишкек ещё 9 мая, сегодня пройдут переговоры.",
                EventStatus.ONGOING);
        assertStatus("Президент Узбекистана Шавкат Мирзиёев вчера прибыл в Бишкек с государственным визитом.",
                EventStatus.ONGOING);
        // ...but a return closes it, and an arrival a week ago is long over
        assertStatus("Президент Узбекистана Шавкат Мирзиёев вчера прибыл в Бишкек, а вечером вернулся в Ташкент.",
                EventStatus.COMPLETED);
        assertStatus("Президент Узбекистана Шавкат Мирзиёев 2 мая прибыл в Бишкек с государственным визитом.",
                EventStatus.COMPLETED);
    }

    private static void assertStatus(String text, EventStatus expected) {
        Tags tags = TestTagger.get().tag(new TagInput(null, text, null, LocalDate.parse(DAY)));
        assertThat(firstVisit(tags)).as("a visit in: " + text).isNotNull();
        assertThat(firstVisit(tags).status()).as(text).isEqualTo(expected);
    }

    private static Tags.EventTag firstVisit(Tags tags) {
        return tags.events().stream().filter(e -> e.type() == EventType.VISIT).findFirst().orElse(null);
    }
}
