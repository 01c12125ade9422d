package org.communique.enrichment.tagger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communique.enrichment.tagger.TestTagger.officials;
import static org.communique.enrichment.tagger.TestTagger.tag;

/**
 * Role-only mentions of the kinds the eleventh blind set's tune half found missed (session 17), in sentences of our
 * own: several counterparts at once; a list of states with "the" before a name; «главы» of a list of states; an acting
 * head of state named by the bare office; a name in an object's case after a Kazakh or Kyrgyz office; an office after
 * a comma that ends another («Вице-президенту, Премьер-министру ОАЭ»).
 */
class EleventhSetRoleKindsTest {

    private static final String DATE = "2016-05-10";

    @Test
    void severalCounterpartsAtOnceInEachLanguage() {
        String[] both = {"abdulaziz-kamilov", "yerlan-idrissov", "erlan-abdyldaev"};
        assertThat(officials(tag("Абдулазиз Камилов провел переговоры с казахстанским и кыргызским коллегами.", DATE)))
                .containsExactlyInAnyOrder(both);
        assertThat(officials(tag("Abdulaziz Kamilov held talks with his Kazakh and Kyrgyz counterparts.", DATE)))
                .containsExactlyInAnyOrder(both);
        assertThat(officials(tag("Abdulaziz Kamilov met his counterparts from Kazakhstan and Kyrgyzstan.", DATE)))
                .containsExactlyInAnyOrder(both);
        assertThat(officials(tag("Абдулазиз Камилов қазақстандық және қырғызстандық әріптестерімен келіссөз жүргізді.", DATE)))
                .containsExactlyInAnyOrder(both);
        assertThat(officials(tag("Абдулазиз Камилов казакстандык жана кыргызстандык кесиптештери менен сүйлөштү.", DATE)))
                .containsExactlyInAnyOrder(both);
        // his own state in the list is his own; colleagues of no state named are nobody in particular
        assertThat(officials(tag("Абдулазиз Камилов провел переговоры с казахстанским и узбекским коллегами.", DATE)))
                .containsExactlyInAnyOrder("abdulaziz-kamilov", "yerlan-idrissov");
        assertThat(officials(tag("Абдулазиз Камилов встретился с коллегами в Ташкенте.", DATE)))
                .containsExactly("abdulaziz-kamilov");
        assertThat(officials(tag("Kamilov met his counterparts in Tashkent.", DATE))).containsExactly("abdulaziz-kamilov");
    }

    @Test
    void aListOfStatesWithTheArticle() {
        assertThat(officials(tag("Also taking part were the foreign ministers of Kazakhstan, the Kyrgyz Republic, "
                + "Tajikistan and Turkmenistan.", "2015-11-01"))).containsExactlyInAnyOrder("yerlan-idrissov",
                "erlan-abdyldaev", "sirojiddin-aslov", "rashid-meredov");
    }

    @Test
    void theHeadsOfAListOfStates() {
        assertThat(officials(tag("Завтра в Москве главы России, Китая, Казахстана, Киргизии и Таджикистана подпишут "
                + "соглашение.", "1997-04-23"))).containsExactlyInAnyOrder("boris-yeltsin", "jiang-zemin",
                "nursultan-nazarbayev", "askar-akayev", "emomali-rahmon");
        // the genitive of one head is still one head
        assertThat(officials(tag("Визит главы России в Казахстан начнется завтра.", DATE))).containsExactly("vladimir-putin");
    }

    @Test
    void anActingHeadOfStateByTheBareOffice() {
        assertThat(officials(tag("Ашхабад, 21 декабря. Выступая по телевидению, исполняющий обязанности главы государства "
                + "заявил, что Туркменистан продолжит политику нейтралитета.", "2006-12-21")))
                .containsExactly("gurbanguly-berdimuhamedow");
        // on a day nobody acts in the office, the phrase names no one (a deputy standing in)
        assertThat(officials(tag("Астана, 5 мая. Исполняющий обязанности главы государства подписал указ.", DATE)))
                .isEmpty();
    }

    @Test
    void aNameInAnObjectsCaseAfterAKazakhOrKyrgyzOffice() {
        assertThat(officials(tag("Бишкек, 22-апрель. /Кабар/. Мамлекет башчысы Руслан Казакбаевди тышкы иштер министри "
                + "кызматынан бошотуу жөнүндө Жарлыкка кол койду.", "2022-04-22")))
                .contains("sadyr-japarov", "ruslan-kazakbaev");
        assertThat(officials(tag("Мемлекет басшысы Мұрат Нұртілеуді қабылдады.", "2023-04-22")))
                .containsExactlyInAnyOrder("kassym-jomart-tokayev", "murat-nurtleu");
        // the holder himself after his office, in any case, is the office's apposition
        assertThat(officials(tag("Мемлекет басшысы Қасым-Жомарт Тоқаевқа хат жолдады.", "2023-04-22")))
                .containsExactly("kassym-jomart-tokayev");
    }

    @Test
    void anOfficeAfterACommaIsNotBlockedByTheOneBefore() {
        assertThat(officials(tag("Президент Казахстана направил телеграммы Вице-президенту, Премьер-министру Объединенных "
                + "Арабских Эмиратов.", "2022-05-13")))
                .containsExactlyInAnyOrder("kassym-jomart-tokayev", "mohammed-bin-rashid-al-maktoum");
        assertThat(officials(tag("Президент Казахстана направил телеграмму Вице-премьер-министру Объединенных Арабских "
                + "Эмиратов.", "2022-05-13"))).containsExactly("kassym-jomart-tokayev");
    }
}
