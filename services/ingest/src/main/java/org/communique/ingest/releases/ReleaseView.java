package org.communique.ingest.releases;

import org.communique.contracts.SourceRef;

import java.time.Instant;
import java.util.UUID;

/** A stored release as its source reads it back. */
public record ReleaseView(
        UUID id,
        int version,
        SourceRef source,
        String externalId,
        String url,
        String language,
        String title,
        String body,
        Instant publishedAt,
        Instant ingestedAt,
        String contentHash,
        UUID storyId) {

    static ReleaseView of(Release release, SourceRef source) {
        return new ReleaseView(release.id, release.version, source, release.externalId, release.url,
                release.language, release.title, release.body, release.publishedAt, release.ingestedAt,
                release.contentHash, release.storyId);
    }
}
