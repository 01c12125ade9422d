package org.communique.enrichment.tagger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names with lower-case particles (Arabic "bin" and "al-", Portuguese "da"), Arabic names without the family name and
 * with «бин» or «бен»; abbreviations of states with a Kazakh or Kyrgyz case ending written on or after a hyphen.
 */
class ArabicNamesAndSuffixedAbbreviationsTest {

    @Test
    void lowerCaseParticlesInsideANameKeepItAName() {
        assertThat(TestTagger.officials(TestTagger.tag("Saud al-Faisal met the minister in Riyadh.", "2012-03-10")))
                .containsExactly("saud-al-faisal");
        assertThat(TestTagger.officials(TestTagger.tag("Министр встретился с Саудом аль-Фейсалом в Эр-Рияде.",
                "2012-03-10"))).containsExactly("saud-al-faisal");
        assertThat(TestTagger.officials(TestTagger.tag("Luiz Inácio Lula da Silva met the minister in Brasília.",
                "2024-03-10"))).containsExactly("luiz-inacio-lula-da-silva");
        // a particle opens no name: «де» and "al" before a capitalised word are not the start of anyone's name
        assertThat(TestTagger.officials(TestTagger.tag("Речь идет о встрече в Эр-Рияде, де факто о переговорах.",
                "2012-03-10"))).isEmpty();
    }

    @Test
    void anArabicNameWithoutItsFamilyNameOrWithTheOtherRussianSpelling() {
        assertThat(TestTagger.officials(TestTagger.tag("Abdullah bin Zayed met the minister in Abu Dhabi.",
                "2016-03-10"))).containsExactly("abdullah-bin-zayed-al-nahyan");
        assertThat(TestTagger.officials(TestTagger.tag("Министр встретился с Абдаллой бин Заидом в Абу-Даби.",
                "2016-03-10"))).containsExactly("abdullah-bin-zayed-al-nahyan");
        assertThat(TestTagger.officials(TestTagger.tag("Наследный принц Мухаммед бин Сальман принял министра в Эр-Рияде.",
                "2023-05-10"))).containsExactly("mohammed-bin-salman");
        assertThat(TestTagger.officials(TestTagger.tag("Tamim bin Hamad received the minister in Doha.", "2021-05-10")))
                .containsExactly("tamim-bin-hamad-al-thani");
        // a doubled given name is another person, not a shortened Arabic one
        assertThat(TestTagger.officials(TestTagger.tag("Министр встретился с Абдуллой Абдуллой в Кабуле.", "2021-05-10")))
                .containsExactly("abdullah-abdullah");
    }

    @Test
    void aStateAbbreviationWithACaseEnding() {
        assertThat(TestTagger.countries(TestTagger.tag("Бишкек, 10-март. Кыргыз Республикасынын Тышкы иштер министрлиги "
                + "билдиргендей, АКШнын элчиси менен жолугушуу болду.", "2020-03-10"))).containsExactlyInAnyOrder("KG", "US");
        assertThat(TestTagger.countries(TestTagger.tag("Астана, 10 наурыз. Қазақстан Президенті АҚШтың делегациясын "
                + "қабылдады. Тараптар ынтымақтастықты талқылады.", "2020-03-10"))).containsExactlyInAnyOrder("KZ", "US");
        // the capitals must still be those capitals, and a word that only starts like an abbreviation is none
        assertThat(TestTagger.countries(TestTagger.tag("Used cars were discussed at the meeting.", "2020-03-10")))
                .isEmpty();
    }

    @Test
    void twoStatesOfficesAfterAHyphenatedGenitive() {
        assertThat(TestTagger.officials(TestTagger.tag("Астана, 10 наурыз. Қазақстан мен АҚШ-тың сыртқы істер министрлері "
                + "Вашингтонда кездесті. Тараптар екіжақты ынтымақтастықты талқылады.", "2020-03-10")))
                .containsExactlyInAnyOrder("mukhtar-tileuberdi", "mike-pompeo");
    }
}
