package org.communique.enrichment.tagger.events;

import org.communique.contracts.Tags.EventStatus;
import org.communique.enrichment.tagger.TestTagger;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communique.enrichment.tagger.events.VisitChecks.assertVisit;
import static org.communique.enrichment.tagger.events.VisitChecks.visit;

/**
 * The chair of a parliament or of one of its houses is an official (the guidelines' speakers, role other), and a trip
 * of one in a government capacity is a visit like a minister's, told with a word for visit or without; a chair who
 * receives at home travels nowhere, and the guest chair is the visitor. An ambassador still makes no visit in the
 * country of the post, and a spokesperson or a press secretary travels in a minister's or a president's party, not as
 * a visitor of their own.
 */
class ChairsTravelTest {

    private static final String DAY = "2023-10-04";

    @Test
    void aChairsTripIsAVisitInEachLanguage() {
        assertVisit(TestTagger.tag("Председатель Сената Казахстана Маулен Ашимбаев прибыл в Ташкент с официальным "
                + "визитом.", DAY), "KZ", "UZ", EventStatus.ONGOING);
        assertVisit(TestTagger.tag("Kazakh Senate Chairman Maulen Ashimbayev arrived in Tashkent on an official visit.",
                DAY), "KZ", "UZ", EventStatus.ONGOING);
        assertVisit(TestTagger.tag("Кыргызстандын Жогорку Кеңешинин Төрагасы Нурланбек Шакиев Астанага расмий сапар "
                + "менен келди.", DAY), "KG", "KZ", EventStatus.ONGOING);
        // with no word for visit: talks under the host city's dateline
        assertVisit(TestTagger.tag("Астана, 4 қазан. Өзбекстан Сенатының Төрағасы Танзила Нарбаева бүгін Қазақстан "
                + "Сенатының Төрағасымен келіссөздер жүргізді.", DAY), "UZ", "KZ", EventStatus.ONGOING);
    }

    @Test
    void aSpokespersonTravelsInTheMinistersPartyNotAsAVisitor() {
        assertThat(visit(TestTagger.tag("Министр иностранных дел России Сергей Лавров прибыл в Астану. Его сопровождает "
                + "официальный представитель МИД России Мария Захарова.", DAY)).visitors()).containsExactly("sergey-lavrov");
        assertThat(visit(TestTagger.tag("Официальный представитель МИД России Мария Захарова прибыла в Астану.", DAY)))
                .isNull();
    }

    @Test
    void aChairWhoReceivesAtHomeTravelsNowhere() {
        assertThat(visit(TestTagger.tag("Председатель Сената Казахстана Маулен Ашимбаев принял в Астане делегацию "
                + "Узбекистана.", DAY))).isNull();
        assertThat(visit(TestTagger.tag("Председатель Сената Казахстана Маулен Ашимбаев принял в Астане председателя "
                + "Сената Узбекистана Танзилу Нарбаеву.", DAY)).visitors()).containsExactly("tanzila-narbaeva");
    }
}
