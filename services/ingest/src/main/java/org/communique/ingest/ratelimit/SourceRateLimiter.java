package org.communique.ingest.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import org.communique.ingest.IngestConfig;
import org.communique.platform.limits.KeyedLimiter;
import org.communique.platform.problem.ProblemException;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits the requests of each source with platform's Bucket4j {@link KeyedLimiter}: a burst of
 * {@code burst} (at most the source's per-minute limit), refilled at the per-minute limit. Per instance of ingest
 * (so N instances allow N times the rate; the limit is there to stop a runaway feeder, not to meter one
 * precisely). Sources sharing a limit share one limiter; there are as many limiters as distinct limits the
 * admin set, each keeping at most {@value #MAX_SOURCES} sources' buckets.
 */
@ApplicationScoped
public class SourceRateLimiter {

    static final int MAX_SOURCES = 100_000;

    private final IngestConfig config;
    private final Map<Shape, KeyedLimiter> limiters = new ConcurrentHashMap<>();

    public SourceRateLimiter(IngestConfig config) {
        this.config = config;
    }

    /** Passes, or fails with a 429 problem that says when to retry. */
    public void acquire(UUID sourceId, Integer sourceLimitPerMinute) {
        int perMinute = Math.max(1, sourceLimitPerMinute != null ? sourceLimitPerMinute
                : config.rateLimit().requestsPerMinute());
        int capacity = Math.max(1, Math.min(config.rateLimit().burst(), perMinute));
        KeyedLimiter limiter = limiters.computeIfAbsent(new Shape(capacity, perMinute),
                shape -> new KeyedLimiter(shape.capacity(), shape.perMinute(), Duration.ofMinutes(1), MAX_SOURCES));
        KeyedLimiter.Decision decision = limiter.tryAcquire(sourceId.toString());
        if (!decision.allowed()) {
            long retryAfter = Math.max(1, (decision.retryAfter().toMillis() + 999) / 1000);
            throw new ProblemException(429, "too-many-requests", "Too many requests",
                    "this source may make " + perMinute + " requests a minute; retry in " + retryAfter + " s", null,
                    Map.of("Retry-After", Long.toString(retryAfter)));
        }
    }

    private record Shape(int capacity, int perMinute) {
    }
}
