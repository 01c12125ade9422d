package org.communique.enrichment.tagger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A counterpart or colleague of a named official is the holder of the same office in the other country on the
 * release's date: the country before it («узбекским коллегой», "Kazakh counterpart», «өзбекстандық әріптесімен»), after
 * «из», "from", else the one other country of the sentence, else the other country the text is about. Only one
 * counterpart counts, not colleagues in general.
 */
class CounterpartTest {

    @Test
    void aCounterpartNamedByItsCountryInFourLanguages() {
        assertThat(TestTagger.officials(TestTagger.tag("Japarov met his Kazakh counterpart on Friday.", "2024-05-10")))
                .containsExactlyInAnyOrder("sadyr-japarov", "kassym-jomart-tokayev");
        assertThat(TestTagger.officials(TestTagger.tag("Глава МИД Кыргызстана провёл переговоры со своим узбекским "
                + "коллегой.", "2024-05-10"))).containsExactlyInAnyOrder("jeenbek-kulubaev", "bakhtiyor-saidov");
        assertThat(TestTagger.officials(TestTagger.tag("Мемлекет басшысы Қасым-Жомарт Тоқаев өзбекстандық әріптесімен "
                + "телефон арқылы сөйлесті.", "2024-05-10")))
                .containsExactlyInAnyOrder("kassym-jomart-tokayev", "shavkat-mirziyoyev");
        assertThat(TestTagger.officials(TestTagger.tag("Садыр Жапаров казакстандык кесиптеши менен телефон аркылуу "
                + "сүйлөштү.", "2024-05-10"))).containsExactlyInAnyOrder("sadyr-japarov", "kassym-jomart-tokayev");
        assertThat(TestTagger.officials(TestTagger.tag("Токаев провёл переговоры с российским визави.", "2024-05-10")))
                .containsExactlyInAnyOrder("kassym-jomart-tokayev", "vladimir-putin");
    }

    @Test
    void aCounterpartFromACountryNamedAfterIt() {
        assertThat(TestTagger.officials(TestTagger.tag("Глава МИД Казахстана Мурат Нуртлеу провёл переговоры со своим "
                + "коллегой из Кыргызстана.", "2024-05-10"))).containsExactlyInAnyOrder("murat-nurtleu", "jeenbek-kulubaev");
    }

    @Test
    void withoutACountryWordTheOtherSideOfTheSentenceOrTheText() {
        assertThat(TestTagger.officials(TestTagger.tag("Sadyr Japarov arrived in Dushanbe, where he held talks with his "
                + "counterpart.", "2024-05-10"))).containsExactlyInAnyOrder("sadyr-japarov", "emomali-rahmon");
        assertThat(TestTagger.officials(TestTagger.tag("Касым-Жомарт Токаев прибыл в Ташкент. Там он провёл переговоры "
                + "со своим коллегой.", "2024-05-10"))).containsExactlyInAnyOrder("kassym-jomart-tokayev", "shavkat-mirziyoyev");
        // the same office: the foreign minister's counterpart is a foreign minister
        assertThat(TestTagger.officials(TestTagger.tag("Foreign Minister Murat Nurtleu met his counterpart in Bishkek.",
                "2024-05-10"))).containsExactlyInAnyOrder("murat-nurtleu", "jeenbek-kulubaev");
        assertThat(TestTagger.officials(TestTagger.tag("Президент Жапаров Душанбеде кесиптеши менен сүйлөшүү жүргүздү.",
                "2024-05-10"))).containsExactlyInAnyOrder("sadyr-japarov", "emomali-rahmon");
    }

    @Test
    void colleaguesInGeneralAreNobodyInParticular() {
        assertThat(TestTagger.officials(TestTagger.tag("Касым-Жомарт Токаев поблагодарил коллег в Ташкенте за работу.",
                "2024-05-10"))).containsExactly("kassym-jomart-tokayev");
        assertThat(TestTagger.officials(TestTagger.tag("Мурат Нуртлеу в Бишкеке встретился с коллегой из Министерства "
                + "экономики.", "2024-05-10"))).containsExactly("murat-nurtleu");
        // a counterpart named by name is that person, not a second one
        assertThat(TestTagger.officials(TestTagger.tag("Мурат Нуртлеу встретился в Ташкенте со своим коллегой Бахтиёром "
                + "Саидовым.", "2024-05-10"))).containsExactlyInAnyOrder("murat-nurtleu", "bakhtiyor-saidov");
    }
}
