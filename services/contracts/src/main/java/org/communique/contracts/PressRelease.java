package org.communique.contracts;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A release as ingested ({@code org.communique.release.ingested.v1} on {@link Topics#PRESS_RELEASES}).
 * The id is deterministic per (source, item); an edited item keeps its id and gets {@code version + 1}.
 */
public record PressRelease(
        UUID id,
        int version,
        SourceRef source,
        String url,
        String language,
        String title,
        String body,
        Instant publishedAt,
        Instant ingestedAt,
        String contentHash,
        String storyId) {

    public PressRelease {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(ingestedAt, "ingestedAt");
        Objects.requireNonNull(contentHash, "contentHash");
        if (version < 1) {
            throw new IllegalArgumentException("version must be >= 1");
        }
    }
}
