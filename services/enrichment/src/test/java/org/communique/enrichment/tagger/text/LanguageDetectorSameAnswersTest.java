package org.communique.enrichment.tagger.text;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The single-pass detector answers exactly what folding and looking up every word answered: on every
 * Cyrillic letter alone, and on random texts mixing the three languages' listed words in any case, their
 * distinctive letters, Latin words, long words, digits, combining marks, surrogates and punctuation.
 */
class LanguageDetectorSameAnswersTest {

    private static final List<String> PIECES = List.of(
            "и", "В", "во", "НА", "с", "со", "по", "что", "Как", "для", "не", "от", "из", "к", "о", "об", "это",
            "был", "была", "были", "также", "его", "её", "ее", "их", "және", "ЖӘНЕ", "жане", "мен", "бойынша", "туралы",
            "үшін", "ушин", "осы", "бұл", "бул", "деп", "жылы", "сондай", "кезінде", "аясында", "арасындағы",
            "жана", "менен", "боюнча", "тууралуу", "үчүн", "учун", "ошондой", "жөнүндө", "алкагында", "ортосундагы",
            "Ортосундагыда", "ал", "Ал", "министр", "Президент", "қазақ", "өзбек", "ңң", "Ѐ", "ѐлка", "ӏ", "ԁ",
            "visit", "Minister", "Erdoğan", "2024", "x1", "й", "и\u0306", "\u0483", "\u0482", "\uD835\uDC00",
            "ab\u00DFc", "İ", "ı", "ї", "є", "Ї", "арасындағыларға", "ул.", "U.S.", "—", "«", "»", "\n", "'", "-");
    private static final List<String> GAPS = List.of(" ", " ", " ", ", ", ". ", "-", "", "\n", "\u00A0", "1");

    @Test
    void everyCyrillicLetterFoldsAsTheWholeWordFoldWould() {
        for (char c = 'Ѐ'; c <= 'ԯ'; c++) {
            if (TextFolding.isCyrillic(c) && Character.isLetter(c)) {
                assertThat(String.valueOf(TextFolding.foldCyrillic(c)))
                        .as("U+%04X", (int) c).isEqualTo(TextFolding.lower(String.valueOf(c)));
            }
        }
    }

    @Test
    void cyrillicLettersAreTheLettersOfTheJdk() {
        for (char c = 'Ѐ'; c <= 'ԯ'; c++) {
            if (TextFolding.isCyrillic(c)) {
                assertThat(LanguageDetector.isCyrillicLetter(c)).as("U+%04X", (int) c).isEqualTo(Character.isLetter(c));
            }
        }
    }

    @Test
    void randomTextsGetTheSameLanguage() {
        Random random = new Random(11);
        Map<String, Integer> answers = new TreeMap<>();
        for (int text = 0; text < 20_000; text++) {
            StringBuilder title = new StringBuilder();
            StringBuilder body = new StringBuilder();
            int words = 1 + random.nextInt(text % 10 == 0 ? 400 : 12);
            for (int w = 0; w < words; w++) {
                StringBuilder into = random.nextInt(8) == 0 ? title : body;
                into.append(PIECES.get(random.nextInt(PIECES.size()))).append(GAPS.get(random.nextInt(GAPS.size())));
            }
            String expected = ReferenceLanguageDetector.detect(null, title.toString(), body.toString());
            assertThat(LanguageDetector.detect(null, title.toString(), body.toString()))
                    .as("title %s, text %s", title, body).isEqualTo(expected);
            answers.merge(expected, 1, Integer::sum);
        }
        // the texts reach every answer, so every branch of the decision was compared
        assertThat(answers).containsOnlyKeys("ru", "kk", "ky", "en");
    }
}
