package org.communique.notifier.delivery;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryScheduleTest {

    private final RetrySchedule schedule = new RetrySchedule(List.of(
            Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2)));

    @Test
    void waitsLongerAfterEachFailureThenGivesUp() {
        assertThat(schedule.delayAfter(1)).contains(Duration.ofSeconds(5));
        assertThat(schedule.delayAfter(2)).contains(Duration.ofMinutes(5));
        assertThat(schedule.delayAfter(3)).contains(Duration.ofMinutes(30));
        assertThat(schedule.delayAfter(4)).contains(Duration.ofHours(2));
        assertThat(schedule.delayAfter(5)).isEmpty();
        assertThat(schedule.maxAttempts()).isEqualTo(5);
    }

    @Test
    void theDefaultScheduleRetriesSevenTimesOverAboutOneDay() {
        RetrySchedule svixLike = new RetrySchedule(List.of(Duration.ofSeconds(5), Duration.ofMinutes(5),
                Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10), Duration.ofHours(10)));

        assertThat(svixLike.maxAttempts()).isEqualTo(8);
        assertThat(svixLike.delayAfter(7)).contains(Duration.ofHours(10));
        assertThat(svixLike.delayAfter(8)).isEmpty();
    }

    @Test
    void anEmptyScheduleMeansASingleAttempt() {
        RetrySchedule once = new RetrySchedule(List.of());

        assertThat(once.delayAfter(1)).isEmpty();
        assertThat(once.maxAttempts()).isEqualTo(1);
    }

    @Test
    void rejectsNonPositiveDelaysAndAttemptZero() {
        assertThatThrownBy(() -> new RetrySchedule(List.of(Duration.ZERO)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> schedule.delayAfter(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
