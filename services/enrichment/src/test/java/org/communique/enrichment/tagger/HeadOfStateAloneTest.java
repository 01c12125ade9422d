package org.communique.enrichment.tagger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * «Мемлекет басшысы» in Kazakh and «Мамлекет башчысы» in Kyrgyz are the writer's own head of state whatever other
 * countries the text names; «Глава государства» in a text about two countries is the one whose leader the sentence
 * does not name already.
 */
class HeadOfStateAloneTest {

    @Test
    void theKazakhAndKyrgyzHeadOfStateIsTheWritersOwn() {
        assertThat(TestTagger.officials(TestTagger.tag("Мемлекет басшысы Түркия Президентіне көңіл айтты.", "2023-02-07")))
                .containsExactlyInAnyOrder("kassym-jomart-tokayev", "recep-tayyip-erdogan");
        assertThat(TestTagger.officials(TestTagger.tag("Мамлекет башчысы Өзбекстандын Президенти менен телефон аркылуу "
                + "сүйлөштү.", "2024-05-10"))).containsExactlyInAnyOrder("sadyr-japarov", "shavkat-mirziyoyev");
        // a country before the phrase names whose it is
        assertThat(TestTagger.officials(TestTagger.tag("Түркия Мемлекет басшысы Астанаға келді.", "2023-02-07")))
                .containsExactly("recep-tayyip-erdogan");
    }

    @Test
    void theRussianHeadOfStateOfTwoCountriesIsTheOneNotNamedBesideIt() {
        assertThat(TestTagger.officials(TestTagger.tag("Казахстан и Узбекистан расширяют сотрудничество. Глава "
                + "государства провёл телефонный разговор с Президентом Узбекистана.", "2024-05-10")))
                .containsExactlyInAnyOrder("kassym-jomart-tokayev", "shavkat-mirziyoyev");
        // with three countries the text does not say
        assertThat(TestTagger.officials(TestTagger.tag("Казахстан, Россия и Узбекистан расширяют сотрудничество. Глава "
                + "государства провёл телефонный разговор с Президентом Узбекистана.", "2024-05-10")))
                .containsExactly("shavkat-mirziyoyev");
    }
}
