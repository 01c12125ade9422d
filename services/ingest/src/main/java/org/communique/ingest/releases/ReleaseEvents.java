package org.communique.ingest.releases;

import org.communique.contracts.EventJson;
import org.communique.contracts.EventTypes;
import org.communique.contracts.PressRelease;
import org.communique.contracts.SourceRef;
import org.communique.contracts.Topics;
import org.communique.outbox.OutboxEvent;

/** The {@code org.communique.release.ingested.v1} event of one release version. */
final class ReleaseEvents {

    static final String SOURCE_PREFIX = "/communique/ingest/sources/";

    private ReleaseEvents() {
    }

    static OutboxEvent ingested(Release release, SourceRef source) {
        PressRelease event = new PressRelease(release.id, release.version, source, release.url, release.language,
                release.title, release.body, release.publishedAt, release.ingestedAt, release.contentHash,
                release.storyId == null ? null : release.storyId.toString());
        return new OutboxEvent(
                release.id,
                Topics.PRESS_RELEASES,
                release.id.toString(),
                release.id + ":" + release.version,
                EventTypes.RELEASE_INGESTED,
                SOURCE_PREFIX + source.id(),
                release.ingestedAt,
                EventJson.encode(event));
    }
}
