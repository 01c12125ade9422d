package org.communique.enrichment.tagger.events;

import org.communique.contracts.Tags;
import org.communique.contracts.Tags.EventStatus;
import org.communique.enrichment.tagger.TagInput;
import org.communique.enrichment.tagger.TestTagger;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communique.enrichment.tagger.events.VisitChecks.assertVisit;
import static org.communique.enrichment.tagger.events.VisitChecks.visit;

/**
 * Visits and their status in the kinds of language the sixth blind set's tune half found missed (session 13), in
 * sentences of our own: heading one's delegation under a foreign dateline, speaking or consulting in "the capital of
 * X", leaving for the next leg (which ends the trip the text is written from), a
 * headline that ends one trip and sets out on the next, a headline's past over a trip begun today; and what is no
 * visit: being in touch with someone, a place where something is needed or based, a place inside what was said.
 */
class SixthSetVisitKindsTest {

    @Test
    void headingOnesDelegationUnderAForeignDatelineIsAVisit() {
        assertVisit(TestTagger.tag("БАКУ, 3 июля — Лидеры тюркских государств собрались сегодня на саммит.\nКазахстанскую "
                + "делегацию на заседании совета возглавляет Касым-Жомарт Токаев.", "2024-07-03"), "KZ", "AZ",
                EventStatus.ONGOING);
        assertVisit(TestTagger.tag("ASTANA, July 4 - Leaders of the SCO member states gathered for the summit.\nThe Uzbek "
                + "delegation at the council meeting is led by Shavkat Mirziyoyev.", "2024-07-04"), "UZ", "KZ",
                EventStatus.ONGOING);
        // at home no one travels
        assertThat(visit(TestTagger.tag("АСТАНА, 3 июля — В столице прошло заседание правительства.\nКазахстанскую "
                + "делегацию на переговорах возглавляет Касым-Жомарт Токаев.", "2024-07-03"))).isNull();
        // a delegation led with no dateline and no place is no visit
        assertThat(visit(TestTagger.tag("Казахстанскую делегацию на переговорах возглавляет Касым-Жомарт Токаев.",
                "2024-07-03"))).isNull();
    }

    @Test
    void theCapitalOfAStateIsAPlaceInEachLanguage() {
        assertVisit(TestTagger.tag("Президент Кыргызстана Садыр Жапаров сегодня выступил на саммите, открывшемся в столице "
                + "Казахстана.", "2024-07-04"), "KG", "KZ", EventStatus.ONGOING);
        assertVisit(TestTagger.tag("Президент Кыргызстана Садыр Жапаров сегодня выступил на форуме в казахстанской столице.",
                "2024-07-04"), "KG", "KZ", EventStatus.ONGOING);
        assertVisit(TestTagger.tag("Kyrgyz President Sadyr Japarov spoke today at a summit in the Kazakh capital.",
                "2024-07-04"), "KG", "KZ", EventStatus.ONGOING);
        assertVisit(TestTagger.tag("Kyrgyz President Sadyr Japarov spoke today at a summit held in the capital of Kazakhstan.",
                "2024-07-04"), "KG", "KZ", EventStatus.ONGOING);
        assertVisit(TestTagger.tag("Қырғызстан Президенті Садыр Жапаров бүгін Өзбекстан астанасында өткен саммитте сөз "
                + "сөйледі.", "2024-07-04"), "KG", "UZ", EventStatus.ONGOING);
        assertVisit(TestTagger.tag("Казакстандын Президенти Касым-Жомарт Токаев бүгүн Өзбекстандын борборунда саммитте сүйлөдү.",
                "2024-07-04"), "KZ", "UZ", EventStatus.ONGOING);
        // the capital of one's own state is no trip
        assertThat(visit(TestTagger.tag("Kyrgyz President Sadyr Japarov spoke at a forum in the Kyrgyz capital.",
                "2024-07-04"))).isNull();
    }

    @Test
    void consultationsHeldAbroadAreAVisit() {
        assertVisit(TestTagger.tag("Қазақстан Сыртқы істер министрі Мұрат Нұртілеу Бішкекте саяси консультациялар "
                + "өткізді.", "2024-05-22"), "KZ", "KG", EventStatus.ONGOING);
        assertVisit(TestTagger.tag("Кыргызстандын Тышкы иштер министри Жээнбек Кулубаев Ташкентте консультация өткөрдү.",
                "2024-05-22"), "KG", "UZ", EventStatus.ONGOING);
        assertVisit(TestTagger.tag("Foreign Minister of Uzbekistan Bakhtiyor Saidov held consultations in Bishkek "
                + "yesterday.", "2024-05-22"), "UZ", "KG", EventStatus.COMPLETED);
        // at home they are none
        assertThat(visit(TestTagger.tag("Қазақстан Сыртқы істер министрі Мұрат Нұртілеу Астанада консультациялар "
                + "өткізді.", "2024-05-22"))).isNull();
    }

    @Test
    void leavingForTheNextLegEndsTheTripTheTextIsWrittenFrom() {
        Tags.EventTag v = visit(TestTagger.tag("BISHKEK, May 20 - U.S. Secretary of State Antony Blinken said on Monday "
                + "that the United States would keep its aid for as long as it is needed in Afghanistan.\nBlinken spoke "
                + "after talks with President Sadyr Japarov. Blinken later left for Kazakhstan.", "2024-05-20"));
        assertThat(v).isNotNull();
        assertThat(v.visitorCountry()).isEqualTo("US");
        assertThat(v.hostCountry()).isEqualTo("KG");
        assertThat(v.status()).isEqualTo(EventStatus.COMPLETED);
        // leaving for the place the text is written from is arriving there: under way, like departing today
        assertVisit(TestTagger.tag("ТАШКЕНТ, 20 мая — Государственный секретарь США Энтони Блинкен отбыл в Ташкент из "
                + "Бишкека.", "2024-05-20"), "US", "UZ", EventStatus.ONGOING);
    }

    @Test
    void aHeadlineThatEndsOneTripAndSetsOutOnTheNext() {
        Tags tags = TestTagger.get().tag(new TagInput("Blinken wraps up Kazakhstan visit, heads to Tashkent",
                "Blinken met President Kassym-Jomart Tokayev in Astana on Monday.", null, LocalDate.parse("2024-05-20")));
        assertVisit(tags, "US", "KZ", EventStatus.COMPLETED);
        tags = TestTagger.get().tag(new TagInput("Блинкен завершил визит в Казахстан и вылетел в Ташкент",
                "Блинкен встретился с Касым-Жомартом Токаевым в Астане.", null, LocalDate.parse("2024-05-20")));
        assertVisit(tags, "US", "KZ", EventStatus.COMPLETED);
        // an end still to come ends nothing yet
        tags = TestTagger.get().tag(new TagInput("Blinken will wrap up his Kazakhstan visit on Friday",
                "Blinken is to meet President Kassym-Jomart Tokayev in Astana.", null, LocalDate.parse("2024-05-20")));
        assertThat(visit(tags).status()).isEqualTo(EventStatus.PLANNED);
    }

    @Test
    void aHeadlinesPastOverATripBegunTodayIsUnderWay() {
        Tags tags = TestTagger.get().tag(new TagInput("Садыр Жапаров Ташкентке иш сапары менен барды",
                "ТАШКЕНТ, 24-февраль – Кыргыз Республикасынын Президенти Садыр Жапаров Өзбекстанга иш сапары менен келди. "
                        + "Бүгүн Куксарой сарайында сүйлөшүүлөр болуп жатат.", null, LocalDate.parse("2024-02-24")));
        assertVisit(tags, "KG", "UZ", EventStatus.ONGOING);
        tags = TestTagger.get().tag(new TagInput("Қасым-Жомарт Тоқаев Ташкентке барды",
                "Қазақстан Президенті Қасым-Жомарт Тоқаев бүгін Өзбекстанға жұмыс сапарымен келді.", null,
                LocalDate.parse("2024-02-24")));
        assertVisit(tags, "KZ", "UZ", EventStatus.ONGOING);
        // with the trip's end told, the headline's past stands
        tags = TestTagger.get().tag(new TagInput("Садыр Жапаров Ташкентке иш сапары менен барды",
                "Кыргыз Республикасынын Президенти Садыр Жапаров Өзбекстанга иш сапары менен келди. Кечинде ал мекенине "
                        + "кайтып келди.", null, LocalDate.parse("2024-02-24")));
        assertVisit(tags, "KG", "UZ", EventStatus.COMPLETED);
    }

    @Test
    void beingInTouchWithSomeoneIsBeingNowhere() {
        assertThat(visit(TestTagger.tag("Министр иностранных дел Казахстана находится на постоянной связи с кыргызским "
                + "коллегой, а граждане Казахстана в Бишкеке в безопасности.", "2020-10-06"))).isNull();
        assertThat(visit(TestTagger.tag("Kazakh Foreign Minister Mukhtar Tileuberdi is in constant contact with his Kyrgyz "
                + "counterpart about the citizens in Bishkek.", "2020-10-06"))).isNull();
        // being somewhere still is
        assertVisit(TestTagger.tag("Министр иностранных дел Казахстана Мухтар Тлеуберди находится в Бишкеке.",
                "2020-10-06"), "KZ", "KG", EventStatus.ONGOING);
    }

    @Test
    void aPlaceWhereSomethingIsNeededOrBasedIsNoHost() {
        assertThat(visit(TestTagger.tag("U.S. Secretary of State Antony Blinken said in Washington that the aid is needed "
                + "in Afghanistan.", "2024-05-20"))).isNull();
        assertThat(visit(TestTagger.tag("Президент Казахстана Касым-Жомарт Токаев заявил, что центр будет расположен в "
                + "Бишкеке.", "2024-05-20"))).isNull();
    }
}
