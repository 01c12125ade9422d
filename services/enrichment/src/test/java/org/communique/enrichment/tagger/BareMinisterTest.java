package org.communique.enrichment.tagger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A minister named by his state alone («узбекский министр», "the Uzbek minister", «өзбек министрі») in a text about
 * foreign affairs is that state's foreign minister; one whose portfolio follows («министр энергетики», "minister of
 * energy"), or one in a text that speaks of no foreign affairs, is no one the tagger can name.
 */
class BareMinisterTest {

    @Test
    void aMinisterByHisStateInForeignAffairsIsTheForeignMinister() {
        assertThat(TestTagger.officials(TestTagger.tag("Министр иностранных дел Кыргызстана Чингиз Айдарбеков встретился "
                + "с узбекским министром в Бишкеке.", "2019-05-03"))).contains("abdulaziz-kamilov");
        assertThat(TestTagger.officials(TestTagger.tag("Глава МИД Таджикистана посетит Бишкек. Узбекский министр прибудет "
                + "туда же на следующий день.", "2019-05-03"))).contains("abdulaziz-kamilov");
        assertThat(TestTagger.officials(TestTagger.tag("The foreign ministers met in Bishkek. The Uzbek minister called for "
                + "a new border treaty.", "2019-05-03"))).contains("abdulaziz-kamilov");
    }

    @Test
    void aMinisterWithHisPortfolioOrOutsideForeignAffairsIsNoForeignMinister() {
        assertThat(TestTagger.officials(TestTagger.tag("Министр иностранных дел Кыргызстана Чингиз Айдарбеков встретился "
                + "с узбекским министром энергетики.", "2019-05-03"))).doesNotContain("abdulaziz-kamilov");
        assertThat(TestTagger.officials(TestTagger.tag("The foreign ministers met in Bishkek. The Uzbek minister of energy "
                + "spoke too.", "2019-05-03"))).doesNotContain("abdulaziz-kamilov");
        assertThat(TestTagger.officials(TestTagger.tag("Узбекский министр открыл в Ташкенте новую школу.", "2019-05-03")))
                .doesNotContain("abdulaziz-kamilov");
    }
}
