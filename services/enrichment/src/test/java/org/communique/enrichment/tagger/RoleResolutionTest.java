package org.communique.enrichment.tagger;

import org.communique.contracts.Tags;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoleResolutionTest {

    @Test
    void headOfTheForeignMinistryResolvesToWhoeverHeldTheOfficeThatDay() {
        String text = "Глава МИД Казахстана провёл консультации с коллегами.";
        assertThat(TestTagger.officials(TestTagger.tag(text, "2020-05-12"))).containsExactly("mukhtar-tileuberdi");
        assertThat(TestTagger.officials(TestTagger.tag(text, "2024-05-12"))).containsExactly("murat-nurtleu");
    }

    @Test
    void aRoleOnlyMentionIsMarkedAsResolvedFromTheRole() {
        Tags tags = TestTagger.tag("Делегация передала послание президента КР.", "2024-02-01");
        assertThat(tags.officials()).singleElement().satisfies(o -> {
            assertThat(o.id()).isEqualTo("sadyr-japarov");
            assertThat(o.resolvedFrom()).isEqualTo(Tags.ResolvedFrom.ROLE);
            assertThat(o.role()).isEqualTo("president");
            assertThat(o.mentions()).singleElement().satisfies(m -> assertThat(m.text()).isEqualTo("президента КР"));
        });
    }

    @Test
    void rolePhrasesInEveryForm() {
        assertThat(TestTagger.officials(TestTagger.tag("Об этом заявил министр иностранных дел РК.", "2017-03-01")))
                .containsExactly("kairat-abdrakhmanov");
        assertThat(TestTagger.officials(TestTagger.tag("Визит премьер-министра Узбекистана отложен.", "2015-06-01")))
                .containsExactly("shavkat-mirziyoyev");
        assertThat(TestTagger.officials(TestTagger.tag("The Kazakh Foreign Minister said talks went well.", "2024-03-01")))
                .containsExactly("murat-nurtleu");
        assertThat(TestTagger.officials(TestTagger.tag("Kyrgyzstan's President arrived on Monday.", "2018-06-01")))
                .containsExactly("sooronbay-jeenbekov");
        assertThat(TestTagger.officials(TestTagger.tag("Глава Кыргызстана выступил с обращением.", "2012-06-01")))
                .containsExactly("almazbek-atambayev");
        assertThat(TestTagger.officials(TestTagger.tag("Қазақстан Президенті Мәскеуге барады.", "2016-01-10")))
                .containsExactly("nursultan-nazarbayev");
    }

    @Test
    void theDayOfAHandoverBelongsToTheNewHolder() {
        String text = "Президент Казахстана подписал указ.";
        assertThat(TestTagger.officials(TestTagger.tag(text, "2019-03-19"))).containsExactly("nursultan-nazarbayev");
        assertThat(TestTagger.officials(TestTagger.tag(text, "2019-03-20"))).containsExactly("kassym-jomart-tokayev");
    }

    @Test
    void aNamedHolderIsNotCountedTwice() {
        Tags tags = TestTagger.tag("Президент Казахстана Касым-Жомарт Токаев прибыл в Ташкент.", "2023-05-01");
        assertThat(tags.officials()).singleElement().satisfies(o -> {
            assertThat(o.id()).isEqualTo("kassym-jomart-tokayev");
            assertThat(o.resolvedFrom()).isEqualTo(Tags.ResolvedFrom.NAME);
        });
    }

    @Test
    void formerDeputyAndPressSecretaryPhrasesDoNotNameTheHolder() {
        assertThat(TestTagger.tag("Бывший президент Кыргызстана дал интервью.", "2024-02-01").officials()).isEmpty();
        assertThat(TestTagger.tag("Пресс-секретарь президента Казахстана сообщил о графике.", "2024-02-01").officials()).isEmpty();
        assertThat(TestTagger.tag("Вице-премьер Узбекистана открыл форум.", "2024-02-01").officials()).isEmpty();
    }

    @Test
    void anOfficeWithoutACountryNamesNobody() {
        assertThat(TestTagger.tag("Министр передал приветствие президенту.", "2024-02-01").officials()).isEmpty();
    }

    @Test
    void theCounterpartIsTheOtherCountrysHolderOfTheSameOffice() {
        Tags tags = TestTagger.tag("Мурат Нуртлеу провёл переговоры со своим кыргызским коллегой.", "2024-02-01");
        assertThat(TestTagger.officials(tags)).containsExactly("murat-nurtleu", "jeenbek-kulubaev");
    }
}
