package org.communique.enrichment.tagger.events;

import org.communique.contracts.Tags;
import org.communique.contracts.Tags.EventStatus;
import org.communique.enrichment.tagger.TagInput;
import org.communique.enrichment.tagger.TestTagger;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.communique.enrichment.tagger.events.VisitChecks.assertVisit;

/**
 * A past of one thing done abroad: with no day, a Russian or English one is over («Саидов принят в Ашхабаде», "laid a
 * wreath in Tashkent"), a Kazakh or Kyrgyz one is under way on the day of the release («Ташкентте ... кездесті»), as
 * the gold sets' writers call them; a day before makes either over, the day itself keeps either under way. What tells
 * arrival or presence keeps the trip under way, and a past of the whole trip («барды») is over.
 */
class PastOfOneThingDoneTest {

    private static final LocalDate DAY = LocalDate.of(2024, 5, 15);

    @Test
    void aRussianOrEnglishPastWithNoDayIsOver() {
        assertVisit(tag("Министр иностранных дел Узбекистана Бахтиёр Саидов принят в Ашхабаде Президентом Туркменистана "
                + "Сердаром Бердымухамедовым."), "UZ", "TM", EventStatus.COMPLETED);
        assertVisit(tag("Президент Казахстана Касым-Жомарт Токаев награждён в Ташкенте высшим орденом Узбекистана."),
                "KZ", "UZ", EventStatus.COMPLETED);
        assertVisit(tag("Президент Казахстана Касым-Жомарт Токаев возложил венок к памятнику в Ташкенте."),
                "KZ", "UZ", EventStatus.COMPLETED);
        assertVisit(tag("Kazakh President Kassym-Jomart Tokayev laid a wreath at a memorial in Tashkent."),
                "KZ", "UZ", EventStatus.COMPLETED);
    }

    @Test
    void theSamePastOnTheDayIsUnderWayAndTheDayBeforeOver() {
        assertVisit(tag("Президент Казахстана Касым-Жомарт Токаев сегодня принят в Ташкенте Президентом Узбекистана."),
                "KZ", "UZ", EventStatus.ONGOING);
        assertVisit(tag("Сегодня в Ташкенте Президент Казахстана Касым-Жомарт Токаев возложил венок к памятнику."),
                "KZ", "UZ", EventStatus.ONGOING);
        assertVisit(tag("Kazakh President Kassym-Jomart Tokayev laid a wreath at a memorial in Tashkent today."),
                "KZ", "UZ", EventStatus.ONGOING);
        assertVisit(tag("Президент Казахстана Касым-Жомарт Токаев вчера принят в Ташкенте Президентом Узбекистана."),
                "KZ", "UZ", EventStatus.COMPLETED);
        assertVisit(tag("Kazakh President Kassym-Jomart Tokayev laid a wreath at a memorial in Tashkent yesterday."),
                "KZ", "UZ", EventStatus.COMPLETED);
    }

    @Test
    void aKazakhOrKyrgyzPastOfOneThingWithNoDayIsUnderWay() {
        assertVisit(tag("Қазақстан Президенті Қасым-Жомарт Тоқаев Ташкентте Өзбекстан Президенті Шавкат Мирзиёевпен "
                + "кездесті."), "KZ", "UZ", EventStatus.ONGOING);
        assertVisit(tag("Қазақстан Президенті Қасым-Жомарт Тоқаев Ташкентте одақтастық туралы шартқа қол қойды."),
                "KZ", "UZ", EventStatus.ONGOING);
        assertVisit(tag("Қазақстан Президенті Қасым-Жомарт Тоқаев Ташкентте ескерткішке гүл шоқтарын қойды."),
                "KZ", "UZ", EventStatus.ONGOING);
        assertVisit(tag("Казакстандын Президенти Касым-Жомарт Токаев Ташкентте Өзбекстандын Президенти Шавкат Мирзиёев "
                + "менен жолугушту."), "KZ", "UZ", EventStatus.ONGOING);
        assertVisit(tag("Казакстандын Президенти Касым-Жомарт Токаев Ташкентте эстеликке гүл койду."),
                "KZ", "UZ", EventStatus.ONGOING);
        assertVisit(tag("Казакстандын Президенти Касым-Жомарт Токаев Ташкентте сүйлөшүүлөрдү өткөрдү."),
                "KZ", "UZ", EventStatus.ONGOING);
    }

    @Test
    void aKazakhOrKyrgyzPastDatedTheDayBeforeOrOfTheWholeTripIsOver() {
        assertVisit(tag("Қазақстан Президенті Қасым-Жомарт Тоқаев кеше Ташкентте Өзбекстан Президенті Шавкат "
                + "Мирзиёевпен кездесті."), "KZ", "UZ", EventStatus.COMPLETED);
        assertVisit(tag("Казакстандын Президенти Касым-Жомарт Токаев кечээ Ташкентте Өзбекстандын Президенти Шавкат "
                + "Мирзиёев менен жолугушту."), "KZ", "UZ", EventStatus.COMPLETED);
        assertVisit(tag("Қазақстан Президенті Қасым-Жомарт Тоқаев Ташкентке жұмыс сапарымен барды."),
                "KZ", "UZ", EventStatus.COMPLETED);
        assertVisit(tag("Казакстандын Президенти Касым-Жомарт Токаев Ташкентке иш сапары менен барды."),
                "KZ", "UZ", EventStatus.COMPLETED);
    }

    @Test
    void arrivalOrPresenceKeepsTheTripUnderWay() {
        assertVisit(tag("Президент Казахстана Касым-Жомарт Токаев сегодня прибыл в Ташкент."), "KZ", "UZ",
                EventStatus.ONGOING);
        assertVisit(tag("Президент Казахстана Касым-Жомарт Токаев находится с визитом в Узбекистане."), "KZ", "UZ",
                EventStatus.ONGOING);
        assertVisit(tag("Kazakh President Kassym-Jomart Tokayev is in Tashkent on an official visit."), "KZ", "UZ",
                EventStatus.ONGOING);
        assertVisit(tag("Қазақстан Президенті Қасым-Жомарт Тоқаев Өзбекстанда ресми сапармен жүр."), "KZ", "UZ",
                EventStatus.ONGOING);
        assertVisit(tag("Казакстандын Президенти Касым-Жомарт Токаев Ташкентте сүйлөшүүлөр болуп жатат."), "KZ", "UZ",
                EventStatus.ONGOING);
    }

    @Test
    void aHeadlinesPastOverATripBegunTodayStaysUnderWay() {
        assertVisit(TestTagger.get().tag(new TagInput("Токаев провёл переговоры в Ташкенте",
                "Президент Казахстана Касым-Жомарт Токаев сегодня прибыл в Ташкент с официальным визитом.", null, DAY)),
                "KZ", "UZ", EventStatus.ONGOING);
        assertVisit(TestTagger.get().tag(new TagInput("Тоқаев Ташкентте келіссөздер жүргізді",
                "Қазақстан Президенті Қасым-Жомарт Тоқаев бүгін Ташкентке ресми сапармен келді.", null, DAY)),
                "KZ", "UZ", EventStatus.ONGOING);
    }

    @Test
    void anInvitationAcceptedStaysPlanned() {
        assertVisit(tag("Президент Таджикистана Эмомали Рахмон пригласил Президента Казахстана Касым-Жомарта Токаева "
                + "посетить Таджикистан с государственным визитом. Приглашение принято."), "KZ", "TJ", EventStatus.PLANNED);
    }

    private static Tags tag(String text) {
        return TestTagger.get().tag(new TagInput(null, text, null, DAY));
    }
}
