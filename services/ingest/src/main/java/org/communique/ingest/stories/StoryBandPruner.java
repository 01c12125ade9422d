package org.communique.ingest.stories;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.communique.ingest.IngestConfig;

import java.time.Instant;

/** Band hashes older than the story window can no longer match anything; they are deleted. */
@ApplicationScoped
public class StoryBandPruner {

    @Inject
    EntityManager entityManager;

    @Inject
    IngestConfig config;

    @Scheduled(identity = "story-band-pruner", every = "1h", delayed = "5m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void prune() {
        entityManager.createNativeQuery("DELETE FROM story_bands WHERE ingested_at < :cutoff")
                .setParameter("cutoff", Instant.now().minus(config.stories().window()))
                .executeUpdate();
    }
}
