package org.communique.notifier.delivery;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.communique.notifier.NotifierConfig;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Delay before the next attempt after a failed one; empty once the schedule is exhausted. */
@Singleton
public class RetrySchedule {

    private final List<Duration> delays;

    @Inject
    public RetrySchedule(NotifierConfig config) {
        this(config.webhooks().retryBackoff());
    }

    public RetrySchedule(List<Duration> delays) {
        if (delays.stream().anyMatch(d -> d.isNegative() || d.isZero())) {
            throw new IllegalArgumentException("retry delays must be positive: " + delays);
        }
        this.delays = List.copyOf(delays);
    }

    /** @param failedAttempt the number (from 1) of the attempt that just failed */
    public Optional<Duration> delayAfter(int failedAttempt) {
        if (failedAttempt < 1) {
            throw new IllegalArgumentException("attempts count from 1");
        }
        return failedAttempt <= delays.size() ? Optional.of(delays.get(failedAttempt - 1)) : Optional.empty();
    }

    public int maxAttempts() {
        return delays.size() + 1;
    }
}
