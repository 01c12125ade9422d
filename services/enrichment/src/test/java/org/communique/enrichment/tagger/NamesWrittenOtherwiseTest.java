package org.communique.enrichment.tagger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names of office holders written another way: initials with a surname (a patronymic's initial too), older
 * transliterations, an English possessive, Uzbek spellings, Turkmenbashi as Niyazov's surname; and office holders of
 * the 1990s and 2000s by their office on the day, one of them holding two offices at once.
 */
class NamesWrittenOtherwiseTest {

    @Test
    void initialsWithASurname() {
        assertThat(TestTagger.officials(TestTagger.tag("N. Nazarbayev received the delegation.", "2005-05-10")))
                .containsExactly("nursultan-nazarbayev");
        assertThat(TestTagger.officials(TestTagger.tag("Н.Назарбаев принял делегацию.", "2005-05-10")))
                .containsExactly("nursultan-nazarbayev");
        assertThat(TestTagger.officials(TestTagger.tag("Н. А. Назарбаев принял делегацию.", "2005-05-10")))
                .containsExactly("nursultan-nazarbayev");
        assertThat(TestTagger.officials(TestTagger.tag("Делегацию принял Назарбаев Н. А.", "2005-05-10")))
                .containsExactly("nursultan-nazarbayev");
        assertThat(TestTagger.officials(TestTagger.tag("A. Akayev and I. Karimov met in Tashkent.", "2002-05-10")))
                .containsExactlyInAnyOrder("askar-akayev", "islam-karimov");
    }

    @Test
    void olderTransliterationsAndPossessives() {
        assertThat(TestTagger.officials(TestTagger.tag("Askar Akaev met Islam Karimov's delegation in Ashgabat.",
                "2002-05-10"))).containsExactlyInAnyOrder("askar-akayev", "islam-karimov");
        assertThat(TestTagger.officials(TestTagger.tag("Emomali Rakhmonov received Nursultan Nazarbaev.", "2001-05-10")))
                .containsExactlyInAnyOrder("emomali-rahmon", "nursultan-nazarbayev");
        assertThat(TestTagger.officials(TestTagger.tag("Abdulaziz Komilov met Sergey Lavrov.", "2016-05-10")))
                .containsExactlyInAnyOrder("abdulaziz-kamilov", "sergey-lavrov");
        assertThat(TestTagger.officials(TestTagger.tag("Сапармурат Туркменбаши подписал указ.", "1999-05-10")))
                .containsExactly("saparmurat-niyazov");
        // the port city of the same name stays a place
        assertThat(TestTagger.officials(TestTagger.tag("Нурсултан Назарбаев подписал в Туркменбаши декларацию.",
                "2007-05-12"))).containsExactly("nursultan-nazarbayev");
    }

    @Test
    void aGivenNameWithAMiddleInitial() {
        assertThat(TestTagger.officials(TestTagger.tag("Secretary Michael R. Pompeo met the minister in Tashkent.",
                "2020-01-06"))).containsExactly("mike-pompeo");
        assertThat(TestTagger.officials(TestTagger.tag("President Joseph R. Biden Jr. met the minister.", "2022-01-06")))
                .containsExactly("joe-biden");
        assertThat(TestTagger.officials(TestTagger.tag("Foreign Minister Kassymzhomart K. Tokayev met Secretary Colin L. "
                + "Powell.", "2004-01-06"))).containsExactlyInAnyOrder("kassym-jomart-tokayev", "colin-powell");
        // another given name before the initial is another person
        assertThat(TestTagger.officials(TestTagger.tag("Professor David R. Pompeo spoke at the forum.",
                "2020-01-06"))).isEmpty();
    }

    @Test
    void aGivenNameWithAPatronymic() {
        assertThat(TestTagger.officials(TestTagger.tag("Уважаемый Нурсултан Абишевич! Рад приветствовать вас в Москве.",
                "2005-05-10"))).containsExactly("nursultan-nazarbayev");
        assertThat(TestTagger.officials(TestTagger.tag("Встреча с Касым-Жомартом Кемелевичем прошла в Кремле.",
                "2024-05-10"))).containsExactly("kassym-jomart-tokayev");
        // the same given name and patronymic before another surname is someone else
        assertThat(TestTagger.officials(TestTagger.tag("Сергей Викторович Чемезов выступил на форуме.", "2024-05-10")))
                .isEmpty();
    }

    @Test
    void anActingPresidentWhoWasActingPrimeMinisterAtOnce() {
        assertThat(TestTagger.officials(TestTagger.tag("Премьер-министр Кыргызстана встретился с делегацией.",
                "2005-05-10"))).containsExactly("kurmanbek-bakiyev");
        assertThat(TestTagger.officials(TestTagger.tag("Президент Кыргызстана встретился с делегацией.", "2005-05-10")))
                .containsExactly("kurmanbek-bakiyev");
    }

    @Test
    void theSecondOfTwoOfficesAfterADash() {
        assertThat(TestTagger.officials(TestTagger.tag("Қазақстан Республикасы Премьер-Министрінің орынбасары – Сыртқы "
                + "істер министрі Бішкекке барды.", "2024-05-10"))).containsExactly("murat-nurtleu");
        assertThat(TestTagger.officials(TestTagger.tag("Заместитель Премьер-министра – министр иностранных дел Республики "
                + "Казахстан провёл встречу с послом Японии.", "2024-05-10"))).containsExactly("murat-nurtleu");
        // without the dash the deputy is someone else
        assertThat(TestTagger.officials(TestTagger.tag("Сыртқы істер министрінің орынбасары Бішкекке барды.",
                "2024-05-10"))).isEmpty();
    }
}
