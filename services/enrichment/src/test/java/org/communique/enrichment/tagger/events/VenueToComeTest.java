package org.communique.enrichment.tagger.events;

import org.communique.contracts.Tags.EventStatus;
import org.communique.enrichment.tagger.TestTagger;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communique.enrichment.tagger.events.VisitChecks.assertVisit;
import static org.communique.enrichment.tagger.events.VisitChecks.visit;

/**
 * An event that "will be held" or is "to be held" somewhere names its venue, not a trip: leaders who talk about a
 * summit to come in another's capital are not said to travel (the guidelines' hard negative); what was held there, or
 * a leader who will attend it, still is one.
 */
class VenueToComeTest {

    @Test
    void aSummitThatWillBeHeldSomewhereIsNoOnesTrip() {
        assertThat(visit(TestTagger.tag("Presidents Tokayev and Erdogan spoke by phone about the summit of Turkic states, "
                + "which will be held in the Kazakh capital in November.", "2023-10-02"))).isNull();
        assertThat(visit(TestTagger.tag("Tokayev and Erdogan discussed the forum to be held in Astana next month.",
                "2023-10-02"))).isNull();
        assertThat(visit(TestTagger.tag("Mirziyoyev and Japarov talked about the meeting of the council that is to be held "
                + "in Bishkek in spring.", "2023-10-02"))).isNull();
    }

    @Test
    void whatWasHeldThereOrWhoWillAttendStillTravels() {
        assertVisit(TestTagger.tag("Kyrgyz President Japarov will attend the summit, which will be held in Astana on "
                + "November 3.", "2023-10-02"), "KG", "KZ", EventStatus.PLANNED);
        assertVisit(TestTagger.tag("Kyrgyz President Sadyr Japarov held talks in Astana with Kassym-Jomart Tokayev "
                + "yesterday.", "2023-10-02"), "KG", "KZ", EventStatus.COMPLETED);
    }
}
