package org.communique.platform.limits;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A token bucket per key (client address, e-mail address, subscription), by Bucket4j. The number of
 * keys kept is bounded: past {@code maxKeys} the least recently used key's bucket is dropped, so a
 * caller who invents keys costs a bounded amount of memory (its dropped keys start full again, which
 * only ever favours honest callers who come back).
 *
 * <p>Buckets live in this instance's memory: a limit of N per period here is N per period per instance.
 * Quotas that must hold across instances (subscriptions per address, in total) are counted in the
 * database instead.
 */
public final class KeyedLimiter {

    private final long capacity;
    private final long refill;
    private final Duration period;
    private final Map<String, Bucket> buckets;

    /**
     * @param capacity how many requests a key may make at once, refilled evenly over {@code period}
     */
    public KeyedLimiter(long capacity, Duration period, int maxKeys) {
        this(capacity, capacity, period, maxKeys);
    }

    /**
     * @param capacity how many requests a key may make at once (its burst)
     * @param refill   how many tokens come back, evenly, over each {@code period} (its rate)
     */
    public KeyedLimiter(long capacity, long refill, Duration period, int maxKeys) {
        if (capacity < 1 || refill < 1 || period.isNegative() || period.isZero() || maxKeys < 1) {
            throw new IllegalArgumentException("a limiter needs capacity >= 1, refill >= 1, a positive period and maxKeys >= 1");
        }
        this.capacity = capacity;
        this.refill = refill;
        this.period = period;
        this.buckets = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxKeys;
            }
        };
    }

    /** Takes one token for {@code key}; refused answers say when the next token comes. */
    public Decision tryAcquire(String key) {
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(key, k -> Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(refill, period).build())
                    .build());
        }
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Decision.ALLOWED
                : new Decision(false, Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Throws a 429 problem unless {@code key} has a token left. */
    public void acquireOrThrow(String key, String what) {
        Decision decision = tryAcquire(key);
        if (!decision.allowed()) {
            throw Limits.tooManyRequests(what + ": at most " + refill + " per " + Limits.describe(period),
                    decision.retryAfter());
        }
    }

    public long capacity() {
        return capacity;
    }

    public long refill() {
        return refill;
    }

    public Duration period() {
        return period;
    }

    int keys() {
        synchronized (buckets) {
            return buckets.size();
        }
    }

    public record Decision(boolean allowed, Duration retryAfter) {
        static final Decision ALLOWED = new Decision(true, Duration.ZERO);
    }
}
