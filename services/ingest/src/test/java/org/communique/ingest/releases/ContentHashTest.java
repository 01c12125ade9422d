package org.communique.ingest.releases;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentHashTest {

    @Test
    void isTheSha256HexOfTitleNewlineBody() {
        // printf 'Title\nBody text' | sha256sum
        assertThat(ContentHash.of("Title", "Body text"))
                .isEqualTo("c30a34a7a1c78da9564ca9dc85e92167336c0a736b06339b2dec8b78899e5a64");
    }

    @Test
    void ignoresWhitespaceLayoutAndUnicodeComposition() {
        assertThat(ContentHash.of("Визит  в\u00a0Астану", "Первый абзац.\n\nВторой абзац."))
                .isEqualTo(ContentHash.of("Визит в Астану", "Первый абзац. Второй абзац."))
                .isEqualTo(ContentHash.of("Визит в Астану ", " Первый\tабзац.\r\nВторой абзац."));
        assertThat(ContentHash.of("Е\u0308лка", "b")).isEqualTo(ContentHash.of("Ёлка", "b"));
    }

    @Test
    void changesWithTheWords() {
        assertThat(ContentHash.of("Title", "Body")).isNotEqualTo(ContentHash.of("Title", "Body."))
                .isNotEqualTo(ContentHash.of("Title Body", ""));
    }
}
