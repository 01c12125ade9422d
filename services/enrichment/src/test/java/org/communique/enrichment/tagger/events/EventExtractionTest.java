package org.communique.enrichment.tagger.events;

import org.communique.contracts.Tags;
import org.communique.contracts.Tags.DatePrecision;
import org.communique.contracts.Tags.EventKind;
import org.communique.contracts.Tags.EventStatus;
import org.communique.contracts.Tags.EventType;
import org.communique.enrichment.tagger.TagInput;
import org.communique.enrichment.tagger.TestTagger;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class EventExtractionTest {

    @Test
    void datesResolveAgainstThePublicationDate() {
        assertThat(visit("Президент Узбекистана посетит Казахстан в этом году.").date())
                .isEqualTo(new Tags.EventDate("2024", DatePrecision.YEAR));
        assertThat(visit("Президент Узбекистана завтра посетит Казахстан.").date())
                .isEqualTo(new Tags.EventDate("2024-02-02", DatePrecision.DAY));
        assertThat(visit("Президент Узбекистана посетит Казахстан 21 августа.").date())
                .isEqualTo(new Tags.EventDate("2024-08-21", DatePrecision.DAY));
        assertThat(visit("Президент Узбекистана посетил Казахстан в октябре 2023 года.").date())
                .isEqualTo(new Tags.EventDate("2023-10", DatePrecision.MONTH));
        assertThat(visit("President Mirziyoyev will visit Kazakhstan on 21 August 2024.").date())
                .isEqualTo(new Tags.EventDate("2024-08-21", DatePrecision.DAY));
        assertThat(visit("Шавкат Мирзиёев 2024 жылы Қазақстанға мемлекеттік сапармен келеді.").date())
                .isEqualTo(new Tags.EventDate("2024", DatePrecision.YEAR));
    }

    @Test
    void statusFollowsTenseAndMarkers() {
        assertThat(visit("Президент Узбекистана посетит Казахстан.").status()).isEqualTo(EventStatus.PLANNED);
        assertThat(visit("Готовится предстоящий визит президента Узбекистана в Казахстан.").status())
                .isEqualTo(EventStatus.PLANNED);
        assertThat(visit("Президент Узбекистана, находящийся с визитом в Казахстане, осмотрел выставку.").status())
                .isEqualTo(EventStatus.ONGOING);
        assertThat(visit("Президент Узбекистана прибыл в Астану.").status()).isEqualTo(EventStatus.ONGOING);
        assertThat(visit("Президент Узбекистана посетил Казахстан.").status()).isEqualTo(EventStatus.COMPLETED);
        assertThat(visit("Визит президента Узбекистана в Казахстан состоялся.").status()).isEqualTo(EventStatus.COMPLETED);
    }

    @Test
    void kindComesFromTheWordsBeforeVisit() {
        assertThat(visit("Шавкат Мирзиёев посетит Казахстан с государственным визитом.").kind()).isEqualTo(EventKind.STATE);
        assertThat(visit("Шавкат Мирзиёев прибыл в Астану с официальным визитом.").kind()).isEqualTo(EventKind.OFFICIAL);
        assertThat(visit("Шавкат Мирзиёев совершит рабочий визит в Казахстан.").kind()).isEqualTo(EventKind.WORKING);
        assertThat(visit("Шавкат Мирзиёев посетит Казахстан.").kind()).isEqualTo(EventKind.UNSPECIFIED);
    }

    @Test
    void visitorAndHostFromSubjectAndDestination() {
        Tags.EventTag visit = visit("Токаев прибыл в Бишкек.");
        assertThat(visit.visitors()).containsExactly("kassym-jomart-tokayev");
        assertThat(visit.visitorCountry()).isEqualTo("KZ");
        assertThat(visit.hostCountry()).isEqualTo("KG");

        Tags.EventTag english = visit("Kazakh President Tokayev arrived in Tashkent on Monday.");
        assertThat(english.visitorCountry()).isEqualTo("KZ");
        assertThat(english.hostCountry()).isEqualTo("UZ");

        Tags.EventTag kazakh = visit("Шавкат Мирзиёев Астанаға ресми сапармен келді.");
        assertThat(kazakh.visitorCountry()).isEqualTo("UZ");
        assertThat(kazakh.hostCountry()).isEqualTo("KZ");
        assertThat(kazakh.kind()).isEqualTo(EventKind.OFFICIAL);
        assertThat(kazakh.status()).isEqualTo(EventStatus.ONGOING);

        Tags.EventTag delegation = visit("Российская делегация прибыла в Китай.");
        assertThat(delegation.visitorCountry()).isEqualTo("RU");
        assertThat(delegation.hostCountry()).isEqualTo("CN");
    }

    @Test
    void aHostWhoReceivesTheVisitorIsNoVisitor() {
        Tags.EventTag visit = visit("Мурат Нуртлеу в ходе визита в Бишкек был принят Садыром Жапаровым.");
        assertThat(visit.visitors()).containsExactly("murat-nurtleu");
        assertThat(visit.hostCountry()).isEqualTo("KG");
    }

    @Test
    void otherEventTypes() {
        assertThat(types("Состоялся телефонный разговор Токаева и Мирзиёева.")).containsExactly(EventType.CALL);
        assertThat(types("Лавров и Кулубаев провели переговоры.")).containsExactly(EventType.TALKS);
        assertThat(types("Лавров встретился с Кулубаевым.")).containsExactly(EventType.MEETING);
        assertThat(types("Стороны подписали соглашение о сотрудничестве.")).containsExactly(EventType.AGREEMENT);
    }

    @Test
    void anInvitationNotYetAcceptedIsNoVisit() {
        assertThat(types("Токаев пригласил Мирзиёева посетить Казахстан с визитом.")).doesNotContain(EventType.VISIT);
        assertThat(visit("Mirziyoyev accepted the invitation to pay a state visit to Kazakhstan.").status())
                .isEqualTo(EventStatus.PLANNED);
    }

    @Test
    void aVisitMadeAtSomeonesInvitationIsAVisit() {
        Tags.EventTag visit = visit("Uzbek President Shavkat Mirziyoyev arrived in Dushanbe for a state visit at the "
                + "invitation of Tajik President Emomali Rahmon.");
        assertThat(visit.visitors()).containsExactly("shavkat-mirziyoyev");
        assertThat(visit.hostCountry()).isEqualTo("TJ");
        assertThat(visit.kind()).isEqualTo(EventKind.STATE);
        assertThat(visit.status()).isEqualTo(EventStatus.ONGOING);
    }

    @Test
    void theTenseOfAKazakhOrKyrgyzFinalVerbGivesTheStatus() {
        assertThat(visit("Жээнбек Кулубаев Москвага жумуш сапары менен барды.").status()).isEqualTo(EventStatus.COMPLETED);
        assertThat(visit("Жээнбек Кулубаев Москвага жумуш сапары менен барат.").status()).isEqualTo(EventStatus.PLANNED);
        assertThat(visit("Тоқаев Түрікменстанға ресми сапармен барады.").status()).isEqualTo(EventStatus.PLANNED);
    }

    @Test
    void tripsOfPrivatePeopleAreNoVisits() {
        assertThat(types("МИД призвал граждан воздержаться от поездок в регион.")).doesNotContain(EventType.VISIT);
    }

    @Test
    void sentencesAboutTheSameTripMerge() {
        Tags tags = tag("Жапаров посетит Казахстан. Визит президента Кыргызстана в Казахстан пройдёт в этом году "
                + "и будет государственным визитом.");
        assertThat(tags.events().stream().filter(e -> e.type() == EventType.VISIT)).hasSize(1);
        Tags.EventTag visit = tags.events().get(0);
        assertThat(visit.date()).isNotNull();
        assertThat(visit.evidence().text()).isEqualTo("Жапаров посетит Казахстан");
    }

    @Test
    void anOfficialPresentInAPlaceAbroadIsOnAVisit() {
        Tags.EventTag visit = visit("Касым-Жомарт Токаев находится в Нью-Йорке.");
        assertThat(visit.visitorCountry()).isEqualTo("KZ");
        assertThat(visit.hostCountry()).isEqualTo("US");
        assertThat(visit.status()).isEqualTo(EventStatus.ONGOING);
        assertThat(visit("Садыр Жапаров принял участие в саммите ШОС в Астане.").hostCountry()).isEqualTo("KZ");
        assertThat(visit("Шавкат Мирзиёев Астанаға келді.").visitorCountry()).isEqualTo("UZ");
        // at home, or on a screen, nobody travels
        assertThat(types("Касым-Жомарт Токаев находится в Астане.")).doesNotContain(EventType.VISIT);
        assertThat(types("Садыр Жапаров принял участие в саммите в Астане в режиме видеоконференции."))
                .doesNotContain(EventType.VISIT);
    }

    @Test
    void weekdaysAndRangesResolveAgainstThePublicationDate() {
        // 2024-02-01 is a Thursday
        assertThat(visit("Президент Узбекистана в среду прибыл в Астану.").date())
                .isEqualTo(new Tags.EventDate("2024-01-31", DatePrecision.DAY));
        assertThat(visit("Президент Узбекистана в пятницу посетит Астану.").date())
                .isEqualTo(new Tags.EventDate("2024-02-02", DatePrecision.DAY));
        assertThat(visit("Президент Узбекистана находится в Казахстане с визитом 12–13 марта.").date())
                .isEqualTo(new Tags.EventDate("2024-03-12", DatePrecision.DAY));
    }

    @Test
    void teamsBusinessmenAndTroopsAreNoOfficialVisit() {
        assertThat(types("Сборная Кыргызстана по футболу вылетела в Ташкент.")).doesNotContain(EventType.VISIT);
        assertThat(types("A Kazakh business delegation visited a plant in Georgia.")).doesNotContain(EventType.VISIT);
        assertThat(types("Подразделения российских военных прибыли в Алматы.")).doesNotContain(EventType.VISIT);
    }

    @Test
    void anAcceptedInvitationMakesThePlannedVisitOfTheInvitedOne() {
        Tags.EventTag visit = visit("Эмомали Рахмон пригласил Касым-Жомарта Токаева посетить Таджикистан с государственным "
                + "визитом. Приглашение принято.");
        assertThat(visit.visitors()).containsExactly("kassym-jomart-tokayev");
        assertThat(visit.hostCountry()).isEqualTo("TJ");
        assertThat(visit.status()).isEqualTo(EventStatus.PLANNED);
        assertThat(types("Эмомали Рахмон пригласил Касым-Жомарта Токаева посетить Таджикистан.")).doesNotContain(EventType.VISIT);
    }

    @Test
    void aSecretaryOfStateMakesNoStateVisit() {
        assertThat(visit("U.S. Secretary of State Antony Blinken arrived in Tashkent.").kind()).isEqualTo(EventKind.UNSPECIFIED);
        assertThat(visit("President Mirziyoyev arrived in Astana on a state visit.").kind()).isEqualTo(EventKind.STATE);
    }

    @Test
    void aTripRecalledFromYearsAgoIsNotTheOneUnderWay() {
        Tags tags = tag("Президент Узбекистана прибыл в Бишкек с государственным визитом. Последний раз лидер Узбекистана "
                + "посещал Бишкек с государственным визитом в 2000 году.");
        assertThat(tags.events().get(0).status()).isEqualTo(EventStatus.ONGOING);
        assertThat(tags.events().get(0).date()).isNull();
    }

    private static Tags tag(String text) {
        return TestTagger.get().tag(new TagInput(null, text, null, LocalDate.of(2024, 2, 1)));
    }

    private static Tags.EventTag visit(String text) {
        return tag(text).events().stream().filter(e -> e.type() == EventType.VISIT).findFirst().orElseThrow();
    }

    private static java.util.List<EventType> types(String text) {
        return tag(text).events().stream().map(Tags.EventTag::type).toList();
    }
}
