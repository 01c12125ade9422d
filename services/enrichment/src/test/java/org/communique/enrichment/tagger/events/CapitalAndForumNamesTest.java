package org.communique.enrichment.tagger.events;

import org.communique.contracts.Tags;
import org.communique.contracts.Tags.EventStatus;
import org.communique.enrichment.tagger.TestTagger;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communique.enrichment.tagger.events.VisitChecks.assertVisit;
import static org.communique.enrichment.tagger.events.VisitChecks.visit;

/**
 * Two kinds of place session 10 found read wrong: the capital named by no country («прибыл в столицу», «елордаға
 * келді», "arrived in the capital") is the city the text named just before, so a trip there is a visit to that city's
 * country; and a city in a forum's name ("the Samarkand Forum", "Astana International Forum") names the forum, so it
 * gives neither a country nor a host.
 */
class CapitalAndForumNamesTest {

    @Test
    void theCapitalNamedByNoCountryIsTheCityJustNamed() {
        assertVisit(TestTagger.tag("Ертең Астанада саммит өтеді. Тәжікстан Президенті Эмомали Рахмон бүгін елордаға келді.",
                "2024-08-08"), "TJ", "KZ", EventStatus.ONGOING);
        assertVisit(TestTagger.tag("Завтра в Астане саммит. Президент Таджикистана Эмомали Рахмон сегодня прибыл в столицу.",
                "2024-08-08"), "TJ", "KZ", EventStatus.ONGOING);
        assertVisit(TestTagger.tag("The summit opens in Tashkent on Friday. Kyrgyz President Sadyr Japarov arrived in the "
                + "capital on Thursday.", "2024-11-14"), "KG", "UZ", EventStatus.ONGOING);
    }

    @Test
    void aReturnToTheCapitalOrTheCapitalOfAnotherStateIsNoVisitThere() {
        assertThat(visit(TestTagger.tag("Переговоры прошли в Москве. Президент Таджикистана Эмомали Рахмон вернулся в "
                + "столицу.", "2024-08-08"))).isNull();
        Tags.EventTag v = visit(TestTagger.tag("Talks were held in Moscow. Kyrgyz President Sadyr Japarov arrived in the "
                + "capital of Uzbekistan.", "2024-08-08"));
        assertThat(v).isNotNull();
        assertThat(v.hostCountry()).isEqualTo("UZ");
    }

    @Test
    void aCityInAForumsNameIsNoPlace() {
        Tags tags = TestTagger.tag("President Sadyr Japarov addressed the Samarkand Forum in Bishkek.", "2024-05-03");
        assertThat(TestTagger.countries(tags)).containsExactly("KG");
        assertThat(visit(tags)).isNull();
        assertThat(TestTagger.countries(TestTagger.tag("Kyrgyz Foreign Minister Jeenbek Kulubaev will speak at the Astana "
                + "International Forum.", "2024-05-03"))).containsExactly("KG");
        // the city itself still counts
        assertThat(TestTagger.countries(TestTagger.tag("Kyrgyz Foreign Minister Jeenbek Kulubaev spoke at a forum in "
                + "Astana.", "2024-05-03"))).containsExactlyInAnyOrder("KG", "KZ");
    }
}
