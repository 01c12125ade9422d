package org.communique.enrichment.api;

import jakarta.enterprise.context.ApplicationScoped;
import org.communique.enrichment.EnrichmentConfig;
import org.communique.platform.limits.KeyedLimiter;
import org.communique.platform.problem.ProblemException;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/** The rate per client and the number of taggings at once of {@code /api/v1/tag}, on this instance. */
@ApplicationScoped
public class TagLimits {

    private final KeyedLimiter perClient;
    private final Semaphore running;
    private final int maxConcurrent;

    public TagLimits(EnrichmentConfig config) {
        EnrichmentConfig.Tag tag = config.tag();
        this.perClient = new KeyedLimiter(tag.requestsPerClientPerMinute(), Duration.ofMinutes(1), tag.trackedClients());
        this.maxConcurrent = tag.maxConcurrent();
        this.running = new Semaphore(maxConcurrent);
    }

    /** Runs {@code tagging} if the client has a call left and a slot is free; 429 or 503 otherwise. */
    <T> T run(String client, Supplier<T> tagging) {
        perClient.acquireOrThrow(client, "tag requests from one address");
        if (!running.tryAcquire()) {
            throw new ProblemException(503, "busy", "Busy",
                    "this instance is already tagging " + maxConcurrent + " texts; retry in a moment", null,
                    Map.of("Retry-After", "1"));
        }
        try {
            return tagging.get();
        } finally {
            running.release();
        }
    }

}
