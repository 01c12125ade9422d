package org.communique.notifier.matching;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NamesTest {

    @Test
    void caseSpacingAndYoDoNotMatter() {
        assertThat(Names.normalize("  Пётр \t Семёнов\n")).isEqualTo("петр семенов");
        assertThat(Names.normalize("Sadyr  JAPAROV")).isEqualTo("sadyr japarov");
        assertThat(Names.normalize("Жапаров")).isEqualTo(Names.normalize(" жапаров "));
    }
}
