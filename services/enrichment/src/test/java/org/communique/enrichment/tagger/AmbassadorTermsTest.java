package org.communique.enrichment.tagger;

import org.communique.contracts.Tags;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, item 6: the ambassadors of the knowledge base's data version 13 by office alone, on days inside and
 * outside their terms; an ambassador with no state, an organisation's ambassador and an ambassador at large name no one;
 * a former ambassador named by name is that person, and the office on a day nobody is known to hold it is nobody.
 */
class AmbassadorTermsTest {

    @Test
    void americanAmbassadorsInCentralAsia() {
        assertThat(TestTagger.officials(TestTagger.tag("The U.S. Ambassador to Uzbekistan visited Samarkand "
                + "and met the regional governor.", "2016-11-10"))).containsExactly("pamela-spratlen");
        assertThat(TestTagger.officials(TestTagger.tag("Посол США в Кыргызстане посетила Иссык-Кульскую область.",
                "2009-11-10"))).containsExactly("tatiana-gfoeller");
        assertThat(TestTagger.officials(TestTagger.tag("Посол США в Таджикистане открыл новую школу в Хороге.",
                "2020-11-10"))).containsExactly("john-mark-pommersheim");
    }

    @Test
    void kazakhstansAmbassadorsInWashingtonAndMoscow() {
        assertThat(TestTagger.officials(TestTagger.tag("Посол Казахстана в США выступил в Университете Джонса "
                + "Хопкинса.", "2005-02-10"))).containsExactly("kanat-saudabayev");
        assertThat(TestTagger.officials(TestTagger.tag("Kazakhstan's Ambassador to the United States addressed "
                + "the conference.", "2010-02-10"))).containsExactly("yerlan-idrissov");
        Tags moscow = TestTagger.tag("Посол Казахстана в России провел встречу с казахской диаспорой Омска.",
                "2018-10-10");
        assertThat(TestTagger.officials(moscow)).containsExactly("imangali-tasmagambetov");
        assertThat(moscow.officials().get(0).role()).isEqualTo("ambassador");
    }

    @Test
    void russiasAmbassadorsInCentralAsia() {
        assertThat(TestTagger.officials(TestTagger.tag("Российский посол в Узбекистане посетил Бухару.",
                "2016-03-03"))).containsExactly("vladimir-tyurdenev");
        assertThat(TestTagger.officials(TestTagger.tag("Орусиянын Кыргызстандагы элчиси Нарынга барды.",
                "2017-03-03"))).containsExactly("andrey-krutko");
    }

    @Test
    void anAmbassadorWithNoStateOrOfAnOrganisationIsNobody() {
        assertThat(TestTagger.officials(TestTagger.tag("The ambassador met students of the university on Monday.",
                "2016-11-10"))).isEmpty();
        assertThat(TestTagger.officials(TestTagger.tag("Посол ЕС в Казахстане встретился со студентами.",
                "2016-11-10"))).isEmpty();
        assertThat(TestTagger.officials(TestTagger.tag("Посол по особым поручениям МИД Узбекистана выступил на "
                + "конференции.", "2016-11-10"))).isEmpty();
    }

    @Test
    void aFormerAmbassadorByNameIsThatPersonTheOfficeThatDayNobody() {
        Tags named = TestTagger.tag("Джордж Крол выступил с лекцией об истории Центральной Азии.", "2022-03-01");
        assertThat(TestTagger.officials(named)).containsExactly("george-krol");
        assertThat(named.officials().get(0).role()).isEqualTo("ambassador");
        // nobody held the post in the data between William Moser's term and Daniel Rosenblum's
        assertThat(TestTagger.officials(TestTagger.tag("Посол США в Казахстане посетил Караганду.", "2022-03-01")))
                .isEmpty();
    }
}
