package org.communique.enrichment.tagger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Office phrases in forms the fixed phrases missed (session 6): «главу» in the accusative (it was read as the plural
 * «глав»), «главы» as the genitive of one head («главы МИД Казахстана») while «главы МИД обеих стран» stays plural,
 * the country's adjective inside the phrase («глава казахстанского МИД», "the head of the Kazakh Foreign Ministry"),
 * and "top diplomat", «главный дипломат».
 */
class OfficeFormsTest {

    private static final String DAY = "2024-05-10";

    @Test
    void theAccusativeOfGlavaIsOneHead() {
        assertThat(officials("Президент Узбекистана Шавкат Мирзиёев принял главу МИД Казахстана."))
                .contains("murat-nurtleu");
        assertThat(officials("Главу правительства Казахстана принял Шавкат Мирзиёев.")).contains("olzhas-bektenov");
        assertThat(officials("Мирзиёев поблагодарил главу государства Казахстана.")).contains("kassym-jomart-tokayev");
    }

    @Test
    void glavyIsTheGenitiveOfOneHeadUnlessSeveralCountriesFollow() {
        assertThat(officials("Мирзиёев высоко оценил роль главы МИД Казахстана.")).contains("murat-nurtleu");
        assertThat(officials("В Ташкенте прошли переговоры глав МИД Казахстана и Узбекистана."))
                .contains("murat-nurtleu", "bakhtiyor-saidov");
        assertThat(officials("Главы МИД Казахстана и Кыргызстана обсудили водные вопросы."))
                .contains("murat-nurtleu", "jeenbek-kulubaev");
    }

    @Test
    void theCountrysAdjectiveInsideTheOfficePhrase() {
        assertThat(officials("Глава казахстанского МИД прибыл в Ташкент.")).contains("murat-nurtleu");
        assertThat(officials("Руководитель узбекского внешнеполитического ведомства прибыл в Астану."))
                .contains("bakhtiyor-saidov");
        assertThat(officials("Главу кыргызского правительства принял Шавкат Мирзиёев.")).contains("akylbek-japarov");
        assertThat(officials("Глава казахстанского государства принял посла Японии.")).contains("kassym-jomart-tokayev");
        assertThat(officials("The head of the Uzbek government arrived in Astana.")).contains("abdulla-aripov");
        assertThat(officials("Head of the Kazakh Foreign Ministry arrived in Tashkent.")).contains("murat-nurtleu");
        // a named holder after the phrase is presented in it, not doubled
        assertThat(officials("Глава узбекского правительства Абдулла Арипов прибыл в Астану."))
                .containsExactly("abdulla-aripov");
        // someone else's office: the deputy
        assertThat(officials("Заместитель главы казахстанского МИД встретился с послом Японии.")).isEmpty();
    }

    @Test
    void aTopDiplomatIsTheForeignMinister() {
        assertThat(officials("Kazakhstan's top diplomat met the Japanese ambassador in Astana."))
                .contains("murat-nurtleu");
        assertThat(officials("Главный дипломат Узбекистана встретился с послом Японии.")).contains("bakhtiyor-saidov");
    }

    private static java.util.List<String> officials(String text) {
        return TestTagger.officials(TestTagger.tag(text, DAY));
    }
}
