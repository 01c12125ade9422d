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

    static final String EXTERNAL_ID_KEY = "external-id:";
    static final String URL_KEY = "url:";
    static final String CONTENT_KEY = "content:";

    /** The part of the release id that names the item within its source. */
    public String itemKey() {
        if (externalId != null) {
            return EXTERNAL_ID_KEY + externalId;
        }
        if (canonicalUrl != null) {
            return URL_KEY + canonicalUrl;
        }
        return CONTENT_KEY + contentHash;
    }

    /** The same release with another language, for the source's default when the release names none. */
    public ReleaseDraft withLanguage(String language) {
        return new ReleaseDraft(externalId, url, canonicalUrl, language, title, body, publishedAt, contentHash);
    }
}
