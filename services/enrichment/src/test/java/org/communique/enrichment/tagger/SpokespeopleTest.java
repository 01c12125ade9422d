package org.communique.enrichment.tagger;

import org.communique.contracts.Tags;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, item 6: a foreign ministry's official spokesperson named by office alone is the knowledge base's holder of
 * that office on the day, an official of role {@code other}; China's ministry has several spokespeople at once, so its
 * office names no one; a deputy, a former one, a president's envoy and a phrase a name follows are no role-only mention
 * of the holder. A president's press secretary is tagged when named, never by office (nor is the president).
 */
class SpokespeopleTest {

    @Test
    void theRussianForeignMinistrysSpokespersonOfTheDay() {
        String text = "Официальный представитель МИД России прокомментировала итоги переговоров в Ташкенте.";
        Tags in2020 = TestTagger.tag(text, "2020-05-12");
        assertThat(TestTagger.officials(in2020)).containsExactly("maria-zakharova");
        assertThat(in2020.officials().get(0).role()).isEqualTo("other");
        assertThat(in2020.officials().get(0).country()).isEqualTo("RU");
        assertThat(in2020.officials().get(0).resolvedFrom()).isEqualTo(Tags.ResolvedFrom.ROLE);
        assertThat(TestTagger.officials(TestTagger.tag(text, "2013-05-12"))).containsExactly("alexander-lukashevich");
    }

    @Test
    void theStateMayStandAsAnAdjectiveOrBeforeTheOfficeInEnglish() {
        assertThat(TestTagger.officials(TestTagger.tag("Журналисты спросили официального представителя российского "
                + "МИД о сроках визита.", "2021-03-03"))).containsExactly("maria-zakharova");
        assertThat(TestTagger.officials(TestTagger.tag("The Russian Foreign Ministry spokeswoman said the talks had "
                + "been useful.", "2021-03-03"))).containsExactly("maria-zakharova");
        assertThat(TestTagger.officials(TestTagger.tag("The State Department spokesperson welcomed the agreement "
                + "between the two republics.", "2014-06-10"))).containsExactly("jen-psaki");
        assertThat(TestTagger.officials(TestTagger.tag("The spokesperson for the State Department welcomed the "
                + "agreement between the two republics.", "2016-06-10"))).containsExactly("john-kirby");
    }

    @Test
    void kazakhAndKyrgyzSpokespeople() {
        assertThat(TestTagger.officials(TestTagger.tag("Ресей СІМ ресми өкілі брифингте Орталық Азия туралы айтты.",
                "2022-09-01"))).containsExactly("maria-zakharova");
        assertThat(TestTagger.officials(TestTagger.tag("Орусиянын ТИМинин расмий өкүлү брифингде Борбордук Азия "
                + "жөнүндө айтты.", "2022-09-01"))).containsExactly("maria-zakharova");
    }

    @Test
    void aPresidentsPressSecretaryByOfficeNamesNeitherHimNorThePresident() {
        assertThat(TestTagger.officials(TestTagger.tag("Пресс-секретарь российского президента ответил на вопросы "
                + "журналистов о саммите.", "2020-10-20"))).isEmpty();
        assertThat(TestTagger.officials(TestTagger.tag("The Kremlin spokesman said the summit would be held in "
                + "Dushanbe.", "2019-10-01"))).isEmpty();
        assertThat(TestTagger.officials(TestTagger.tag("Қазақстан Президентінің баспасөз хатшысы брифинг өткізді.",
                "2020-05-12"))).isEmpty();
        Tags named = TestTagger.tag("Пресс-секретарь президента России Дмитрий Песков ответил на вопросы журналистов.",
                "2020-10-20");
        assertThat(TestTagger.officials(named)).containsExactly("dmitry-peskov");
        assertThat(named.officials().get(0).role()).isEqualTo("other");
    }

    @Test
    void chinasSpokespeopleAreSeveralAtOnce() {
        assertThat(TestTagger.officials(TestTagger.tag("The Chinese Foreign Ministry spokesperson said Beijing "
                + "supports the project.", "2023-03-01"))).isEmpty();
        assertThat(TestTagger.officials(TestTagger.tag("Официальный представитель МИД КНР заявил, что Пекин "
                + "поддерживает проект.", "2023-03-01"))).isEmpty();
    }

    @Test
    void aDeputyAFormerOneOrAnEnvoyIsNotTheHolder() {
        assertThat(TestTagger.officials(TestTagger.tag("Заместитель официального представителя МИД России провел "
                + "брифинг.", "2020-05-12"))).isEmpty();
        assertThat(TestTagger.officials(TestTagger.tag("Бывший официальный представитель МИД России выступил "
                + "с лекцией.", "2020-05-12"))).isEmpty();
        assertThat(TestTagger.officials(TestTagger.tag("Официальный представитель президента России в парламенте "
                + "выступил с докладом.", "2020-05-12"))).isEmpty();
    }

    @Test
    void aNameAfterTheOfficeIsThatPerson() {
        Tags tags = TestTagger.tag("Официальный представитель МИД России Мария Захарова прокомментировала итоги "
                + "переговоров.", "2020-05-12");
        assertThat(TestTagger.officials(tags)).containsExactly("maria-zakharova");
        assertThat(tags.officials().get(0).resolvedFrom()).isNotEqualTo(Tags.ResolvedFrom.ROLE);
    }
}
