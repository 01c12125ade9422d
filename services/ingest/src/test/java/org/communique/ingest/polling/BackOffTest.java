package org.communique.ingest.polling;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class BackOffTest {

    private static final Duration INITIAL = Duration.ofMinutes(1);
    private static final Duration MAX = Duration.ofHours(6);

    @Test
    void doublesWithEachFailureFromTheInitialDelay() {
        Duration interval = Duration.ofMinutes(15);

        assertThat(delay(interval, 1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(delay(interval, 2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(delay(interval, 5)).isEqualTo(Duration.ofMinutes(16));
        assertThat(delay(interval, 9)).isEqualTo(Duration.ofMinutes(256));
    }

    @Test
    void neverWaitsLongerThanTheMaximumOrTheInterval() {
        assertThat(delay(Duration.ofMinutes(15), 20)).isEqualTo(MAX);
        assertThat(delay(Duration.ofMinutes(15), 1_000)).isEqualTo(MAX);
        assertThat(delay(Duration.ofDays(1), 1_000)).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void aShortIntervalStartsShort() {
        assertThat(delay(Duration.ofSeconds(20), 1)).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void isSpreadByTenPercent() {
        Duration interval = Duration.ofMinutes(15);

        assertThat(BackOff.delay(interval, 3, INITIAL, MAX, 0.0)).isEqualTo(Duration.ofSeconds(216));
        assertThat(BackOff.delay(interval, 3, INITIAL, MAX, 0.999_999)).isBetween(Duration.ofSeconds(263),
                Duration.ofSeconds(264));
    }

    private static Duration delay(Duration interval, int failures) {
        return BackOff.delay(interval, failures, INITIAL, MAX, 0.5);
    }
}
