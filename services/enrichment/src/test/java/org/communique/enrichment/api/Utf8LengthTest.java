package org.communique.enrichment.api;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The 1 MiB check counts UTF-8 bytes without encoding the text, and counts what encoding would give. */
class Utf8LengthTest {

    @Test
    void countsWhatGetBytesMakes() {
        List<String> samples = List.of("", "abc", "Қазақстан", "€", "\uD83D\uDE00", "a\uD800b", "\uDC00", "x\uD800",
                "Президент 2024 — «визит»");
        for (String sample : samples) {
            assertThat(TagResource.utf8Length(sample)).as(sample)
                    .isEqualTo(sample.getBytes(StandardCharsets.UTF_8).length);
        }
        Random random = new Random(1);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int c = random.nextInt(50); c > 0; c--) {
                text.append((char) (random.nextBoolean() ? random.nextInt(0x900) : random.nextInt(0x10000)));
            }
            assertThat(TagResource.utf8Length(text.toString()))
                    .isEqualTo(text.toString().getBytes(StandardCharsets.UTF_8).length);
        }
    }

    @Test
    void aTextOfMoreCharsThanTheLimitIsTooLongWithoutCounting() {
        String text = "a".repeat(TagResource.MAX_TEXT_BYTES + 1);
        assertThat(TagResource.utf8Length(text)).isGreaterThan(TagResource.MAX_TEXT_BYTES);
    }
}
