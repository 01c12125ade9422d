package org.communique.ingest.polling;

import org.communique.ingest.releases.ContentHash;
import org.communique.ingest.releases.PlainText;
import org.communique.ingest.releases.ReleaseUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every pattern ingest applies to outside text (pushed releases, feeds, pages, their dates and charsets)
 * against inputs that make backtracking engines take quadratic or exponential time: nested and unclosed
 * tags, long runs of one character, near-misses of each pattern, at 1 MiB. The timeout only guards
 * against a hang (a quadratic engine needs most of an hour on these); the times are printed, not asserted.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class HostileTextTest {

    private static final int MIB = 1 << 20;

    /**
     * Patterns kept on java.util.regex on purpose, with the reason they cannot backtrack: a single greedy
     * character class with nothing after it matches each run once.
     */
    private static final Map<String, String> EXEMPT = Map.of(
            "org.communique.ingest.stories.Shingles.NOT_WORD", "one character class, no alternation or suffix");

    static Stream<String> hostileInputs() {
        return Stream.of(
                repeat("<a", MIB),                                 // the 13 s body of the issue, 16 times longer
                repeat("<", MIB),
                repeat("</a ", MIB),
                repeat("<a href='", MIB),
                "<div>".repeat(MIB / 10) + "x",                    // deeply nested elements
                repeat("&", MIB),
                repeat("&amp", MIB),
                repeat("&#x", MIB),
                repeat("1 ", MIB),                                 // near-misses of the date patterns
                repeat("12.", MIB),
                repeat("14 мая ", MIB),
                repeat("May 14, ", MIB),
                repeat("a", MIB),
                repeat("я", MIB),
                repeat("2024-", MIB),
                repeat(" ", MIB),
                repeat("\u00a0\n", MIB),
                repeat("<meta charset=", MIB),
                repeat("<?xml encoding=", MIB),
                repeat("%2", MIB));
    }

    @ParameterizedTest
    @MethodSource("hostileInputs")
    void pushedTextIsReducedInLinearTime(String hostile) {
        measure("PlainText.of", hostile, PlainText::of);
        measure("PlainText.singleLine", hostile, PlainText::singleLine);
        measure("ContentHash.of", hostile, text -> ContentHash.of(text, text));
    }

    @ParameterizedTest
    @MethodSource("hostileInputs")
    void pageDatesAndCharsetsAreReadInLinearTime(String hostile) {
        measure("PublishedDates.parse", hostile, text -> PublishedDates.parse(text).toString());
        byte[] bytes = hostile.getBytes(StandardCharsets.UTF_8);
        measure("TextDecoding.html", hostile, text -> TextDecoding.html(bytes, "text/html; charset=" + text).length());
        measure("TextDecoding.xml", hostile, text -> TextDecoding.xml(bytes, null).length());
        measure("ReleaseUrl.parse", hostile, text -> ReleaseUrl.parse("https://example.org/" + text).toString());
    }

    @Test
    void billionLaughsAndExternalEntitiesAreRefused() {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
                + "<rss version=\"2.0\"><channel><title>&lol3;</title></channel></rss>";
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>";
        for (String feed : List.of(laughs, xxe)) {
            assertThatThrownBy(() -> FeedReader.read(feed, URI.create("https://example.org/rss")))
                    .isInstanceOf(PollFailure.class)
                    .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("doctype"));
        }
    }

    @Test
    void noPatternOnOutsideTextUsesABacktrackingEngine() throws Exception {
        List<String> offenders = new ArrayList<>();
        Path classes = Path.of("target", "classes", "org", "communique", "ingest");
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = "org.communique.ingest." + classes.relativize(file).toString()
                        .replace(".class", "").replace('/', '.');
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                for (Field field : type.getDeclaredFields()) {
                    String id = name + "." + field.getName();
                    if (Modifier.isStatic(field.getModifiers()) && field.getType() == java.util.regex.Pattern.class
                            && !EXEMPT.containsKey(id)) {
                        offenders.add(id);
                    }
                }
            }
        }
        assertThat(offenders).as("java.util.regex patterns in ingest (use RE2/J)").isEmpty();
    }

    private static void measure(String what, String input, Function<String, ?> operation) {
        long started = System.nanoTime();
        Object result = operation.apply(input);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertThat(result).isNotNull();
        System.out.printf("hostile: %-22s %-14s x %7d chars: %5d ms%n", what,
                input.substring(0, Math.min(12, input.length())).replace("\n", "\\n"), input.length(), millis);
    }

    private static String repeat(String unit, int length) {
        return unit.repeat(Math.max(1, length / unit.length()));
    }
}
