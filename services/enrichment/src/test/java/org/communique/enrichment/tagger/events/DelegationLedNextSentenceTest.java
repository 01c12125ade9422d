package org.communique.enrichment.tagger.events;

import org.communique.contracts.Tags;
import org.communique.contracts.Tags.EventStatus;
import org.communique.contracts.Tags.EventType;
import org.communique.enrichment.tagger.TestTagger;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communique.enrichment.tagger.events.VisitChecks.visit;

/**
 * A visit told across two sentences: a country's delegation arrives, and the next sentence names who heads it
 * («Её возглавляет...», "It is led by..."). The one heading it is the visitor, the trip is under way, and what he will
 * do there is its business, not another trip. Someone of the host's side, or a sentence that names no one heading
 * the delegation, adds no visitor.
 */
class DelegationLedNextSentenceTest {

    @Test
    void theOneHeadingTheDelegationIsTheVisitor() {
        Tags.EventTag v = visit(TestTagger.tag("В Ашхабад прибыла делегация Узбекистана. Её возглавляет министр иностранных "
                + "дел Абдулазиз Камилов, который проведёт переговоры с туркменским коллегой.", "2017-05-18"));
        assertThat(v).isNotNull();
        assertThat(v.visitorCountry()).isEqualTo("UZ");
        assertThat(v.hostCountry()).isEqualTo("TM");
        assertThat(v.visitors()).containsExactly("abdulaziz-kamilov");
        assertThat(v.status()).isEqualTo(EventStatus.ONGOING);

        Tags.EventTag en = visit(TestTagger.tag("A Kyrgyz government delegation arrived in Astana on Monday. It is led by "
                + "Foreign Minister Jeenbek Kulubaev, who will meet his Kazakh counterpart.", "2024-05-20"));
        assertThat(en).isNotNull();
        assertThat(en.visitors()).containsExactly("jeenbek-kulubaev");
        assertThat(en.hostCountry()).isEqualTo("KZ");
        assertThat(en.status()).isEqualTo(EventStatus.ONGOING);
    }

    @Test
    void theHostsSideOrNoOneHeadingItAddsNoVisitor() {
        Tags tags = TestTagger.tag("В Ашхабад прибыла делегация Узбекистана. Её встретил министр иностранных дел "
                + "Туркменистана Рашид Мередов.", "2017-05-18");
        assertThat(tags.events()).filteredOn(e -> e.type() == EventType.VISIT)
                .allSatisfy(e -> assertThat(e.visitors()).doesNotContain("rashid-meredov"));
        Tags other = TestTagger.tag("В Ашхабад прибыла делегация Узбекистана. Министр иностранных дел Таджикистана "
                + "Сироджиддин Мухриддин в тот же день выступил в Душанбе с лекцией.", "2017-05-18");
        assertThat(other.events()).filteredOn(e -> e.type() == EventType.VISIT)
                .allSatisfy(e -> assertThat(e.visitors()).doesNotContain("sirojiddin-muhriddin"));
    }
}
