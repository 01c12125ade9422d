package org.communique.ingest.stories;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.communique.ingest.IngestConfig;

import java.time.Instant;

/** Band hashes older than the story window can no longer match anything; they are deleted. */
@ApplicationScoped
public class StoryBandPruner {

    private final EntityManager entityManager;

    private final IngestConfig config;

    public StoryBandPruner(EntityManager entityManager, IngestConfig config) {
        this.entityManager = entityManager;
        this.config = config;
    }

    @Scheduled(identity = "story-band-pruner", every = "1h", delayed = "5m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void prune() {
        entityManager.createNativeQuery("DELETE FROM story_bands WHERE ingested_at < :cutoff")
                .setParameter("cutoff", Instant.now().minus(config.stories().window()))
                .executeUpdate();
    }
}
