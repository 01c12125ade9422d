package org.communique.enrichment.tagger;

import org.communique.contracts.Tags;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Office phrases that name no country of their own and take it from the sentence: a delegation, side or retinue named
 * by its country, and "our" in the words of an official, whose own country it is; Kyrgyz plurals of an office and
 * the Kyrgyz names of Russia and Afghanistan.
 */
class RoleFromContextTest {

    @Test
    void anOfficeInADelegationBelongsToTheDelegationsCountry() {
        assertThat(TestTagger.officials(TestTagger.tag("Президент Узбекистана Шавкат Мирзиёев прибыл в Анкару. "
                + "В составе узбекской делегации также министр иностранных дел.", "2022-03-29")))
                .contains("shavkat-mirziyoyev", "abdulaziz-kamilov");
        assertThat(TestTagger.officials(TestTagger.tag("Kyrgyz President Sadyr Japarov met Chinese leader Xi Jinping. "
                + "On the Kyrgyz side, the Foreign Minister also took part.", "2024-05-10")))
                .contains("jeenbek-kulubaev");
        assertThat(TestTagger.officials(TestTagger.tag("Президента Казахстана сопровождает министр иностранных дел.",
                "2024-05-10"))).contains("murat-nurtleu");
    }

    @Test
    void anOfficeWithoutACountryOrADelegationStaysUnresolved() {
        assertThat(TestTagger.officials(TestTagger.tag("Министр иностранных дел ответил на вопросы журналистов.",
                "2024-05-10"))).isEmpty();
        // «стороны», «тараптар» (the sides talking) are no side named by a country
        assertThat(TestTagger.officials(TestTagger.tag("Стороны обсудили отношения Узбекистана и Японии, министр "
                + "иностранных дел ответил на вопросы журналистов.", "2024-05-10"))).isEmpty();
        assertThat(TestTagger.officials(TestTagger.tag("Тараптар Өзбекстан мен Жапония қатынастарын талқылады, Сыртқы "
                + "істер министрі журналистердің сұрақтарына жауап берді.", "2024-05-10"))).isEmpty();
    }

    @Test
    void ourPresidentInAnOfficialsWordsIsTheSpeakersOwn() {
        assertThat(TestTagger.officials(TestTagger.tag("«Наш Президент уделяет этим переговорам особое внимание», — "
                + "сказал министр иностранных дел Кыргызстана Жээнбек Кулубаев.", "2024-05-10")))
                .contains("jeenbek-kulubaev", "sadyr-japarov");
        assertThat(TestTagger.officials(TestTagger.tag("Kazakh Foreign Minister Murat Nurtleu said: \"Our President "
                + "will arrive in Baku next week.\"", "2024-05-10"))).contains("murat-nurtleu", "kassym-jomart-tokayev");
    }

    @Test
    void kyrgyzPluralsAndTheKyrgyzNameOfRussia() {
        Tags tags = TestTagger.tag("Кыргызстан менен Орусиянын президенттери келишимге кол коюшту.", "2023-06-15");
        assertThat(TestTagger.officials(tags)).containsExactlyInAnyOrder("sadyr-japarov", "vladimir-putin");
        assertThat(TestTagger.countries(tags)).contains("KG", "RU");
        Tags afghanistan = TestTagger.tag("Кыргыз Республикасынын Тышкы иштер министри Ооганстандагы абал боюнча маалымат "
                + "берди.", "2023-06-15");
        assertThat(TestTagger.countries(afghanistan)).contains("AF");
        // the office's country stands before it; a country after it in the locative is where things happen
        assertThat(TestTagger.officials(afghanistan)).containsExactly("jeenbek-kulubaev");
    }
}
