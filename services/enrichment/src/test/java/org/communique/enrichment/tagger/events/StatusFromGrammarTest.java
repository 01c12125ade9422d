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
 * The status of a visit from grammar and from time words relative to the release date: the English present ("is in",
 * "is holding talks", "being held"), "is set to" and "next week", Kazakh and Kyrgyz tense and aspect (intention,
 * being planned, present continuous, present-future, past, a clause before «деп»), and a year counted from («первый с
 * 2019 года») that is not the date of the trip.
 */
class StatusFromGrammarTest {

    private static final String DAY = "2024-05-10";

    @Test
    void theEnglishPresentIsUnderWay() {
        assertStatus("Kazakh President Kassym-Jomart Tokayev is in Tashkent on a state visit.", EventStatus.ONGOING);
        assertStatus("Kazakh President Kassym-Jomart Tokayev is on a state visit to Uzbekistan, where he is holding talks "
                + "with President Shavkat Mirziyoyev.", EventStatus.ONGOING);
        assertStatus("Kazakh President Tokayev is visiting Azerbaijan.", EventStatus.ONGOING);
        assertStatus("Talks between President Tokayev and President Aliyev are being held in Baku.", EventStatus.ONGOING);
    }

    @Test
    void wordsOfATimeToComeArePlanned() {
        assertStatus("Kazakh President Kassym-Jomart Tokayev is travelling to Tashkent next week for talks.",
                EventStatus.PLANNED);
        assertStatus("President Tokayev is set to visit Azerbaijan.", EventStatus.PLANNED);
        assertStatus("Президент Казахстана Касым-Жомарт Токаев 15 мая нанесет официальный визит в Азербайджан.",
                EventStatus.PLANNED);
    }

    @Test
    void wordsOfATimeGoneAreCompleted() {
        assertStatus("Мемлекет басшысы Қасым-Жомарт Тоқаев өткен аптада Анкарада Түркия Президентімен кездесті.",
                EventStatus.COMPLETED);
        assertStatus("Last week Kazakh President Kassym-Jomart Tokayev met President Erdogan in Ankara.",
                EventStatus.COMPLETED);
    }

    @Test
    void kazakhAspectAndTense() {
        assertStatus("Мемлекет басшысы Қасым-Жомарт Тоқаев Әзербайжанға ресми сапармен бармақшы.", EventStatus.PLANNED);
        assertStatus("Мемлекет басшысы Қасым-Жомарт Тоқаев Бакуде Ильхам Әлиевпен келіссөздер жүргізуде.",
                EventStatus.ONGOING);
        assertStatus("Мемлекет басшысы Қасым-Жомарт Тоқаев Бакуде Ильхам Әлиевпен келіссөздер жүргізіп жатыр.",
                EventStatus.ONGOING);
        // the predicate before «деп», not the reporting verb that closes the sentence
        assertStatus("Мемлекет басшысы Қасым-Жомарт Тоқаев ертең Бакуде Ильхам Әлиевпен кездесіп, келіссөз жүргізеді, деп "
                + "хабарлады Ақорда.", EventStatus.PLANNED);
        // a present-future of doing without a time to come is what goes on the day it is reported (session 5)
        assertStatus("Мемлекет басшысы Қасым-Жомарт Тоқаев Бакуде Ильхам Әлиевпен кездесіп, келіссөз жүргізеді, деп "
                + "хабарлады Ақорда.", EventStatus.ONGOING);
        // ... but one of going is the future
        assertStatus("Мемлекет басшысы Қасым-Жомарт Тоқаев Бакуге ресми сапармен барады.", EventStatus.PLANNED);
        // қой- + -ды is a past, not a present-future in -йды
        assertStatus("Ресей Президенті Владимир Путин Бішкекте келісімге қол қойды.", EventStatus.ONGOING);
    }

    @Test
    void kyrgyzAspectAndTense() {
        assertStatus("Президент Садыр Жапаров Азербайжанга мамлекеттик сапар менен бармакчы.", EventStatus.PLANNED);
        assertStatus("Президент Садыр Жапаров Бакуда Ильхам Алиев менен сүйлөшүү жүргүзүп жатат.", EventStatus.ONGOING);
        // талкуула- + -ды is a Kyrgyz past, reported on the day of the trip: under way, not planned
        assertStatus("Ташкентте Кыргыз Республикасынын Президенти Садыр Жапаров Өзбекстандын Президенти Шавкат Мирзиёев "
                + "менен сүйлөшүүлөрдө соода маселелерин талкуулады.", EventStatus.ONGOING);
        assertStatus("Кыргыз Республикасынын Президенти Садыр Жапаров 14-15-майда Өзбекстанга мамлекеттик сапар менен "
                + "барат.", EventStatus.PLANNED);
    }

    @Test
    void aYearCountedFromIsNotTheDateOfTheTrip() {
        Tags.EventTag visit = visit("Президент Казахстана Касым-Жомарт Токаев прибыл в Анкару с первым с 2019 года "
                + "официальным визитом.");
        assertThat(visit.status()).isEqualTo(EventStatus.ONGOING);
        assertThat(visit.date()).isNull();
    }

    private static void assertStatus(String text, EventStatus expected) {
        assertThat(visit(text).status()).as(text).isEqualTo(expected);
    }

    private static Tags.EventTag visit(String text) {
        Tags tags = TestTagger.get().tag(new TagInput(null, text, null, LocalDate.parse(DAY)));
        return tags.events().stream().filter(e -> e.type() == EventType.VISIT).findFirst()
                .orElseThrow(() -> new AssertionError("no visit in: " + text));
    }
}
