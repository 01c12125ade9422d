package org.communique.enrichment.tagger.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageDetectorTest {

    @Test
    void kazakhOnlyLettersMeanKazakh() {
        assertThat(LanguageDetector.detect(null, "Қазақстан Президенті Қасым-Жомарт Тоқаев бүгін Бішкекке барады."))
                .isEqualTo("kk");
    }

    @Test
    void sharedLettersWithoutKazakhOnesMeanKyrgyz() {
        assertThat(LanguageDetector.detect(null, "Кыргызстандын президенти бүгүн Өзбекстанга расмий сапар менен жөнөйт."))
                .isEqualTo("ky");
    }

    @Test
    void functionWordsDecideWhenTheSpecialLettersAreMissing() {
        assertThat(LanguageDetector.detect(null, "Министр Москвага жумуш сапары менен барды жана Лавров менен жолугушту."))
                .isEqualTo("ky");
        assertThat(LanguageDetector.detect(null, "Министр Мәскеуге барды және Лавровпен кездесті.")).isEqualTo("kk");
    }

    @Test
    void aOneLineKyrgyzTextWithFewOrNoLettersOfItsOwn() {
        assertThat(LanguageDetector.detect(null, "Жапаров Өзбекстанга барды.")).isEqualTo("ky");
        assertThat(LanguageDetector.detect(null, "Садыр Жапаров Токаевду кабыл алды.")).isEqualTo("ky");
        assertThat(LanguageDetector.detect(null, "Жапаров Астанага барды.")).isEqualTo("ky");
        assertThat(LanguageDetector.detect(null, "Кыргызстандын Тышкы иштер министри Ташкентке жөнөдү.")).isEqualTo("ky");
        assertThat(LanguageDetector.detect(null, "Тоқаев Ташкентке барды.")).isEqualTo("kk");
    }

    @Test
    void aRussianHeadlineWithAKazakhNameStaysRussian() {
        assertThat(LanguageDetector.detect(null, "Тоқаев прибыл в Бишкек")).isEqualTo("ru");
        assertThat(LanguageDetector.detect(null, "Жапаров встретился с Токаевым в Астане")).isEqualTo("ru");
        assertThat(LanguageDetector.detect(null, "Накануне саммита Путин посетил Душанбе")).isEqualTo("ru");
    }

    @Test
    void plainCyrillicIsRussianAndLatinIsEnglish() {
        assertThat(LanguageDetector.detect(null, "Президент Кыргызстана посетит Казахстан.")).isEqualTo("ru");
        assertThat(LanguageDetector.detect(null, "The President of Kyrgyzstan will visit Kazakhstan.")).isEqualTo("en");
    }

    @Test
    void aKazakhNameInARussianTextKeepsItRussian() {
        assertThat(LanguageDetector.detect(null, "Президент Тоқаев провёл совещание с членами правительства, "
                + "обсудив бюджет, налоги, инвестиции и программу развития регионов на ближайшие годы."))
                .isEqualTo("ru");
    }

    @Test
    void aDeclaredSupportedLanguageWins() {
        assertThat(LanguageDetector.detect("KK", "Президент посетит Казахстан.")).isEqualTo("kk");
        assertThat(LanguageDetector.detect("de", "Президент посетит Казахстан.")).isEqualTo("ru");
    }
}
