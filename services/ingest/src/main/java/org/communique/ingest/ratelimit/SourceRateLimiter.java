package org.communique.ingest.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.communique.ingest.IngestConfig;
import org.communique.platform.problem.ProblemException;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Limits the requests of each source, per instance of ingest (so N instances allow N times the rate; the
 * limit is there to stop a runaway feeder, not to meter one precisely).
 */
@ApplicationScoped
public class SourceRateLimiter {

    @Inject
    IngestConfig config;

    private final Map<UUID, TokenBucket> buckets = new ConcurrentHashMap<>();

    /** Passes, or fails with a 429 problem that says when to retry. */
    public void acquire(UUID sourceId, Integer sourceLimitPerMinute) {
        int perMinute = sourceLimitPerMinute != null ? sourceLimitPerMinute : config.rateLimit().requestsPerMinute();
        int capacity = Math.max(1, Math.min(config.rateLimit().burst(), perMinute));
        long now = System.nanoTime();
        TokenBucket bucket = buckets.compute(sourceId, (id, existing) ->
                existing != null && existing.sameShape(capacity, perMinute) ? existing
                        : new TokenBucket(capacity, perMinute, now));
        long waitNanos = bucket.take(now);
        if (waitNanos > 0) {
            long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(waitNanos + 999_999_999L));
            throw new ProblemException(429, "too-many-requests", "Too many requests",
                    "this source may make " + perMinute + " requests a minute; retry in " + retryAfter + " s", null,
                    Map.of("Retry-After", Long.toString(retryAfter)));
        }
    }
}
