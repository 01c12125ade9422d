package org.communique.ingest.ratelimit;

/**
 * A token bucket: up to {@code capacity} requests at once, refilled at {@code perMinute} a minute. Times are
 * nanoseconds from any fixed origin ({@link System#nanoTime()}), so tests can pass their own.
 */
final class TokenBucket {

    private final double capacity;
    private final double tokensPerNano;
    private double tokens;
    private long updatedAt;

    TokenBucket(int capacity, int perMinute, long now) {
        this.capacity = capacity;
        this.tokensPerNano = perMinute / 60e9;
        this.tokens = capacity;
        this.updatedAt = now;
    }

    /** 0 if a request may go now (and takes its token), else nanoseconds until one may. */
    synchronized long take(long now) {
        tokens = Math.min(capacity, tokens + (now - updatedAt) * tokensPerNano);
        updatedAt = now;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / tokensPerNano);
    }

    boolean sameShape(int capacity, int perMinute) {
        return this.capacity == capacity && Math.abs(tokensPerNano - perMinute / 60e9) < 1e-18;
    }
}
