package org.communique.enrichment.tagger.events;

import org.communique.contracts.Tags.EventStatus;
import org.communique.enrichment.tagger.TestTagger;
import org.junit.jupiter.api.Test;

import static org.communique.enrichment.tagger.events.VisitChecks.assertVisit;

/**
 * The city one comes back to («вернулся в Бишкек», "returned to Bishkek", «Астанаға оралды», «Бишкекке кайтты») is
 * home: the host is the place of what was done there, and the traveller the one who came back.
 */
class ReturnedToIsHomeTest {

    @Test
    void theCityComeBackToIsNoHost() {
        assertVisit(TestTagger.tag("Кыргызстандын Президенти Курманбек Бакиев кечээ Москвада Дмитрий Медведев менен "
                + "сүйлөшүп, бүгүн Бишкекке кайтты.", "2009-02-04"), "KG", "RU", EventStatus.COMPLETED);
        assertVisit(TestTagger.tag("Курманбек Бакиев провел переговоры с Дмитрием Медведевым в Москве и вернулся в Бишкек.",
                "2009-02-04"), "KG", "RU", EventStatus.COMPLETED);
        assertVisit(TestTagger.tag("Kurmanbek Bakiyev held talks with Dmitry Medvedev in Moscow and returned to Bishkek.",
                "2009-02-04"), "KG", "RU", EventStatus.COMPLETED);
        assertVisit(TestTagger.tag("Нұрсұлтан Назарбаев Мәскеуде Дмитрий Медведевпен кездесіп, Астанаға оралды.",
                "2009-02-04"), "KZ", "RU", EventStatus.COMPLETED);
    }
}
