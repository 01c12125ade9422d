package org.communique.enrichment.tagger.events;

import org.communique.contracts.Tags;
import org.communique.contracts.Tags.EventStatus;
import org.communique.enrichment.tagger.TestTagger;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communique.enrichment.tagger.events.VisitChecks.assertVisit;
import static org.communique.enrichment.tagger.events.VisitChecks.visit;

/**
 * Visits and their status in the kinds of language session 10 found missed on text written blind: a guest welcomed
 * in Kazakh or Kyrgyz («қарсы алды», «тосуп алды»), a decoration or a signing still to come abroad, words said in a
 * city abroad; an arrival yesterday with the business of today (under way); an invitation that closes a Kazakh or
 * Kyrgyz sentence (no visit); the day a thing was said (no date of the trip); a Kyrgyz past participle closing the
 * sentence (a past).
 */
class UnseenVisitKindsTest {

    @Test
    void aGuestWelcomedInKazakhOrKyrgyzIsOnAVisit() {
        assertVisit(TestTagger.tag("Мемлекет басшысы Ақордада Әзербайжан Президенті Ильхам Әлиевті қарсы алды.",
                "2024-04-22"), "AZ", "KZ", EventStatus.ONGOING);
        assertVisit(TestTagger.tag("Мамлекет башчысы Садыр Жапаров «Ала-Арча» мамлекеттик резиденциясында Өзбекстандын "
                + "Президенти Шавкат Мирзиёевди тосуп алды.", "2023-01-26"), "UZ", "KG", EventStatus.ONGOING);
    }

    @Test
    void againstIsNoWelcome() {
        // «қарсы» alone is "against": a statement against terrorism made at home is no visit
        assertThat(visit(TestTagger.tag("Мемлекет басшысы Ақордада терроризмге қарсы күрес туралы Ресей Президентімен "
                + "келісті.", "2024-04-22"))).isNull();
    }

    @Test
    void aDecorationOrASigningAbroadIsAVisit() {
        assertVisit(TestTagger.tag("Kyrgyz President Sadyr Japarov was awarded the Order of Friendship by Vladimir Putin "
                + "in Moscow yesterday.", "2022-10-08"), "KG", "RU", EventStatus.COMPLETED);
        assertVisit(TestTagger.tag("Президент Туркменистана Сердар Бердымухамедов 20 мая подпишет в Ташкенте пакет "
                + "документов.", "2024-05-17"), "TM", "UZ", EventStatus.PLANNED);
        assertVisit(TestTagger.tag("«Биз чек ара маселесин чечебиз», – деди Кыргызстандын Президенти Садыр Жапаров "
                + "Душанбеде.", "2025-03-31"), "KG", "TJ", EventStatus.ONGOING);
    }

    @Test
    void anOfficialTheKnowledgeBaseLacksTravelsToo() {
        // Ecuador's foreign minister: not in the knowledge base (Hungary's and Luxembourg's, the examples before, are
        // since data version 10 and issue 12's growth)
        Tags.EventTag v = visit(TestTagger.tag("Президент Казахстана принял в Акорде министра иностранных дел Эквадора "
                + "Габриэлу Соммерфельд, находящуюся в Астане с рабочим визитом.", "2024-04-23"));
        assertThat(v).isNotNull();
        assertThat(v.visitorCountry()).isEqualTo("EC");
        assertThat(v.hostCountry()).isEqualTo("KZ");
        assertThat(v.visitors()).singleElement().asString().startsWith("unlisted:");
        // an ambassador resides where he meets people: no visit of his
        assertThat(visit(TestTagger.tag("Министр иностранных дел Казахстана принял в Астане посла Венгрии Золтана "
                + "Ковача.", "2024-04-23"))).isNull();
    }

    @Test
    void wordsSaidAtHomeAreNoVisit() {
        assertThat(visit(TestTagger.tag("Kazakh President Kassym-Jomart Tokayev said in Astana that trade with Uzbekistan "
                + "had doubled.", "2024-05-17"))).isNull();
    }

    @Test
    void anArrivalYesterdayWithTodaysBusinessIsUnderWay() {
        assertVisit(TestTagger.tag("Президент Узбекистана Шавкат Мирзиёев, прибывший в Душанбе накануне, сегодня провёл "
                + "переговоры с Эмомали Рахмоном.", "2022-06-03"), "UZ", "TJ", EventStatus.ONGOING);
        assertVisit(TestTagger.tag("ШКУнун саммити бүгүн Астанада өтүүдө. Өзбекстандын Президенти Шавкат Мирзиёев кечээ "
                + "Казакстанга келди.", "2024-07-04"), "UZ", "KZ", EventStatus.ONGOING);
        // an arrival a week before is another matter
        assertVisit(TestTagger.tag("Президент Узбекистана Шавкат Мирзиёев, прибывший в Душанбе 27 мая, провёл переговоры "
                + "с Эмомали Рахмоном.", "2022-06-03"), "UZ", "TJ", EventStatus.COMPLETED);
    }

    @Test
    void anInvitationClosingAKazakhOrKyrgyzSentenceIsNoVisitYet() {
        assertThat(visit(TestTagger.tag("Эмомали Рахмон Садыр Жапаровду Душанбеге мамлекеттик сапар менен келүүгө "
                + "чакырды.", "2024-02-01"))).isNull();
        assertThat(visit(TestTagger.tag("Ильхам Әлиев Қасым-Жомарт Тоқаевты Бакуге ресми сапармен келуге шақырды.",
                "2024-02-01"))).isNull();
        // an invitation accepted is a planned visit
        assertVisit(TestTagger.tag("Ильхам Әлиев Қасым-Жомарт Тоқаевты Бакуге ресми сапармен келуге шақырды. Шақыру "
                + "қабылданды.", "2024-02-01"), "KZ", "AZ", EventStatus.PLANNED);
    }

    @Test
    void theDayAThingWasSaidIsNotTheDayOfTheTrip() {
        Tags.EventTag v = visit(TestTagger.tag("The Uzbek foreign minister will travel to Astana next week, the ministry "
                + "said on Tuesday.", "2024-04-16"));
        assertThat(v).isNotNull();
        assertThat(v.status()).isEqualTo(EventStatus.PLANNED);
        assertThat(v.date()).isNull();
    }

    @Test
    void aTripEndedInOtherWords() {
        assertVisit(TestTagger.tag("Uzbek President Shavkat Mirziyoyev concluded his three-day official visit to "
                + "Kazakhstan on Friday.", "2024-05-03"), "UZ", "KZ", EventStatus.COMPLETED);
        assertVisit(TestTagger.tag("Официальный визит Президента Узбекистана Шавката Мирзиёева в Казахстан подошёл к "
                + "концу.", "2024-05-03"), "UZ", "KZ", EventStatus.COMPLETED);
        // «к концу года» is no end of a trip
        assertVisit(TestTagger.tag("Президент Узбекистана Шавкат Мирзиёев посетит Казахстан к концу года.", "2024-05-03"),
                "UZ", "KZ", EventStatus.PLANNED);
    }

    @Test
    void expectedOrSettingOutIsToCome() {
        assertVisit(TestTagger.tag("Uzbek President Shavkat Mirziyoyev is expected in Astana on Thursday.", "2024-05-06"),
                "UZ", "KZ", EventStatus.PLANNED);
        assertVisit(TestTagger.tag("Президента Узбекистана Шавката Мирзиёева ожидают в Астане в четверг.", "2024-05-06"),
                "UZ", "KZ", EventStatus.PLANNED);
        assertVisit(TestTagger.tag("Uzbek President Shavkat Mirziyoyev heads to Astana on Thursday.", "2024-05-06"),
                "UZ", "KZ", EventStatus.PLANNED);
        // the present of setting out on the day itself: under way
        assertVisit(TestTagger.tag("Uzbek President Shavkat Mirziyoyev heads to Astana today.", "2024-05-06"),
                "UZ", "KZ", EventStatus.ONGOING);
    }

    @Test
    void aKyrgyzPastParticipleClosingTheSentenceIsAPast() {
        assertVisit(TestTagger.tag("Садыр Жапаров Москвадан мекенине кайтып келди. Сапардын жүрүшүндө Кыргызстандын "
                + "лидери Орусиянын лидери менен сүйлөшүү жүргүзгөн.", "2021-02-25"), "KG", "RU", EventStatus.COMPLETED);
    }
}
