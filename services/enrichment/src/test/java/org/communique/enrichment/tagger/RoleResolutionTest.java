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
    void earlyAndInterimTermsAreKnown() {
        String text = "Министр иностранных дел Кыргызстана встретился с послами.";
        assertThat(TestTagger.officials(TestTagger.tag(text, "1992-06-01"))).containsExactly("roza-otunbayeva");
        assertThat(TestTagger.officials(TestTagger.tag(text, "1993-06-01"))).containsExactly("ednan-karabayev");
        assertThat(TestTagger.officials(TestTagger.tag(text, "2005-06-01"))).containsExactly("roza-otunbayeva");
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

    @Test
    void aPluralOfficeWithItsCountriesNamesOneHolderEach() {
        assertThat(TestTagger.officials(TestTagger.tag(
                "Министры иностранных дел Казахстана и Кыргызстана провели консультации.", "2024-02-01")))
                .containsExactlyInAnyOrder("murat-nurtleu", "jeenbek-kulubaev");
        assertThat(TestTagger.officials(TestTagger.tag(
                "The presidents of Kazakhstan, Uzbekistan and Tajikistan met in Xi'an.", "2023-05-18")))
                .containsExactlyInAnyOrder("kassym-jomart-tokayev", "shavkat-mirziyoyev", "emomali-rahmon");
        assertThat(TestTagger.officials(TestTagger.tag(
                "Қазақстан мен Өзбекстанның сыртқы істер министрлері кездесті.", "2024-02-01")))
                .containsExactlyInAnyOrder("murat-nurtleu", "bakhtiyor-saidov");
    }

    @Test
    void bothCountriesAreTheTwoTheTextIsAbout() {
        Tags tags = TestTagger.tag("Кыргызстан и Казахстан подписали соглашение о границе. Главы МИД обеих стран "
                + "отметили значение документа для Кыргызстана и Казахстана.", "2024-02-01");
        assertThat(TestTagger.officials(tags)).containsExactlyInAnyOrder("jeenbek-kulubaev", "murat-nurtleu");
        assertThat(tags.officials()).allSatisfy(o -> assertThat(o.resolvedFrom()).isEqualTo(Tags.ResolvedFrom.ROLE));
        // a third country as present as the second leaves "both" open
        assertThat(TestTagger.tag("Казахстан, Кыргызстан и Узбекистан. Главы МИД обеих стран встретились.", "2024-02-01")
                .officials()).isEmpty();
        // leaders of an open set are nobody in particular
        assertThat(TestTagger.tag("Лидеры стран СНГ встретились в Бишкеке.", "2024-02-01").officials()).isEmpty();
    }

    @Test
    void theRepublicJustNamedIsTheOneMeant() {
        assertThat(TestTagger.officials(TestTagger.tag(
                "В Ташкенте министр встретился с президентом Узбекистана и главой МИД республики.", "2015-03-27")))
                .containsExactly("islam-karimov", "abdulaziz-kamilov");
    }

    @Test
    void theHeadOfStateOfTheOnlyCountryNamed() {
        Tags tags = TestTagger.tag("Бишкек. Глава государства подписал закон о государственном языке Кыргызской Республики.",
                "2023-03-13");
        assertThat(TestTagger.officials(tags)).containsExactly("sadyr-japarov");
        assertThat(tags.officials().get(0).resolvedFrom()).isEqualTo(Tags.ResolvedFrom.ROLE);
        // with two countries, or beside the other country's own head, the phrase stays open
        assertThat(TestTagger.tag("Глава государства обсудил с Казахстаном и Узбекистаном транзит.", "2023-03-13")
                .officials()).isEmpty();
        assertThat(TestTagger.officials(TestTagger.tag("Глава государства провёл переговоры с президентом Франции.",
                "2023-03-13"))).containsExactly("emmanuel-macron");
    }

    @Test
    void aMonarchIsTheHeadOfStateOfAKingdom() {
        assertThat(TestTagger.officials(TestTagger.tag("Король Саудовской Аравии принял делегацию.", "2020-05-01")))
                .containsExactly("king-salman");
        assertThat(TestTagger.officials(TestTagger.tag("The head of state of Japan opened the session.", "2020-05-01")))
                .containsExactly("naruhito");
    }

    @Test
    void theLeadersOfTheUnAndTheEuStandForTheirOrganisation() {
        Tags tags = TestTagger.tag("Генеральный секретарь ООН Антониу Гутерриш прибыл в Бишкек.", "2024-05-01");
        assertThat(tags.officials()).isEmpty();
        assertThat(tags.organizations()).extracting(Tags.OrganizationTag::id).containsOnly("UN");
        assertThat(tags.organizations().get(0).mentions()).extracting(m -> m.text()).contains("Антониу Гутерриш");
        // the same person in a national office is an official
        assertThat(TestTagger.officials(TestTagger.tag("Дональд Туск прибыл в Киев.", "2024-05-01")))
                .containsExactly("donald-tusk");
        assertThat(TestTagger.tag("Дональд Туск прибыл в Киев.", "2017-05-01").officials()).isEmpty();
    }
}
