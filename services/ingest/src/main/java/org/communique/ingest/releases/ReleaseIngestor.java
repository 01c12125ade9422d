package org.communique.ingest.releases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.communique.contracts.SourceRef;
import org.communique.ingest.stories.StoryQueue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Stores a submitted release and, in the same transaction, its event on the story queue, from where it
 * reaches the outbox once its story is known. Submissions of one item are serialised by a row lock (or,
 * for a new item, by the primary key), so each content change gets exactly one new version however many
 * copies arrive at once; submissions of different items never wait on each other.
 */
@ApplicationScoped
public class ReleaseIngestor {

    private final StoryQueue stories;

    public ReleaseIngestor(StoryQueue stories) {
        this.stories = stories;
    }

    @Transactional
    public IngestReceipt ingest(SourceRef source, ReleaseDraft draft) {
        UUID id = ReleaseIds.of(source.id(), draft);
        // PostgreSQL keeps microseconds: what is stored is what gets published
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

        Release current = Release.findForUpdate(id);
        if (current == null) {
            Release created = Release.firstVersion(id, source.id(), draft, now);
            if (created.insertIfAbsent()) {
                stories.enqueue(ReleaseEvents.ingested(created, source));
                return new IngestReceipt(id, created.version, IngestStatus.CREATED);
            }
            current = Release.findForUpdate(id);
        }
        if (current.contentHash.equals(draft.contentHash())) {
            return new IngestReceipt(id, current.version, IngestStatus.UNCHANGED);
        }
        current.revise(draft, now);
        stories.enqueue(ReleaseEvents.ingested(current, source));
        return new IngestReceipt(id, current.version, IngestStatus.UPDATED);
    }
}
