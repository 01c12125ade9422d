package org.communique.enrichment.tagger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * «Первый Президент», "first President", «Тұңғыш Президенті», «биринчи президенти» of a country and the title «Елбасы»
 * name the first holder of the office, not the holder of the day; «первый» elsewhere before an office («первый визит
 * Президента») no longer hides the office.
 */
class FirstHolderTest {

    @Test
    void theFirstPresidentIsTheFirstHolderInEachLanguage() {
        assertThat(TestTagger.officials(TestTagger.tag("Первому Президенту Казахстана вручили премию в Баку.",
                "2022-10-01"))).containsExactly("nursultan-nazarbayev");
        assertThat(TestTagger.officials(TestTagger.tag("Uzbekistan's first President was remembered in Samarkand.",
                "2020-09-02"))).containsExactly("islam-karimov");
        assertThat(TestTagger.officials(TestTagger.tag("Қырғызстанның Тұңғыш Президенті Мәскеуде дәріс оқыды.",
                "2019-02-01"))).containsExactly("askar-akayev");
        assertThat(TestTagger.officials(TestTagger.tag("Елбасы Бурабайда шетелдік қонақтарды қабылдады.", "2017-06-01")))
                .containsExactly("nursultan-nazarbayev");
    }

    @Test
    void firstBeforeAnythingElseLeavesTheHolderOfTheDay() {
        assertThat(TestTagger.officials(TestTagger.tag("Первый государственный визит Президента Узбекистана в Душанбе "
                + "начался.", "2018-03-09"))).containsExactly("shavkat-mirziyoyev");
        assertThat(TestTagger.officials(TestTagger.tag("Первый заместитель министра иностранных дел Кыргызстана выступил.",
                "2018-03-09"))).doesNotContain("chingiz-aidarbekov", "erlan-abdyldaev");
    }
}
