package org.communique.enrichment.releases;

import org.communique.contracts.EnrichedRelease;
import org.communique.contracts.EventJson;
import org.communique.contracts.PressRelease;
import org.communique.contracts.Tagged;
import org.communique.contracts.Tags;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * An enriched release cut to fit one Kafka record: each tag's mentions are cut to the first
 * {@value EnrichedRelease#MAX_MENTIONS_PER_TAG}, then to 10, 1 and none while the JSON is over
 * {@value EnrichedRelease#MAX_JSON_BYTES} bytes. Every tag and event stays. A release the ingest accepts
 * (200,000 characters of text at most) always fits; anything still too big is refused with a reason, which
 * sends the release to the dead-letter topic on its own instead of failing its whole batch at the producer.
 */
record BoundedEvent(EnrichedRelease event, String json) {

    private static final int[] MENTION_CAPS = {EnrichedRelease.MAX_MENTIONS_PER_TAG, 10, 1, 0};

    static BoundedEvent of(PressRelease release, Tags tags, Instant enrichedAt) {
        return of(release, tags, wholeText(release), enrichedAt, EnrichedRelease.MAX_JSON_BYTES);
    }

    static BoundedEvent of(PressRelease release, Tags tags, Tagged tagged, Instant enrichedAt) {
        return of(release, tags, tagged, enrichedAt, EnrichedRelease.MAX_JSON_BYTES);
    }

    static BoundedEvent of(PressRelease release, Tags tags, Instant enrichedAt, int maxBytes) {
        return of(release, tags, wholeText(release), enrichedAt, maxBytes);
    }

    private static Tagged wholeText(PressRelease release) {
        return Tagged.whole(release.body() == null ? 0 : release.body().length());
    }

    static BoundedEvent of(PressRelease release, Tags tags, Tagged tagged, Instant enrichedAt, int maxBytes) {
        long mentions = tags.mentionCount();
        int bytes = 0;
        for (int cap : MENTION_CAPS) {
            Tags capped = tags.withMentionsCappedAt(cap);
            EnrichedRelease event = new EnrichedRelease(release, capped, enrichedAt,
                    capped == tags ? 0 : mentions - capped.mentionCount(), tagged);
            String json = EventJson.encode(event);
            bytes = utf8Length(json);
            if (bytes <= maxBytes) {
                return new BoundedEvent(event, json);
            }
        }
        throw new TooLarge("the enriched release would be " + bytes + " bytes of JSON even without mentions, over the "
                + maxBytes + " a record may carry");
    }

    private static int utf8Length(String json) {
        return json.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The release cannot be published enriched within the record size; it goes to the dead-letter topic. */
    static final class TooLarge extends RuntimeException {
        TooLarge(String message) {
            super(message);
        }
    }
}
