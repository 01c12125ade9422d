package org.communique.notifier.delivery;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RetryAfterTest {

    private final Instant now = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void readsSecondsAndHttpDates() {
        assertThat(RetryAfter.parse("120", now)).contains(Duration.ofMinutes(2));
        assertThat(RetryAfter.parse(" 0 ", now)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("Fri, 27 Nov 2026 13:00:00 GMT", now)).contains(Duration.ofHours(3));
        assertThat(RetryAfter.parse("Fri, 27 Nov 2026 09:00:00 GMT", now)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("99999999999999999999999", now)).contains(Duration.ofDays(365));
    }

    @Test
    void ignoresAnythingElse() {
        assertThat(RetryAfter.parse(null, now)).isEmpty();
        assertThat(RetryAfter.parse("", now)).isEmpty();
        assertThat(RetryAfter.parse("-5", now)).isEmpty();
        assertThat(RetryAfter.parse("soon", now)).isEmpty();
        assertThat(RetryAfter.parse("2026-11-27T13:00:00Z", now)).isEmpty();
    }
}
