package org.communique.enrichment.tagger;

import org.communique.contracts.Tags;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chairs of parliament in the knowledge base: named or by office («председатель Мажилиса», «Мәжіліс Төрағасы», "Senate
 * chairman of Kazakhstan"), resolved to whoever held the chair on the release's date, tagged with the role
 * {@code other}; a trip of theirs is a visit like any official's (more in {@code events.ChairsTravelTest}).
 */
class ParliamentChairsTest {

    @Test
    void theChairOfTheMazhilisByOfficeAlone() {
        Tags tags = TestTagger.tag("Председатель Мажилиса обсудил с депутатами новый закон о выборах.", "2024-03-01");
        assertThat(tags.officials()).singleElement().satisfies(o -> {
            assertThat(o.id()).isEqualTo("yerlan-koshanov");
            assertThat(o.role()).isEqualTo("other");
            assertThat(o.country()).isEqualTo("KZ");
            assertThat(o.resolvedFrom()).isEqualTo(Tags.ResolvedFrom.ROLE);
        });
    }

    @Test
    void theSenateChairIsWhoeverHeldItThatDay() {
        String text = "The Senate chairman of Kazakhstan opened the session.";
        assertThat(TestTagger.officials(TestTagger.tag(text, "2021-09-01"))).containsExactly("maulen-ashimbayev");
        assertThat(TestTagger.officials(TestTagger.tag(text, "2019-09-01"))).containsExactly("dariga-nazarbayeva");
        assertThat(TestTagger.officials(TestTagger.tag(text, "2015-09-01"))).containsExactly("kassym-jomart-tokayev");
    }

    @Test
    void aChairNamedInKazakhIsTaggedAndTravels() {
        Tags tags = TestTagger.tag("Мәжіліс Төрағасы Ерлан Қошанов Ташкентте Өзбекстан Президентімен кездесті.", "2024-03-01");
        assertThat(TestTagger.officials(tags)).contains("yerlan-koshanov");
        assertThat(tags.events()).filteredOn(e -> e.type() == Tags.EventType.VISIT).singleElement().satisfies(e -> {
            assertThat(e.visitors()).containsExactly("yerlan-koshanov");
            assertThat(e.visitorCountry()).isEqualTo("KZ");
            assertThat(e.hostCountry()).isEqualTo("UZ");
        });
    }

    @Test
    void aSenateChairWhoseStateTheSentenceNamesElsewhere() {
        assertThat(TestTagger.officials(TestTagger.tag("Москва, 19 марта. По конституции Казахстана полномочия главы "
                + "государства до конца срока переходят к Председателю Сената.", "2019-03-19")))
                .containsExactly("kassym-jomart-tokayev");
        assertThat(TestTagger.officials(TestTagger.tag("Under Uzbekistan's constitution the Senate chairman acts for the "
                + "president.", "2016-09-03"))).containsExactly("nigmatilla-yuldashev");
        // a sentence naming no state with a Senate, or two of them, says nothing of whose Senate
        assertThat(TestTagger.officials(TestTagger.tag("Председатель Сената провел встречу с послом России.", "2019-03-19")))
                .isEmpty();
        assertThat(TestTagger.officials(TestTagger.tag("Делегации Казахстана и Узбекистана встретились у Председателя "
                + "Сената.", "2019-03-19"))).isEmpty();
    }
}
