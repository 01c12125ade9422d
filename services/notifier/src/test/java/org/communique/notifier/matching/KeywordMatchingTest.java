package org.communique.notifier.matching;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeywordMatchingTest {

    private final ReleaseText russian = ReleaseText.of("Министр иностранных дел Кыргызстана посетит Казахстан",
            "В декабре министр прибудет в Астану с официальным визитом. Стороны обсудят транзит.", "ru");

    @Test
    void aKeywordMatchesItsInflectedForms() {
        assertThat(matches("визит", russian)).isTrue();
        assertThat(matches("Визиты", russian)).isTrue();
        assertThat(matches("визита", ReleaseText.of("Итоги визита", "", "ru"))).isTrue();
        assertThat(matches("транзитом", russian)).isTrue();
        assertThat(matches("переговоры", russian)).isFalse();
    }

    @Test
    void phrasesNeedTheirWordsInOrderAndAdjacent() {
        assertThat(matches("официальный визит", russian)).isTrue();
        assertThat(matches("министр иностранных дел", russian)).isTrue();
        assertThat(matches("визит официальный", russian)).isFalse();
        assertThat(matches("министр визит", russian)).isFalse();
    }

    @Test
    void aPhraseDoesNotSpanTheTitleAndTheBody() {
        ReleaseText text = ReleaseText.of("Заявление о визите", "Официальный текст", "ru");

        assertThat(matches("визите официальный", text)).isFalse();
        assertThat(matches("о визите", text)).isTrue();
    }

    @Test
    void englishKeywordsMatchPluralsAndTenses() {
        ReleaseText english = ReleaseText.of("Ministers to hold talks", "The minister visited Astana.", "en");

        assertThat(matches("visit", english)).isTrue();
        assertThat(matches("minister", english)).isTrue();
        assertThat(matches("talk", english)).isTrue();
        assertThat(matches("hold talks", english)).isTrue();
        assertThat(matches("agreement", english)).isFalse();
    }

    @Test
    void kazakhEndingsAreHandledInKazakhReleases() {
        ReleaseText kazakh = ReleaseText.of("Жапаровтың Астанаға сапары", "Екі елдің министрлері кездесті.", "kk");

        assertThat(matches("Жапаров", kazakh)).isTrue();
        assertThat(matches("сапар", kazakh)).isTrue();
        assertThat(matches("Астана", kazakh)).isTrue();
        assertThat(matches("Токаев", kazakh)).isFalse();
    }

    @Test
    void aReleaseOfUnknownLanguageIsStemmedBothWays() {
        ReleaseText unknown = ReleaseText.of("Жапаровтың сапары", "с официальным визитом", null);

        assertThat(matches("Жапаров", unknown)).isTrue();
        assertThat(matches("визит", unknown)).isTrue();
    }

    @Test
    void aKeywordNeedsALetterOrDigit() {
        assertThatThrownBy(() -> KeywordPhrase.of(" -- ")).isInstanceOf(IllegalArgumentException.class);
    }

    private static boolean matches(String keyword, ReleaseText text) {
        return KeywordPhrase.of(keyword).matches(text);
    }
}
