package org.communique.ingest.releases;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextTest {

    @Test
    void plainTextKeepsItsParagraphsAndLosesStraySpaces() {
        assertThat(PlainText.of("  First line\r\nsecond   line\t\u00a0end.\n\n\n\nNext paragraph.  "))
                .isEqualTo("First line\nsecond line end.\n\nNext paragraph.");
    }

    @Test
    void htmlBecomesTextWithParagraphsAndLineBreaks() {
        String html = """
                <div class="news">
                  <h1>Визит министра</h1>
                  <p>Министр иностранных дел   прибыл в&nbsp;Бишкек.</p>
                  <p>Программа:<br>переговоры<br/>брифинг</p>
                  <ul>
                    <li>первый пункт</li>
                    <li>второй пункт</li>
                  </ul>
                  <table><tr><td>Дата</td><td>15 мая</td></tr></table>
                </div>""";

        assertThat(PlainText.of(html)).isEqualTo("""
                Визит министра

                Министр иностранных дел прибыл в Бишкек.

                Программа:
                переговоры
                брифинг

                первый пункт
                второй пункт

                Дата 15 мая""");
    }

    @Test
    void scriptsStylesAndCommentsDisappear() {
        assertThat(PlainText.of("<style>p{color:red}</style><p>Text<!-- hidden --></p><script>alert('x')</script>"))
                .isEqualTo("Text");
    }

    @Test
    void entitiesAreDecoded() {
        assertThat(PlainText.of("Kazakhstan &amp; Kyrgyzstan &laquo;agree&raquo; &#8212; joint statement"))
                .isEqualTo("Kazakhstan & Kyrgyzstan «agree» — joint statement");
    }

    @Test
    void anglesThatAreNotMarkupStay() {
        assertThat(PlainText.of("Growth was <5% and exports >10%; see <annex B>."))
                .isEqualTo("Growth was <5% and exports >10%; see <annex B>.");
    }

    @Test
    void controlCharactersAreRemoved() {
        assertThat(PlainText.of("Null\u0000 byte and bell\u0007.")).isEqualTo("Null byte and bell.");
    }

    @Test
    void textIsNormalisedToNfc() {
        String decomposed = "Е\u0308лка"; // Е + combining diaeresis
        assertThat(PlainText.of(decomposed)).isEqualTo("Ёлка");
    }

    @Test
    void singleLineFoldsEverythingOntoOneLine() {
        assertThat(PlainText.singleLine("<h2>Talks\nin <b>Astana</b></h2>\n\n")).isEqualTo("Talks in Astana");
    }
}
