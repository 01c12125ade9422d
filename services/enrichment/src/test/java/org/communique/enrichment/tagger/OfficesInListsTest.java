package org.communique.enrichment.tagger;

import org.communique.contracts.Tags;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Offices told next to other people (session 11): an office of another state after a name and a comma is the next item
 * of a list, not that person's apposition («с Борисом Ельциным, председателем КНР и ...»); a counterpart holds the
 * office of the one whose counterpart he is, the subject of the sentence (or of the sentence before), not whoever was
 * named last; the word "federal" between a federation and its office («Германиянын Федералдык канцлери»).
 */
class OfficesInListsTest {

    @Test
    void anOfficeOfAnotherStateAfterACommaIsTheNextItemOfAList() {
        assertThat(TestTagger.officials(TestTagger.tag("Президент Казахстана подписал в Кремле вместе с Борисом "
                + "Ельциным, председателем КНР и президентом Кыргызстана соглашение.", "1997-04-24")))
                .contains("boris-yeltsin", "jiang-zemin", "askar-akayev");
        assertThat(TestTagger.officials(TestTagger.tag("В видеоконференции участвовали Владимир Путин, белорусский "
                + "лидер и президент Армении.", "2022-01-10"))).contains("vladimir-putin", "alexander-lukashenko");
        assertThat(TestTagger.officials(TestTagger.tag("The statement was backed by Vladimir Putin, the Belarusian leader "
                + "and the President of Kyrgyzstan.", "2022-01-10")))
                .contains("vladimir-putin", "alexander-lukashenko", "sadyr-japarov");
    }

    @Test
    void anOfficeOfTheSameStateAfterACommaStillPresentsThePerson() {
        Tags ru = TestTagger.tag("Садыр Жапаров, президент Кыргызстана, прибыл в Ташкент.", "2024-05-10");
        assertThat(TestTagger.officials(ru)).containsExactly("sadyr-japarov");
        assertThat(ru.officials().get(0).resolvedFrom()).isEqualTo(Tags.ResolvedFrom.NAME);
        assertThat(TestTagger.officials(TestTagger.tag("Sadyr Japarov, the Kyrgyz President, arrived in Tashkent.",
                "2024-05-10"))).containsExactly("sadyr-japarov");
    }

    @Test
    void aCounterpartHoldsTheOfficeOfTheSubjectNotOfTheLastNamed() {
        // Modi is a prime minister: his counterpart is Pakistan's prime minister, not its president
        assertThat(TestTagger.officials(TestTagger.tag("Modi is expected to hold talks with the Kazakh President. A "
                + "meeting with his Pakistani counterpart is not planned.", "2017-06-07")))
                .contains("nawaz-sharif").doesNotContain("mamnoon-hussain");
        assertThat(TestTagger.officials(TestTagger.tag("Нарендра Моди проведет переговоры с президентом Казахстана. "
                + "Встреча с пакистанским коллегой не планируется.", "2017-06-07")))
                .contains("nawaz-sharif").doesNotContain("mamnoon-hussain");
        // Blinken is the subject; the president he met in between is not whose counterpart is meant
        assertThat(TestTagger.officials(TestTagger.tag("Antony Blinken, who held talks with President Shavkat "
                + "Mirziyoyev, is attending a meeting hosted by his Indian counterpart.", "2023-03-02")))
                .contains("subrahmanyam-jaishankar").doesNotContain("droupadi-murmu");
        assertThat(TestTagger.officials(TestTagger.tag("Энтони Блинкен, проведший переговоры с президентом Шавкатом "
                + "Мирзиёевым, участвует во встрече, которую проводит его индийский коллега.", "2023-03-02")))
                .contains("subrahmanyam-jaishankar").doesNotContain("droupadi-murmu");
    }

    @Test
    void federalBetweenAFederationAndItsOffice() {
        assertThat(TestTagger.officials(TestTagger.tag("Жапаров Германиянын Федералдык канцлери менен жолукту.",
                "2023-10-02"))).contains("olaf-scholz");
        assertThat(TestTagger.officials(TestTagger.tag("Германия Федералдық Президенті Қазақстанға келді.",
                "2023-06-20"))).containsExactly("frank-walter-steinmeier");
        assertThat(TestTagger.officials(TestTagger.tag("Tokayev met the German Federal President in Astana.",
                "2023-06-20"))).contains("frank-walter-steinmeier");
        // a federal service's head is no head of state
        assertThat(TestTagger.officials(TestTagger.tag("Tokayev met the head of the Russian Federal Security Service "
                + "in Astana.", "2023-06-20"))).containsExactly("kassym-jomart-tokayev");
        assertThat(TestTagger.officials(TestTagger.tag("Токаев встретился с главой Федеральной службы безопасности "
                + "России.", "2023-06-20"))).containsExactly("kassym-jomart-tokayev");
    }
}
