package org.communique.enrichment.tagger.events;

import org.communique.contracts.Tags.EventStatus;
import org.communique.enrichment.tagger.TestTagger;
import org.junit.jupiter.api.Test;

import static org.communique.enrichment.tagger.events.VisitChecks.assertVisit;

/**
 * Cities of a state spelled as Kazakh and Kyrgyz texts spell them («Нахчыван», «Түрікменбашы»): a head of state at a
 * summit there is on a visit to that state, as with the Russian spelling.
 */
class KazakhCitySpellingsTest {

    @Test
    void aSummitInACitySpelledTheKazakhWayIsAVisit() {
        assertVisit(TestTagger.tag("Қазақстан Президенті Нахчыван қаласында өткен түркітілдес мемлекеттер басшыларының "
                + "саммитіне қатысты.", "2009-10-03"), "KZ", "AZ", EventStatus.ONGOING);
        assertVisit(TestTagger.tag("Бүгін Түрікменбашы қаласында Мемлекет басшысы Каспий маңы газ құбыры туралы "
                + "декларацияға қол қойды.", "2007-05-12"), "KZ", "TM", EventStatus.ONGOING);
        assertVisit(TestTagger.tag("Президент Казахстана сегодня принимает участие в саммите в Нахичевани.", "2009-10-03"), "KZ", "AZ",
                EventStatus.ONGOING);
    }
}
