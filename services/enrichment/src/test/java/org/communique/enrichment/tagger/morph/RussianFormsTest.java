package org.communique.enrichment.tagger.morph;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RussianFormsTest {

    @Test
    void surnamesInOvEvInWithFemaleAndPluralForms() {
        assertThat(RussianForms.forms("жапаров", WordClass.SURNAME))
                .contains("жапарова", "жапарову", "жапаровым", "жапарове", "жапаровой", "жапаровых");
        assertThat(RussianForms.forms("путин", WordClass.SURNAME)).contains("путина", "путиным", "путине");
    }

    @Test
    void surnamesInSkiyDeclineAsAdjectives() {
        assertThat(RussianForms.forms("зеленский", WordClass.SURNAME)).contains("зеленского", "зеленским", "зеленская");
    }

    @Test
    void firstNamesAndCitiesDeclineAsNouns() {
        assertThat(RussianForms.forms("садыр", WordClass.NOUN)).contains("садыра", "садыру", "садыром", "садыре");
        assertThat(RussianForms.forms("сергей", WordClass.NOUN)).contains("сергея", "сергею", "сергеем");
        assertThat(RussianForms.forms("бишкек", WordClass.AUTO)).contains("бишкеке", "бишкека");
        assertThat(RussianForms.forms("москва", WordClass.AUTO)).contains("москвы", "москве", "москву", "москвой");
        assertThat(RussianForms.forms("америка", WordClass.AUTO)).contains("америки");
        assertThat(RussianForms.forms("россия", WordClass.AUTO)).contains("россии", "россию", "россией");
        assertThat(RussianForms.forms("беларусь", WordClass.AUTO)).contains("беларуси", "беларусью");
        assertThat(RussianForms.forms("штаты", WordClass.AUTO)).contains("штатов", "штатам");
    }

    @Test
    void indeclinableWordsKeepOneForm() {
        assertThat(RussianForms.forms("душанбе", WordClass.AUTO)).containsExactly("душанбе");
        assertThat(RussianForms.forms("нуртлеу", WordClass.SURNAME)).containsExactly("нуртлеу");
        assertThat(RussianForms.forms("кр", WordClass.INVARIANT)).containsExactly("кр");
    }

    @Test
    void countryAdjectivesHaveEveryGenderNumberAndTheCompoundPrefix() {
        assertThat(RussianForms.forms("казахстанский", WordClass.COUNTRY_ADJECTIVE)).contains("казахстанского",
                "казахстанская", "казахстанской", "казахстанскую", "казахстанские", "казахстанских", "казахстанско");
        assertThat(RussianForms.forms("кыргызская", WordClass.AUTO)).contains("кыргызской", "кыргызскую");
        assertThat(RussianForms.forms("соединенные", WordClass.AUTO)).contains("соединенных");
    }

    @Test
    void turkicSuffixChains() {
        assertThat(TurkicSuffixes.isSuffixChain("нын")).isTrue();   // Қазақстанның
        assertThat(TurkicSuffixes.isSuffixChain("га")).isTrue();    // Қазақстанға
        assertThat(TurkicSuffixes.isSuffixChain("сынын")).isTrue(); // Республикасының
        assertThat(TurkicSuffixes.isSuffixChain("дагы")).isTrue();  // Қазақстандағы
        assertThat(TurkicSuffixes.isSuffixChain("дыктар")).isTrue(); // кыргызстандыктар
        assertThat(TurkicSuffixes.isSuffixChain("ский")).isFalse();
    }
}
