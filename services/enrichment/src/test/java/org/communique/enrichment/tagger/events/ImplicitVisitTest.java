package org.communique.enrichment.tagger.events;

import org.communique.contracts.Tags;
import org.communique.contracts.Tags.EventStatus;
import org.communique.contracts.Tags.EventType;
import org.communique.enrichment.tagger.TestTagger;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visit told without a word for visit: an official of one country meets, holds talks, signs or is received in a
 * place of another, in Russian, English, Kazakh and Kyrgyz; the trip is under way on the day it is reported.
 */
class ImplicitVisitTest {

    private static final String DAY = "2024-02-01";

    @Test
    void anOfficialActingInACityOfAnotherCountryIsOnAVisit() {
        // a Russian or English past with no day anywhere is a trip that is over (session 6, TripEndAndPastTest); a
        // Kazakh or Kyrgyz past of one thing done abroad stays under way on the day
        assertVisit("Президент Кыргызстана Садыр Жапаров и Президент Узбекистана Шавкат Мирзиёев подписали в Ташкенте "
                + "договор о границе.", "KG", "UZ", EventStatus.COMPLETED);
        assertVisit("Uzbek President Shavkat Mirziyoyev met Chinese leader Xi Jinping in Beijing.", "UZ", "CN",
                EventStatus.COMPLETED);
        assertVisit("Сегодня Президент Кыргызстана Садыр Жапаров и Президент Узбекистана Шавкат Мирзиёев подписали в "
                + "Ташкенте договор о границе.", "KG", "UZ");
        assertVisit("Қасым-Жомарт Тоқаев Ташкентте Шавкат Мирзиёевпен кездесті.", "KZ", "UZ");
        assertVisit("Садыр Жапаров Душанбеде Эмомали Рахмон менен жолугушту.", "KG", "TJ");
    }

    @Test
    void layingAWreathOrOpeningSomethingAbroadIsAVisit() {
        assertVisit("Сегодня Президент Казахстана Касым-Жомарт Токаев возложил венок к монументу Независимости в "
                + "Ташкенте.", "KZ", "UZ");
        assertVisit("Kazakh Foreign Minister Murat Nurtleu today opened the new embassy building in Bishkek.", "KZ", "KG");
        assertVisit("Kyrgyz President Sadyr Japarov took part in the summit of the Organization of Turkic States in "
                + "Baku today.", "KG", "AZ");
    }

    @Test
    void whatHappenedYesterdayIsCompletedAndTodayOngoing() {
        assertThat(visit("Вчера в Москве Президент Таджикистана Эмомали Рахмон провел переговоры с Владимиром Путиным.")
                .status()).isEqualTo(EventStatus.COMPLETED);
        assertThat(visit("Сегодня в Москве Президент Таджикистана Эмомали Рахмон провел переговоры с Владимиром Путиным.")
                .status()).isEqualTo(EventStatus.ONGOING);
        assertThat(visit("Сегодня в Москве Президент Таджикистана Эмомали Рахмон провел переговоры с Владимиром Путиным. "
                + "Вечером он вернулся в Душанбе.").status()).isEqualTo(EventStatus.COMPLETED);
    }

    @Test
    void aVisitDatedAfterPublicationIsPlannedEvenDaysAway() {
        assertThat(visit("Президент Узбекистана Шавкат Мирзиёев посетит Казахстан 3 февраля.").status())
                .isEqualTo(EventStatus.PLANNED);
    }

    @Test
    void aHeadlineInfinitiveIsTheFutureAndTheWhiteHouseIsAPlace() {
        assertThat(visit("Uzbek President Shavkat Mirziyoyev to attend summit in Ankara").status())
                .isEqualTo(EventStatus.PLANNED);
        assertVisit("President Joe Biden welcomed President Shavkat Mirziyoyev of Uzbekistan to the White House today.",
                "UZ", "US");
    }

    @Test
    void aKazakhPastTenseOnAStemInYIsNoFuture() {
        assertThat(visit("Кеше Астанада Ресей Президенті Владимир Путин келісімге қол қойды.").status())
                .isEqualTo(EventStatus.COMPLETED);
    }

    @Test
    void noVisitAtHomeOnThePhoneOrWithoutAnOffice() {
        assertThat(events("Посол Казахстана в России Имангали Тасмагамбетов встретился в Москве с Сергеем Лавровым."))
                .doesNotContain(EventType.VISIT);
        assertThat(events("Министр иностранных дел Казахстана Мурат Нуртлеу встретился в Астане с послом Китая."))
                .doesNotContain(EventType.VISIT);
        assertThat(events("Касым-Жомарт Токаев и Владимир Путин провели телефонный разговор о ситуации в Москве."))
                .doesNotContain(EventType.VISIT);
        assertThat(events("В Алматы прошла встреча Касым-Жомарта Токаева с бывшим премьер-министром Кыргызстана "
                + "Омурбеком Бабановым.")).doesNotContain(EventType.VISIT);
    }

    private static void assertVisit(String text, String visitor, String host) {
        assertVisit(text, visitor, host, EventStatus.ONGOING);
    }

    private static void assertVisit(String text, String visitor, String host, EventStatus status) {
        Tags.EventTag visit = visit(text);
        assertThat(visit).as(text).isNotNull();
        assertThat(visit.visitorCountry()).as(text).isEqualTo(visitor);
        assertThat(visit.hostCountry()).as(text).isEqualTo(host);
        assertThat(visit.status()).as(text).isEqualTo(status);
    }

    private static Tags.EventTag visit(String text) {
        return TestTagger.tag(text, DAY).events().stream().filter(e -> e.type() == EventType.VISIT).findFirst()
                .orElse(null);
    }

    private static java.util.List<EventType> events(String text) {
        return TestTagger.tag(text, DAY).events().stream().map(Tags.EventTag::type).toList();
    }
}
