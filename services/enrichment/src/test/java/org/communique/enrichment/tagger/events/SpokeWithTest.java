package org.communique.enrichment.tagger.events;

import org.communique.contracts.Tags.EventStatus;
import org.communique.enrichment.tagger.TestTagger;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communique.enrichment.tagger.events.VisitChecks.assertVisit;
import static org.communique.enrichment.tagger.events.VisitChecks.visit;

/**
 * "spoke with", "spoke today with": a conversation, as often on the phone as not, places no one in the country the
 * talk was about; speaking in a city or at a summit there does.
 */
class SpokeWithTest {

    private static final String DAY = "2022-01-06";

    @Test
    void speakingWithSomeoneIsNoTrip() {
        assertThat(visit(TestTagger.tag("Secretary of State Antony J. Blinken spoke today with Kazakhstani Foreign "
                + "Minister Mukhtar Tileuberdi about the state of emergency in Kazakhstan.", DAY))).isNull();
        assertThat(visit(TestTagger.tag("Secretary of State Antony Blinken spoke with the Foreign Minister of "
                + "Kazakhstan about the situation in Almaty.", DAY))).isNull();
    }

    @Test
    void speakingInAPlaceIsBeingThere() {
        assertVisit(TestTagger.tag("Secretary of State Antony Blinken spoke in Astana today at a meeting with students.",
                DAY), "US", "KZ", EventStatus.ONGOING);
    }
}
