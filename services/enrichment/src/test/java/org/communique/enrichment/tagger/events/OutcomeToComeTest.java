package org.communique.enrichment.tagger.events;

import org.communique.contracts.Tags.EventStatus;
import org.communique.enrichment.tagger.TestTagger;
import org.junit.jupiter.api.Test;

import static org.communique.enrichment.tagger.events.VisitChecks.assertVisit;

/**
 * The outcome of a trip ends it only once told: «по итогам визита подписано» is a trip over, but «по итогам визита будет
 * подписано», "will be signed as a result of the visit", «сапардын жыйынтыгында ... кол коюлат», «сапар қорытындысы
 * бойынша ... қол қойылады» tell what is still to come on a trip under way.
 */
class OutcomeToComeTest {

    private static final String DAY = "2019-03-28";

    @Test
    void anOutcomeStillToComeLeavesTheTripUnderWay() {
        assertVisit(TestTagger.tag("Бишкек, 28-март (Кабар). «Ала-Арча» резиденциясында Кыргызстандын Президенти менен "
                + "Орусиянын Президенти Владимир Путиндин сүйлөшүүлөрү өтүп жатат. Сапардын жыйынтыгында 20дан ашуун "
                + "документке кол коюлат.", DAY), "RU", "KG", EventStatus.ONGOING);
        assertVisit(TestTagger.tag("Астана, 28 наурыз. Ақордада Қазақстан Президенті мен Ресей Президенті Владимир "
                + "Путиннің келіссөздері өтуде. Сапар қорытындысы бойынша 20-дан астам құжатқа қол қойылады.", DAY), "RU",
                "KZ", EventStatus.ONGOING);
        assertVisit(TestTagger.tag("Бишкек, 28 марта. В резиденции «Ала-Арча» проходят переговоры президентов Киргизии и "
                + "России Владимира Путина. По итогам визита будет подписано более 20 документов.", DAY), "RU", "KG",
                EventStatus.ONGOING);
    }

    @Test
    void anOutcomeToldEndsTheTrip() {
        assertVisit(TestTagger.tag("Бишкек, 28 марта. Президент России Владимир Путин посетил Киргизию. По итогам визита "
                + "подписано более 20 документов.", DAY), "RU", "KG", EventStatus.COMPLETED);
    }
}
