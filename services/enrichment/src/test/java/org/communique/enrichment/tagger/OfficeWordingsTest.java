package org.communique.enrichment.tagger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Office wordings of session 8: "FM" next to a country, "Minister for Foreign Affairs", the head of the State
 * Department, «Төрағасы» after China in Kazakh and Kyrgyz, the Premier of China's State Council written out, «<state> Республикасы(ның)» before an office in
 * Kazakh and Kyrgyz for states whose Kazakh/Kyrgyz name lacks the word, and the Kyrgyz verb of talking.
 */
class OfficeWordingsTest {

    @Test
    void theAbbreviationFmCountsOnlyNextToACountry() {
        assertThat(TestTagger.officials(TestTagger.tag("Talks of the Uzbek FM in Bishkek ended late.", "2023-07-01")))
                .containsExactly("bakhtiyor-saidov");
        assertThat(TestTagger.officials(TestTagger.tag("The FM station played music all night in Bishkek.", "2023-07-01")))
                .isEmpty();
    }

    @Test
    void englishAndRussianWordingsOfForeignMinistersAndPremiers() {
        assertThat(TestTagger.officials(TestTagger.tag("The Minister for Foreign Affairs of Tajikistan will come to Almaty.",
                "2021-03-03"))).containsExactly("sirojiddin-muhriddin");
        assertThat(TestTagger.officials(TestTagger.tag("Глава Госдепартамента США посетит Бишкек осенью.", "2010-06-01")))
                .containsExactly("hillary-clinton");
        assertThat(TestTagger.officials(TestTagger.tag("Премьер Государственного совета Китая выступил в Бишкеке.",
                "2019-06-01"))).containsExactly("li-keqiang");
    }

    @Test
    void aRepublicsNameBeforeItsOfficeInKazakhAndKyrgyz() {
        assertThat(TestTagger.officials(TestTagger.tag("Беларусь Республикасының Президенті Алматыға ұшып келді.",
                "2018-09-01"))).containsExactly("alexander-lukashenko");
        assertThat(TestTagger.officials(TestTagger.tag("Азербайжан Республикасынын Президенти Ошко келди.", "2018-09-01")))
                .containsExactly("ilham-aliyev");
    }

    @Test
    void theKazakhAndKyrgyzWordForChairmanAfterChinaIsItsHeadOfStateAfterAnotherBodyItsChair() {
        assertThat(TestTagger.officials(TestTagger.tag("ҚХР Төрағасы Ақордада қабылданды.", "2015-09-01")))
                .containsExactly("xi-jinping");
        assertThat(TestTagger.officials(TestTagger.tag("Кытай Эл Республикасынын Төрагасы Чолпон-Атага учуп келди.",
                "2007-08-15"))).containsExactly("hu-jintao");
        // a chair of a parliament, named, is that chair (unlisted here), not China's head of state
        assertThat(TestTagger.officials(TestTagger.tag("Жогорку Кеңештин Төрагасы Асан Усонов Ташкентке учуп кетти.",
                "2015-09-01"))).containsExactly("unlisted:asan-usonov");
        assertThat(TestTagger.officials(TestTagger.tag("Қалалық мәслихат Төрағасы сөз сөйледі.", "2015-09-01"))).isEmpty();
    }

    @Test
    void theKyrgyzVerbOfTalkingAtAPlaceAbroadIsAVisit() {
        var visit = TestTagger.firstVisit(TestTagger.tag("Тажикстандын Президенти Өзбекстандын Президенти менен Самаркандда "
                + "сүйлөштү.", "2022-03-10"));
        assertThat(visit).isNotNull();
        assertThat(visit.visitorCountry()).isEqualTo("TJ");
        assertThat(visit.hostCountry()).isEqualTo("UZ");
    }
}
