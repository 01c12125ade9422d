package org.communique.ingest.polling;

import java.time.Duration;

/**
 * Exponential back-off for a failing source: the first retry after {@code min(interval, initial)}, each
 * further one twice as late, never later than {@code max(interval, max)}; spread by ±10 % so that sources
 * failing together (the network, say) do not come back in lockstep.
 */
final class BackOff {

    private BackOff() {
    }

    /** @param random a number in [0, 1) */
    static Duration delay(Duration interval, int failures, Duration initial, Duration max, double random) {
        Duration base = interval.compareTo(initial) < 0 ? interval : initial;
        Duration cap = interval.compareTo(max) > 0 ? interval : max;
        int doublings = Math.min(Math.max(failures - 1, 0), 30);
        Duration delay;
        try {
            delay = base.multipliedBy(1L << doublings);
        } catch (ArithmeticException e) {
            delay = cap;
        }
        if (delay.compareTo(cap) > 0) {
            delay = cap;
        }
        double spread = 0.9 + 0.2 * random;
        return Duration.ofMillis(Math.round(delay.toMillis() * spread));
    }
}
