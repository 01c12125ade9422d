package org.communique.enrichment.tagger.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TokenizerTest {

    @Test
    void tokensKeepTheirOffsetsAndNormalForms() {
        String text = "Садыр Жапаров посетит Казахстан.";
        List<Token> tokens = Tokenizer.tokenize("text", text, 0).tokens();
        assertThat(tokens).extracting(Token::raw).containsExactly("Садыр", "Жапаров", "посетит", "Казахстан");
        assertThat(tokens).allSatisfy(t -> assertThat(text.substring(t.start(), t.end())).isEqualTo(t.raw()));
        assertThat(tokens.get(1).lower()).isEqualTo("жапаров");
    }

    @Test
    void aRunOfLettersLongerThanAnyWordIsSkippedAndTheWordsAroundItKept() {
        String text = "Тоқаев " + "ӘҢҒҮҰҚӨҺ".repeat(20) + " Бішкекке барды.";
        List<Token> tokens = Tokenizer.tokenize("text", text, 0).tokens();
        assertThat(tokens).extracting(Token::raw).containsExactly("Тоқаев", "Бішкекке", "барды");
        assertThat(Tokenizer.tokenize("text", "а".repeat(Tokenizer.MAX_WORD_CHARS), 0).tokens()).hasSize(1);
    }

    @Test
    void hyphenatedCompoundsSplitIntoParts() {
        List<Token> tokens = Tokenizer.tokenize("text", "казахстанско-кыргызских отношений", 0).tokens();
        assertThat(tokens).extracting(Token::raw).containsExactly("казахстанско", "кыргызских", "отношений");
        assertThat(tokens.get(1).separator()).isEqualTo("-");
        assertThat(tokens.get(1).joinsPrevious()).isTrue();
    }

    @Test
    void foldsYoKazakhLettersAndLatinDiacritics() {
        assertThat(TextFolding.lower("Мирзиёев")).isEqualTo("мирзиеев");
        assertThat(TextFolding.lower("Тоқаев")).isEqualTo(TextFolding.lower("Токаев"));
        assertThat(TextFolding.lower("Бішкекке")).isEqualTo("бишкекке");
        assertThat(TextFolding.lower("Erdoğan")).isEqualTo("erdogan");
    }

    @Test
    void latinKeysFoldTransliterationVariants() {
        assertThat(TextFolding.key("Zhaparov")).isEqualTo(TextFolding.key("Japarov")).isEqualTo(TextFolding.key("Dzhaparov"));
        assertThat(TextFolding.key("Tokayev")).isEqualTo(TextFolding.key("Tokaev"));
        assertThat(TextFolding.key("Kassym")).isEqualTo(TextFolding.key("Kasym"));
    }

    @Test
    void decomposedInputKeepsOffsetsIntoTheOriginal() {
        String text = "Бии\u0306 прибыл"; // «й» as и + combining breve
        Token first = Tokenizer.tokenize("text", text, 0).tokens().get(0);
        assertThat(first.end()).isEqualTo(4);
        assertThat(first.lower()).isEqualTo("бий");
    }

    @Test
    void latinAcronymsStayOneToken() {
        List<Token> tokens = Tokenizer.tokenize("text", "The U.S. delegation", 0).tokens();
        assertThat(tokens).extracting(Token::raw).containsExactly("The", "U.S.", "delegation");
        assertThat(tokens.get(1).lower()).isEqualTo("us");
    }

    @Test
    void sentencesBreakAtFullStopsButNotAfterInitials() {
        Tokenizer.Field field = Tokenizer.tokenize("text", "Документ подписал С. Жапаров. Затем состоялась встреча.\nИтоги", 3);
        assertThat(field.sentences()).hasSize(3);
        assertThat(field.sentences().get(0).id()).isEqualTo(3);
        assertThat(field.text().substring(field.sentences().get(0).start(), field.sentences().get(0).end()))
                .isEqualTo("Документ подписал С. Жапаров");
        assertThat(field.tokens().get(2).isInitial(field.text())).isTrue();
    }

    @Test
    void anEndlessSentenceIsCutIntoBoundedOnes() {
        Tokenizer.Field field = Tokenizer.tokenize("body", "Казахстан ".repeat(1000), 0);
        assertThat(field.tokens()).hasSize(1000);
        assertThat(field.sentences()).hasSize(1000 / Tokenizer.MAX_SENTENCE_TOKENS);
        assertThat(field.sentences()).allSatisfy(sentence ->
                assertThat(sentence.lastToken() - sentence.firstToken() + 1).isEqualTo(Tokenizer.MAX_SENTENCE_TOKENS));
    }
}
