package org.communique.ingest.releases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.communique.contracts.SourceRef;
import org.communique.outbox.Outbox;
import org.communique.ingest.stories.StoryAssigner;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Stores a submitted release and, in the same transaction, the outbox row of its event. Submissions of
 * one item are serialised by a row lock (or, for a new item, by the primary key), so each content change
 * gets exactly one new version however many copies arrive at once.
 */
@ApplicationScoped
public class ReleaseIngestor {

    @Inject
    Outbox outbox;

    @Inject
    StoryAssigner stories;

    @Transactional
    public IngestReceipt ingest(SourceRef source, ReleaseDraft draft) {
        UUID id = ReleaseIds.of(source.id(), draft);
        // PostgreSQL keeps microseconds: what is stored is what gets published
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

        Release current = Release.findForUpdate(id);
        if (current == null) {
            Release created = Release.firstVersion(id, source.id(), draft, now);
            if (created.insertIfAbsent()) {
                created.storyId = stories.assign(id, null, created.title, created.body, now);
                outbox.append(ReleaseEvents.ingested(created, source));
                return new IngestReceipt(id, created.version, IngestStatus.CREATED);
            }
            current = Release.findForUpdate(id);
        }
        if (current.contentHash.equals(draft.contentHash())) {
            return new IngestReceipt(id, current.version, IngestStatus.UNCHANGED);
        }
        current.revise(draft, now);
        current.storyId = stories.assign(id, current.storyId, current.title, current.body, now);
        outbox.append(ReleaseEvents.ingested(current, source));
        return new IngestReceipt(id, current.version, IngestStatus.UPDATED);
    }
}
