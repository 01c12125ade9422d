package org.communique.enrichment.tagger.events;

import org.communique.contracts.Tags;
import org.communique.contracts.Tags.EventStatus;
import org.communique.contracts.Tags.EventType;
import org.communique.enrichment.tagger.TestTagger;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Places that make an implicit visit: a state residence of another country named after a place noun («в резиденции
 * «Ынтымак Ордо»», «в Ново-Огарёво», «во дворце Куксарой», «Ынтымак ордосунда»), and a city whose name ends in a soft
 * sign with a Kazakh or Kyrgyz case («Тяньцзинде»).
 */
class ImplicitVisitPlacesTest {

    private static final String DAY = "2024-05-10";

    @Test
    void inAStateResidenceOfAnotherCountry() {
        assertVisit("Касым-Жомарт Токаев в резиденции «Ынтымак Ордо» провёл переговоры с Садыром Жапаровым.", "KZ", "KG");
        assertVisit("Садыр Жапаров в Ново-Огарёво встретился с Владимиром Путиным.", "KG", "RU");
        assertVisit("Касым-Жомарт Токаев во дворце Куксарой провёл переговоры с Шавкатом Мирзиёевым.", "KZ", "UZ");
    }

    @Test
    void aPlaceNameInASoftSignKeepsItsKyrgyzCase() {
        assertVisit("Садыр Жапаров Тяньцзинде саммитке катышты.", "KG", "CN");
    }

    @Test
    void atHomeNoVisit() {
        assertThat(visit("Президент Казахстана Касым-Жомарт Токаев в резиденции Акорда провёл переговоры с делегацией."))
                .isNull();
    }

    private static void assertVisit(String text, String visitor, String host) {
        Tags.EventTag visit = visit(text);
        assertThat(visit).as(text).isNotNull();
        assertThat(visit.visitorCountry()).as(text).isEqualTo(visitor);
        assertThat(visit.hostCountry()).as(text).isEqualTo(host);
        assertThat(visit.status()).as(text).isIn(EventStatus.ONGOING, EventStatus.COMPLETED);
    }

    private static Tags.EventTag visit(String text) {
        return TestTagger.tag(text, DAY).events().stream().filter(e -> e.type() == EventType.VISIT).findFirst()
                .orElse(null);
    }
}
