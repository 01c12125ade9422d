package org.communique.enrichment.tagger;

import org.communique.contracts.Tags;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Vice presidents (the United States, India, China, Turkey; Iran's First Vice President) and defence ministers are
 * offices of the knowledge base: named or by office alone («министр обороны России», «Қазақстан Қорғаныс министрі»,
 * «Кыргызстандын Коргоо министри», "the U.S. Vice President"), resolved to whoever held the office on the release's
 * date; a vice president's role is {@code other}, a defence minister's {@code minister}.
 */
class ViceAndDefenceOfficesTest {

    private static java.util.List<String> officials(String text, String date) {
        return TestTagger.officials(TestTagger.tag(text, date));
    }

    @Test
    void aDefenceMinisterByOfficeAloneHasTheMinisterRole() {
        Tags tags = TestTagger.tag("Министр обороны России провел переговоры в Душанбе.", "2019-05-10");
        assertThat(tags.officials()).singleElement().satisfies(o -> {
            assertThat(o.id()).isEqualTo("sergei-shoigu");
            assertThat(o.role()).isEqualTo("minister");
            assertThat(o.country()).isEqualTo("RU");
            assertThat(o.resolvedFrom()).isEqualTo(Tags.ResolvedFrom.ROLE);
        });
    }

    @Test
    void aVicePresidentByOfficeAloneHasTheOtherRole() {
        Tags tags = TestTagger.tag("The U.S. Vice President arrived in Astana on Monday.", "2022-06-01");
        assertThat(tags.officials()).singleElement().satisfies(o -> {
            assertThat(o.id()).isEqualTo("kamala-harris");
            assertThat(o.role()).isEqualTo("other");
        });
    }

    @Test
    void defenceMinistersByCountryNameAdjectiveAndGenitive() {
        assertThat(officials("Казахстанский министр обороны посетил учения.", "2023-05-10"))
                .containsExactly("ruslan-zhaksylykov");
        assertThat(officials("Глава Минобороны Узбекистана встретился с военными атташе.", "2020-05-10"))
                .containsExactly("bakhodir-kurbanov");
        assertThat(officials("Uzbekistan's defence minister met military attachés in Tashkent.", "2025-03-10"))
                .containsExactly("shukhrat-khalmukhamedov");
        assertThat(officials("The German Defense Minister spoke in Berlin.", "2024-02-01"))
                .containsExactly("boris-pistorius");
        assertThat(officials("The Minister of Defence of India visited the border.", "2021-03-01"))
                .containsExactly("rajnath-singh");
    }

    @Test
    void defenceMinistersInKazakhAndKyrgyzWithTheirEndings() {
        assertThat(officials("Қазақстан Қорғаныс министрі әскери бөлімге барды.", "2023-05-10"))
                .containsExactly("ruslan-zhaksylykov");
        assertThat(officials("Ресей Қорғаныс министрімен кездесу өтті.", "2025-02-10"))
                .containsExactly("andrei-belousov");
        assertThat(officials("Тәжікстанның Қорғаныс министрі Астанаға келді.", "2020-02-10"))
                .containsExactly("sherali-mirzo");
        assertThat(officials("Россиянын Коргоо министри Бишкекке келди.", "2025-02-10"))
                .containsExactly("andrei-belousov");
        assertThat(officials("Казакстандын Коргоо министри менен жолугушуу болду.", "2023-05-10"))
                .containsExactly("ruslan-zhaksylykov");
    }

    @Test
    void vicePresidentsInFourLanguages() {
        assertThat(officials("Вице-президент Республики Индия прибыл в Ташкент.", "2019-02-01"))
                .containsExactly("venkaiah-naidu");
        assertThat(officials("Первый вице-президент Ирана посетил Ашхабад.", "2015-02-01"))
                .containsExactly("eshaq-jahangiri");
        assertThat(officials("The Vice President of China attended the ceremony.", "2020-02-01"))
                .containsExactly("wang-qishan");
        assertThat(officials("Түркия вице-президенті Астанаға келді.", "2024-02-01"))
                .containsExactly("cevdet-yilmaz");
        assertThat(officials("АКШнын вице-президенти Бишкекке келди.", "2018-02-01"))
                .containsExactly("mike-pence");
    }

    @Test
    void aTitleWithANameNamesThatPerson() {
        Tags tags = TestTagger.tag("Министр обороны Казахстана Нурлан Ермекбаев принял делегацию.", "2019-05-10");
        assertThat(tags.officials()).singleElement().satisfies(o -> {
            assertThat(o.id()).isEqualTo("nurlan-yermekbayev");
            assertThat(o.resolvedFrom()).isNotEqualTo(Tags.ResolvedFrom.ROLE);
        });
        assertThat(officials("U.S. Secretary of Defense Lloyd Austin met his counterpart.", "2022-02-01"))
                .containsExactly("lloyd-austin");
        assertThat(officials("Vice President Hamid Ansari addressed the forum in Delhi.", "2012-02-01"))
                .containsExactly("hamid-ansari");
    }

    @Test
    void theHolderIsWhoeverHeldTheOfficeThatDay() {
        String ru = "Министр обороны России провел совещание.";
        assertThat(officials(ru, "2010-06-01")).containsExactly("anatoly-serdyukov");
        assertThat(officials(ru, "2024-09-01")).containsExactly("andrei-belousov");
        String en = "The Secretary of Defense visited the base.";
        assertThat(officials(en, "2005-06-01")).containsExactly("donald-rumsfeld");
        assertThat(officials(en, "2018-06-01")).containsExactly("jim-mattis");
        String vp = "Вице-президент Китая провел переговоры.";
        assertThat(officials(vp, "2010-06-01")).containsExactly("xi-jinping");
        assertThat(officials(vp, "2024-06-01")).containsExactly("han-zheng");
    }

    @Test
    void deputiesAndOtherVicesNameNoOne() {
        assertThat(officials("Заместитель министра обороны России провел брифинг.", "2020-06-01")).isEmpty();
        assertThat(officials("Первый заместитель министра обороны Казахстана открыл выставку.", "2020-06-01")).isEmpty();
        assertThat(officials("The Deputy Secretary of Defense spoke to reporters.", "2020-06-01")).isEmpty();
        assertThat(officials("The deputy defense secretary of the United States spoke to reporters.", "2020-06-01"))
                .isEmpty();
        assertThat(officials("Вице-премьер Казахстана провел совещание.", "2020-06-01")).isEmpty();
        assertThat(officials("China's vice premier attended the forum.", "2020-06-01")).isEmpty();
        assertThat(officials("The Vice Chairman of the Kazakh Senate attended the forum.", "2020-06-01")).isEmpty();
        assertThat(officials("Қазақстан Қорғаныс министрінің орынбасары брифинг өткізді.", "2020-06-01")).isEmpty();
    }

    @Test
    void aVicePresidentOfACompanyOrAFederationIsNoStateOfficial() {
        assertThat(officials("Вице-президент компании «Казмунайгаз» выступил на форуме.", "2020-06-01")).isEmpty();
        assertThat(officials("The vice-president of the Asian Development Bank visited Almaty.", "2020-06-01")).isEmpty();
        assertThat(officials("Вице-президент Федерации бокса Казахстана наградил победителей.", "2020-06-01")).isEmpty();
        // Iran has several vice presidents: only the first is one office
        assertThat(officials("Вице-президент Ирана по делам женщин посетила Баку.", "2020-06-01")).isEmpty();
    }

    @Test
    void theMinistryAsABodyAndAStateWithNoDataNameNoOne() {
        assertThat(officials("Министерство обороны России сообщило об учениях.", "2020-06-01")).isEmpty();
        assertThat(officials("Қазақстан Қорғаныс министрлігі мәлімдеме жасады.", "2020-06-01")).isEmpty();
        assertThat(officials("The Defence Ministry of Kazakhstan said the drills were over.", "2020-06-01")).isEmpty();
        assertThat(officials("Министр обороны Мьянмы прибыл в Москву.", "2020-06-01")).isEmpty();
        assertThat(officials("Вице-президент Кыргызстана выступил с заявлением.", "2020-06-01")).isEmpty();
    }
}
