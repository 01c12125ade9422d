package org.communique.enrichment.tagger.events;

import org.communique.contracts.Tags.EventStatus;
import org.communique.enrichment.tagger.TestTagger;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communique.enrichment.tagger.events.VisitChecks.assertVisit;
import static org.communique.enrichment.tagger.events.VisitChecks.visit;

/**
 * A visit put off is planned (the guidelines: "announced or postponed, still in the future"), whatever tense or day
 * told it before: «перенесен», «отложен», "postponed", "put off", «кейінге қалдырылды», «кейінге шегерілді»,
 * «кийинкиге жылдырылды». The day given up is no day of the trip.
 */
class PostponedVisitTest {

    @Test
    void aPostponedVisitIsPlannedInEachLanguage() {
        assertVisit(TestTagger.tag("АСТАНА, 2 апреля. Визит премьер-министра Казахстана в Душанбе, который должен был "
                + "пройти на этой неделе, отложен.", "2021-04-02"), "KZ", "TJ", EventStatus.PLANNED);
        assertVisit(TestTagger.tag("TASHKENT, April 2. The Uzbek foreign minister's trip to Ankara has been postponed "
                + "because of the flooding.", "2021-04-02"), "UZ", "TR", EventStatus.PLANNED);
        assertVisit(TestTagger.tag("TASHKENT, April 2. The Uzbek foreign minister's trip to Ankara was put off.",
                "2021-04-02"), "UZ", "TR", EventStatus.PLANNED);
        assertVisit(TestTagger.tag("Астана, 2 сәуір. Қазақстан Сыртқы істер министрінің Бакуге сапары кейінге "
                + "шегерілді.", "2021-04-02"), "KZ", "AZ", EventStatus.PLANNED);
        assertVisit(TestTagger.tag("Астана, 2 сәуір. Қазақстан Премьер-Министрінің Бакуге сапары кейінге қалдырылды.",
                "2021-04-02"), "KZ", "AZ", EventStatus.PLANNED);
        assertVisit(TestTagger.tag("Бишкек, 2-апрель. Кыргызстандын Тышкы иштер министринин Анкарага сапары кийинкиге "
                + "жылдырылды.", "2021-04-02"), "KG", "TR", EventStatus.PLANNED);
    }

    @Test
    void theDayGivenUpIsNotTheTrips() {
        var tags = TestTagger.tag("БИШКЕК, 9 ноября. Визит президента Кыргызстана в Ашхабад, намеченный на 5 ноября, "
                + "перенесен.", "2019-11-09");
        assertVisit(tags, "KG", "TM", EventStatus.PLANNED);
        assertThat(visit(tags).date()).isNull();
    }

    @Test
    void whatIsLeftOrMovedIsNoPostponement() {
        // «қалдырылған» without «кейінге» is only "left", and a trip told done stays done
        assertVisit(TestTagger.tag("Қазақстан Премьер-Министрі кеше Бакуде қалдырылған құжаттарға қол қойды.",
                "2021-04-02"), "KZ", "AZ", EventStatus.COMPLETED);
        assertVisit(TestTagger.tag("The Uzbek foreign minister visited Ankara on March 30.", "2021-04-02"), "UZ", "TR",
                EventStatus.COMPLETED);
    }
}
