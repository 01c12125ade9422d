package org.communique.enrichment.tagger.events;

import org.communique.contracts.Tags;
import org.communique.enrichment.tagger.TestTagger;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The outcome of a trip is told once the trip is over: «по итогам визита», "the results of the visit". */
class OutcomeOfTripTest {

    private static Tags.EventStatus status(String text, String date) {
        Tags tags = TestTagger.tag(text, date);
        return tags.events().stream().filter(e -> e.type() == Tags.EventType.VISIT).findFirst().orElseThrow().status();
    }

    @Test
    void theOutcomeOfATripMeansItIsOver() {
        assertThat(status("По итогам визита Премьер-министра Кыргызстана в Минск правительство одобрило план.",
                "2019-11-20")).isEqualTo(Tags.EventStatus.COMPLETED);
        assertThat(status("The results of the Uzbek Foreign Minister's visit to Ankara were discussed by the cabinet.",
                "2019-11-20")).isEqualTo(Tags.EventStatus.COMPLETED);
        assertThat(status("Өзбекстан Президентінің Бакуге сапарының қорытындысы бойынша бес құжат жарияланды.",
                "2019-11-20")).isEqualTo(Tags.EventStatus.COMPLETED);
    }

    @Test
    void resultsOfSomethingElseEndNoTrip() {
        assertThat(status("Президент Таджикистана прибыл в Ташкент. Итоги выборов обсуждались позже.", "2019-11-20"))
                .isEqualTo(Tags.EventStatus.ONGOING);
    }
}
