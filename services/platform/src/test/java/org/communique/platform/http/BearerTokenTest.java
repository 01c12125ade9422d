package org.communique.platform.http;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written Bearer parser answers exactly what the regular expression it replaces answered. */
class BearerTokenTest {

    private static final Pattern BEARER = Pattern.compile("Bearer +(\\S+) *", Pattern.CASE_INSENSITIVE);

    private static String byRegex(String header) {
        Matcher m = BEARER.matcher(header);
        return m.matches() ? m.group(1) : null;
    }

    @Test
    void theUsualAndTheOddHeaders() {
        assertThat(BearerToken.of("Bearer abc")).isEqualTo("abc");
        assertThat(BearerToken.of("bEaReR   abc  ")).isEqualTo("abc");
        assertThat(BearerToken.of("Bearer")).isNull();
        assertThat(BearerToken.of("Bearer ")).isNull();
        assertThat(BearerToken.of("Bearer a b")).isNull();
        assertThat(BearerToken.of("Bearer\tabc")).isNull();
        assertThat(BearerToken.of("Bearer abc\t")).isNull();
        assertThat(BearerToken.of("Basic abc")).isNull();
        assertThat(BearerToken.of("Bearerabc")).isNull();
        assertThat(BearerToken.of("Bearer ключ\u000b")).isEqualTo("ключ\u000b");
    }

    @Test
    void agreesWithTheRegularExpressionOnRandomHeaders() {
        Random random = new Random(3);
        char[] alphabet = {'B', 'b', 'e', 'E', 'a', 'r', 'R', ' ', ' ', '\t', '\n', '\r', '\f', '\u000b', 'x', '7',
                '=', 'ж', '\u00a0', '\u2003', 'ſ', '\ud83d', '\ude00'};
        List<String> headers = new ArrayList<>();
        for (int n = 0; n < 20_000; n++) {
            StringBuilder header = new StringBuilder(random.nextBoolean() ? "Bearer" : random.nextBoolean() ? "bEARER" : "");
            for (int i = 0, length = random.nextInt(12); i < length; i++) {
                header.append(alphabet[random.nextInt(alphabet.length)]);
            }
            headers.add(header.toString());
        }
        int tokens = 0;
        for (String header : headers) {
            String expected = byRegex(header);
            assertThat(BearerToken.of(header)).as("[%s]", header).isEqualTo(expected);
            tokens += expected == null ? 0 : 1;
        }
        assertThat(tokens).as("headers with a token among the random ones").isGreaterThan(300);
    }
}
