package org.communique.enrichment.tagger;

import org.communique.contracts.Tags;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Texts of 1 MiB built to find super-linear steps in the tagger (long words, long runs of one character,
 * endless sentences, a name or a country repeated without end): each is tagged, and the time is printed.
 * The timeout only guards against a hang; speed is reported, not asserted.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class HostileTaggingTest {

    private static final int MIB = 1 << 20;
    private static final String RELEASE = "Президент Кыргызстана Садыр Жапаров 1 февраля 2024 года посетит Казахстан"
            + " с официальным визитом. Министр иностранных дел Казахстана провёл переговоры в Бишкеке. ";

    @BeforeAll
    static void warmUp() {
        TestTagger.tag(RELEASE, "2024-02-01");
    }

    static Stream<String> hostileTexts() {
        return Stream.of(
                repeat(RELEASE, MIB),                          // an honest release, 1 MiB long
                repeat("а", MIB),                              // one word of a million letters
                repeat("a", MIB),
                repeat("Казахстан ", MIB),                     // one country mentioned 100,000 times
                repeat("Садыр Жапаров ", MIB),
                repeat("визит ", MIB),
                repeat("Президент ", MIB),                     // an office with no country, each in a long sentence
                repeat("Глава государства. Казахстан. ", MIB),
                repeat("узбекский министр ", MIB),
                repeat("Наш Президент ", MIB),
                repeat("«Министр иностранных дел проведёт переговоры», — сказал Токаев. ", MIB),
                repeat("Посол Казахстана Токаев ", MIB),
                repeat("Tokayev met his counterpart from Uzbekistan and China. ", MIB),
                repeat("Токаев провёл переговоры с казахстанским коллегой. ", MIB),
                repeat("Tokayev and Mirziyoyev. The two leaders ", MIB),
                repeat("Казахстан, Кыргызстан, Россия, Китай, ", MIB), // a list without end
                repeat("«Казахстан» ", MIB),
                repeat(" ", MIB),
                repeat(".", MIB),
                repeat("1 февраля ", MIB),
                repeat("<a", MIB),
                repeat("-", MIB),
                repeat("ӘҢҒҮҰҚӨҺ", MIB));
    }

    @ParameterizedTest
    @MethodSource("hostileTexts")
    void aMebibyteOfHostileTextIsTagged(String text) {
        long started = System.nanoTime();
        Tags tags = TestTagger.get().tag(new TagInput(null, text, null, LocalDate.parse("2024-02-01")));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertThat(tags).isNotNull();
        System.out.printf("hostile: tag %-14s x %7d chars: %6d ms%n",
                text.substring(0, Math.min(12, text.length())).strip(), text.length(), millis);
    }

    private static String repeat(String unit, int length) {
        return unit.repeat(Math.max(1, length / unit.length()));
    }
}
