package org.communique.enrichment.tagger;

import org.communique.contracts.Tags;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EntityRulesTest {

    @Test
    void organisationsAreTaggedAsOrganisationsNeverAsCountries() {
        Tags tags = TestTagger.tag("Саммит СНГ, заседание ОДКБ, встреча ШОС, совет ЕАЭС, сессия ООН и позиция EU. "
                + "Шанхайская организация сотрудничества расширяется.", "2024-02-01");
        assertThat(tags.countries()).isEmpty();
        assertThat(tags.organizations()).extracting(Tags.OrganizationTag::id)
                .containsExactly("CIS", "CSTO", "SCO", "EAEU", "UN", "EU");
        assertThat(tags.organizations().get(2).mentions()).hasSize(2);
    }

    @Test
    void aCommonWordThatLooksLikeASurnameIsNotTagged() {
        assertThat(TestTagger.tag("На Амуре началась путина, рыбаки вышли в море.", "2024-02-01").officials()).isEmpty();
        assertThat(TestTagger.officials(TestTagger.tag("Встреча с Путиным прошла в Кремле.", "2024-02-01")))
                .containsExactly("vladimir-putin");
    }

    @Test
    void aSurnameAfterSomeoneElsesFirstNameIsSomeoneElse() {
        Tags tags = TestTagger.tag("Временный поверенный Олег Иванов был вызван в министерство.", "2019-08-02");
        // not Igor Ivanov of the knowledge base: the chargé d'affaires himself, whom it does not know
        assertThat(TestTagger.officials(tags)).containsExactly("unlisted:oleg-ivanov");
    }

    @Test
    void initialsChooseBetweenNamesakes() {
        assertThat(TestTagger.officials(TestTagger.tag("Документ подписал С. Жапаров.", "2023-06-01")))
                .containsExactly("sadyr-japarov");
        assertThat(TestTagger.officials(TestTagger.tag("Документ подписал А. Жапаров.", "2023-06-01")))
                .containsExactly("akylbek-japarov");
        assertThat(TestTagger.tag("С.Жапаров выступил.", "2023-06-01").officials().get(0).mentions().get(0).text())
                .isEqualTo("С.Жапаров");
    }

    @Test
    void aBareSurnameSharedByTwoPeopleGoesToTheOneInOfficeOrNamedInFull() {
        assertThat(TestTagger.officials(TestTagger.tag("Клинтон провела переговоры.", "2010-06-01")))
                .containsExactly("hillary-clinton");
        assertThat(TestTagger.officials(TestTagger.tag("Клинтон провел переговоры.", "1996-06-01")))
                .containsExactly("bill-clinton");
    }

    @Test
    void aCityInsideAPersonalNameIsNoCountry() {
        assertThat(TestTagger.tag("Статью написал Ж. Нарын.", "2024-02-01").countries()).isEmpty();
        assertThat(TestTagger.countries(TestTagger.tag("Делегация прибыла в Нарын.", "2024-02-01"))).containsExactly("KG");
    }

    @Test
    void languageNamesAndHistoricalStatesGiveNoCountry() {
        assertThat(TestTagger.tag("Документ составлен на казахском и русском языках.", "2024-02-01").countries()).isEmpty();
        assertThat(TestTagger.tag("После распада Советского Союза.", "2024-02-01").countries()).isEmpty();
    }

    @Test
    void namesOfPlacesAfterPeopleAreNoMentionOfThem() {
        assertThat(TestTagger.tag("Самолёт сел в аэропорту имени Гейдара Алиева.", "2024-02-01").officials()).isEmpty();
    }

    @Test
    void kazakhAndKyrgyzSuffixesAreStripped() {
        Tags kk = TestTagger.tag("Тоқаев Қырғызстанға сапармен барады. Жапаровтың шақыруы бойынша.", "2024-02-01");
        assertThat(kk.language()).isEqualTo("kk");
        assertThat(TestTagger.countries(kk)).containsExactly("KG");
        assertThat(TestTagger.officials(kk)).containsExactly("kassym-jomart-tokayev", "sadyr-japarov");

        Tags ky = TestTagger.tag("Кыргызстандын делегациясы бүгүн Өзбекстанга барат. Мирзиёевдин чакыруусу менен "
                + "сүйлөшүүлөр өтөт.", "2024-02-01");
        assertThat(ky.language()).isEqualTo("ky");
        assertThat(TestTagger.countries(ky)).containsExactly("KG", "UZ");
        assertThat(TestTagger.officials(ky)).containsExactly("shavkat-mirziyoyev");
    }

    @Test
    void transliterationsMeet() {
        Tags tags = TestTagger.tag("Zhaparov met Tokaev and Mirziyoev in Astana.", "2023-09-01");
        assertThat(TestTagger.officials(tags)).containsExactly("sadyr-japarov", "kassym-jomart-tokayev", "shavkat-mirziyoyev");
        assertThat(TestTagger.countries(tags)).containsExactly("KZ");
    }

    @Test
    void fullNamesInReverseOrderAndWithPatronymic() {
        assertThat(TestTagger.officials(TestTagger.tag("Указ подписал Жапаров Садыр Нургожоевич.", "2023-06-01")))
                .containsExactly("sadyr-japarov");
        assertThat(TestTagger.officials(TestTagger.tag("Встречу провёл Касым-Жомарт Кемелевич Токаев.", "2023-06-01")))
                .containsExactly("kassym-jomart-tokayev");
    }

    @Test
    void aTownCountsWhereTheTextShowsAPlaceOrTheCountryIsNamedAnyway() {
        assertThat(TestTagger.countries(TestTagger.tag("Учёные обсуждали наследие Иммануила Канта.", "2024-04-22"))).isEmpty();
        assertThat(TestTagger.countries(TestTagger.tag("В городе Кант открылась школа.", "2024-04-22"))).containsExactly("KG");
        assertThat(TestTagger.countries(TestTagger.tag("Кант шаарында мектеп ачылды.", "2024-04-22"))).containsExactly("KG");
        assertThat(TestTagger.countries(TestTagger.tag("Делегация прибыла в Ош.", "2024-04-22"))).containsExactly("KG");
        // capitals need no cue
        assertThat(TestTagger.countries(TestTagger.tag("Бишкек и Ташкент договорились.", "2024-04-22")))
                .containsExactly("KG", "UZ");
    }

    @Test
    void aStreetNamedAfterAPlaceIsNoCountry() {
        assertThat(TestTagger.countries(TestTagger.tag("На улице Фрунзе в Алматы открылся центр.", "2024-04-22")))
                .containsExactly("KZ");
    }

    @Test
    void anAmericanStateIsNotTheCountryOfTheSameName() {
        assertThat(TestTagger.countries(TestTagger.tag("The plant is in the U.S. state of Georgia.", "2024-04-22")))
                .containsExactly("US");
        assertThat(TestTagger.countries(TestTagger.tag("Georgia and Armenia signed a deal.", "2024-04-22")))
                .containsExactly("GE", "AM");
    }
}
