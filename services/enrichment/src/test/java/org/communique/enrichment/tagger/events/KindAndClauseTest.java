package org.communique.enrichment.tagger.events;

import org.communique.contracts.Tags;
import org.communique.contracts.Tags.EventStatus;
import org.communique.enrichment.tagger.TestTagger;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communique.enrichment.tagger.events.VisitChecks.assertVisit;
import static org.communique.enrichment.tagger.events.VisitChecks.visit;

/**
 * A visit's kind and its clause (session 11): «государственный» of an office («Государственный секретарь США») is no
 * state visit; "who is in the United States on an official visit, discussed ...": the visit's own clause tells it
 * under way and where, and a country after the comma is no destination of the word "visit".
 */
class KindAndClauseTest {

    @Test
    void theWordStateOfAnOfficeIsNoKindOfVisit() {
        Tags.EventTag ru = visit(TestTagger.tag("Государственный секретарь США прибыла в Астану для участия в саммите ОБСЕ.",
                "2010-12-01"));
        assertThat(ru).isNotNull();
        assertThat(ru.kind()).isEqualTo(Tags.EventKind.UNSPECIFIED);
        assertThat(visit(TestTagger.tag("АҚШ Мемлекеттік хатшысы Астанаға келді.", "2010-12-01")).kind())
                .isEqualTo(Tags.EventKind.UNSPECIFIED);
        // the kind told of the visit itself still counts
        assertThat(visit(TestTagger.tag("Государственный секретарь США прибыла в Астану с государственным визитом.",
                "2010-12-01")).kind()).isEqualTo(Tags.EventKind.STATE);
        assertThat(visit(TestTagger.tag("Президент Франции прибыл в Астану с официальным визитом.", "2023-11-01")).kind())
                .isEqualTo(Tags.EventKind.OFFICIAL);
    }

    @Test
    void theVisitsOwnClauseTellsItUnderWayAndWhere() {
        Tags tags = TestTagger.tag("The Kazakh leader, who is in the United States on an official visit, discussed "
                + "Afghanistan, non-proliferation and trade with his host.", "2018-01-16");
        assertVisit(tags, "KZ", "US", EventStatus.ONGOING);
        assertThat(visit(tags).kind()).isEqualTo(Tags.EventKind.OFFICIAL);
        // a visit to a country right after the verb is still one
        assertVisit(TestTagger.tag("Kazakh President Kassym-Jomart Tokayev will visit Afghanistan next week.",
                "2024-05-10"), "KZ", "AF", EventStatus.PLANNED);
        // a past with the clause over
        assertVisit(TestTagger.tag("Kazakh President Kassym-Jomart Tokayev, who was in Tashkent on an official visit last "
                + "week, discussed trade.", "2024-05-10"), "KZ", "UZ", EventStatus.COMPLETED);
    }
}
