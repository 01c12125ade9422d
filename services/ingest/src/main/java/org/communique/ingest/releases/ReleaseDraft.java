package org.communique.ingest.releases;

import java.time.Instant;

/**
 * A submission that passed validation: plain-text title and body, parsed values, and what identifies
 * the item within its source (external id, else canonical URL, else content hash).
 */
public record ReleaseDraft(
        String externalId,
        String url,
        String canonicalUrl,
        String language,
        String title,
        String body,
        Instant publishedAt,
        String contentHash) {

    /** The part of the release id that names the item within its source. */
    public String itemKey() {
        if (externalId != null) {
            return "external-id:" + externalId;
        }
        if (canonicalUrl != null) {
            return "url:" + canonicalUrl;
        }
        return "content:" + contentHash;
    }
}
