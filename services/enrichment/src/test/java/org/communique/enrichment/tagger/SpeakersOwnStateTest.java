package org.communique.enrichment.tagger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communique.enrichment.tagger.TestTagger.officials;
import static org.communique.enrichment.tagger.TestTagger.tag;

/**
 * "Our President" in an envoy's or an official's words is the speaker's own state's: an envoy named by office after the
 * quotation in Kazakh and Kyrgyz («— деді Өзбекстан елшісі»), an envoy whose words a sentence reports without quotation
 * marks, and an official named by office only after the quotation ("said the Uzbek foreign minister").
 */
class SpeakersOwnStateTest {

    private static final String DATE = "2005-05-10";

    @Test
    void anEnvoyAfterTheQuotationInKazakhAndKyrgyz() {
        assertThat(officials(tag("«Біздің Президент бұл сапарға үлкен мән береді», — деді Өзбекстан елшісі.", DATE)))
                .containsExactly("islam-karimov");
        assertThat(officials(tag("«Президентіміз бұл сапарға үлкен мән береді», — деді Өзбекстанның Қазақстандағы елшісі.",
                DATE))).containsExactly("islam-karimov");
        assertThat(officials(tag("«Президентибиз бул сапарга чоң маани берет», — деди Өзбекстандын элчиси.", DATE)))
                .containsExactly("islam-karimov");
        assertThat(officials(tag("«Наш Президент придаёт большое значение визиту», — отметил узбекский дипломат.", DATE)))
                .containsExactly("islam-karimov");
    }

    @Test
    void anEnvoyWhoseWordsTheSentenceReports() {
        assertThat(officials(tag("Өзбекстан елшісінің айтуынша, біздің Президент бұл сапарға үлкен мән береді.", DATE)))
                .containsExactly("islam-karimov");
        // in the writer's own words, an envoy received by «our» President is the guest, not the speaker
        assertThat(officials(tag("Біздің Президент Өзбекстан елшісін қабылдады.", DATE)))
                .containsExactly("nursultan-nazarbayev");
    }

    @Test
    void anOfficialNamedByOfficeAfterTheQuotation() {
        assertThat(officials(tag("\"Our President will visit Astana next month,\" said the Uzbek foreign minister.", DATE)))
                .containsExactlyInAnyOrder("islam-karimov", "sodiq-safayev");
        assertThat(officials(tag("«Біздің Президент бұл сапарға үлкен мән береді», — деді Өзбекстан Сыртқы істер министрі.",
                DATE))).containsExactlyInAnyOrder("islam-karimov", "sodiq-safayev");
    }
}
