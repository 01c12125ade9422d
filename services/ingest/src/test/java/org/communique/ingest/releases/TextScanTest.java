package org.communique.ingest.releases;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The single-pass scanners do what the regular expressions they replaced did, on many random short texts. */
class TextScanTest {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");
    private static final Pattern SPACES = Pattern.compile("[\\h\\t]+");
    private static final Pattern SPACE_AROUND_NEWLINE = Pattern.compile(" ?\\n ?");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern ENTITY = Pattern.compile(
            "&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});");
    private static final char[] ALPHABET = {' ', ' ', '\t', '\n', '\n', '\r', '\u00a0', '\u2003', '\u0001', '\u0085',
            '\u2028', 'a', 'b', 'X', '1', '9', '&', '#', ';', 'x', '<', '>', '/', '_', 'p'};

    @Test
    void spacingIsCollapsedAsTheRegularExpressionsDid() {
        Random random = new Random(11);
        for (int n = 0; n < 20_000; n++) {
            String text = random(random);
            String expected = CONTROL.matcher(text).replaceAll("");
            expected = SPACES.matcher(expected).replaceAll(" ");
            expected = SPACE_AROUND_NEWLINE.matcher(expected).replaceAll("\n");
            expected = BLANK_LINES.matcher(expected).replaceAll("\n\n").strip();
            assertThat(TextScan.collapseSpacing(text).strip()).as(escape(text)).isEqualTo(expected);
            assertThat(TextScan.collapseWhitespace(text)).as(escape(text))
                    .isEqualTo(WHITESPACE.matcher(text).replaceAll(" "));
            assertThat(TextScan.hasEntity(text)).as(escape(text)).isEqualTo(ENTITY.matcher(text).find());
        }
    }

    @Test
    void entitiesAndTagsAreFound() {
        assertThat(TextScan.hasEntity("Talks &amp; visits")).isTrue();
        assertThat(TextScan.hasEntity("&#x1F600; &#128512;")).isTrue();
        assertThat(TextScan.hasEntity("R&D; AT&T")).isFalse();
        assertThat(TextScan.tagNames("<p class='x'>a</p> <br/> a < b > c <_x>")).containsExactly("p", "p", "br");
        assertThat(TextScan.tagNames("<a<a<a<a")).isEmpty();
    }

    private static String random(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(24);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return text.toString();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.toString();
    }
}
