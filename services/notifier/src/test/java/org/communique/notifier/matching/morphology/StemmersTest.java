package org.communique.notifier.matching.morphology;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StemmersTest {

    @ParameterizedTest
    @CsvSource({
            "визит, визит", "визита, визит", "визитом, визит", "визиты, визит", "визитов, визит", "визите, визит",
            "визитами, визит", "официальный, официальн", "официальным, официальн", "официального, официальн",
            "переговоры, переговор", "переговорах, переговор", "казахстан, казахстан", "казахстана, казахстан",
            "казахстаном, казахстан", "министра, министр", "министром, министр", "саммит, саммит",
            "саммита, саммит", "сотрудничества, сотрудничеств", "сотрудничеству, сотрудничеств",
            "важнейший, важн", "длинный, длин", "жизнь, жизн",
            // verbs keep their endings: the verb step would cut nouns such as «визит» and «саммит»
            "посетит, посетит"
    })
    void russianWordFormsShareAStem(String word, String stem) {
        assertThat(RussianStemmer.stem(word)).as(word).isEqualTo(stem);
    }

    @ParameterizedTest
    @CsvSource({
            "visit, visit", "visits, visit", "visited, visit", "visiting, visit", "talks, talk", "meeting, meet",
            "meetings, meet", "agreement, agreement", "agreements, agreement", "ministries, ministry",
            "ministry, ministry", "running, run", "make, mak", "making, mak", "states, stat", "stated, stat",
            "addresses, address", "bus, bus", "analysis, analysis", "tax, tax", "taxes, tax", "the, the"
    })
    void englishWordFormsShareAStem(String word, String stem) {
        assertThat(EnglishStemmer.stem(word)).as(word).isEqualTo(stem);
    }

    @ParameterizedTest
    @CsvSource({
            "жапаровтың, жапаров", "жапаровқа, жапаров", "токаевпен, токаев", "сапар, сапар", "сапары, сапар",
            "сапарымен, сапар", "сапарлар, сапар", "сапарларымызда, сапар", "астанада, астана",
            "астанадан, астана", "астанаға, астана", "елдердің, ел", "министрі, министр", "бишкекке, бишкек",
            "бишкектен, бишкек", "кыргызстандын, кыргызстан", "кыргызстанга, кыргызстан", "ат, ат"
    })
    void kazakhAndKyrgyzWordsSplitIntoTheirRoot(String word, String root) {
        assertThat(TurkicStemmer.roots(word)).as(word).contains(root).startsWith(word);
    }

    @ParameterizedTest
    @CsvSource({"астана, аст", "сапар, сап", "министр, мин", "бишкек, биш"})
    void rootsLeaveOnlyWholeEndings(String word, String notARoot) {
        assertThat(TurkicStemmer.roots(word)).as(word).doesNotContain(notARoot);
    }

    @Test
    void tokensAreLowerCaseWordsWithYoFolded() {
        assertThat(Tokenizer.tokens("Казахстанско-кыргызских ПЕРЕГОВОРОВ, «Её» визит (2026)!"))
                .containsExactly("казахстанско", "кыргызских", "переговоров", "ее", "визит", "2026");
        assertThat(Tokenizer.tokens("Minister's visit — Astana")).containsExactly("minister", "s", "visit", "astana");
        assertThat(Tokenizer.tokens("  ")).isEmpty();
    }

    @Test
    void stemsAreTaggedWithTheirStemmerAndFollowTheReleaseLanguage() {
        assertThat(Stems.of("визитом", "ru")).containsExactly("ru:визит");
        assertThat(Stems.of("сапарымен", "kk")).contains("tk:сапарымен", "tk:сапар").noneMatch(s -> s.startsWith("ru:"));
        assertThat(Stems.of("сапарымен", null)).contains("ru:сапарымен", "tk:сапар");
        assertThat(Stems.ofKeywordWord("визит")).containsExactly("ru:визит", "tk:визит");
        assertThat(Stems.ofKeywordWord("Visits".toLowerCase())).containsExactly("en:visit");
        assertThat(Stems.of("visits", "ru")).containsExactly("en:visit");
        assertThat(Stems.of("2026", "ru")).containsExactly("raw:2026");
    }

    @Test
    void aRememberedWordKeepsItsStemsPerLanguageAndLongTokensAreStemmedToo() {
        for (int round = 0; round < 2; round++) {
            assertThat(Stems.of("сапарымен", "ru")).containsExactly("ru:" + RussianStemmer.stem("сапарымен"));
            assertThat(Stems.of("сапарымен", "kk")).contains("tk:сапар").noneMatch(s -> s.startsWith("ru:"));
            assertThat(Stems.of("сапарымен", null)).contains("ru:сапарымен", "tk:сапар");
            assertThat(Stems.of("визитом", "ru")).containsExactly("ru:визит");
        }
        String longWord = "межправительственный".repeat(3) + "ом";
        assertThat(Stems.of(longWord, "ru")).containsExactly("ru:" + RussianStemmer.stem(longWord))
                .isEqualTo(Stems.of(longWord, "ru"));
    }
}
