package org.communique.enrichment.releases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import org.communique.contracts.EnrichedRelease;
import org.communique.contracts.EventJson;
import org.communique.contracts.PressRelease;
import org.communique.contracts.Tagged;
import org.communique.contracts.Tags;

import java.time.Instant;

/**
 * An enriched release cut to fit one Kafka record: each tag's mentions are cut to the first
 * {@value EnrichedRelease#MAX_MENTIONS_PER_TAG}, then to 10, 1 and none while the JSON is over
 * {@value EnrichedRelease#MAX_JSON_BYTES} bytes. Every tag and event stays. A release the ingest accepts
 * (200,000 characters of text at most) always fits; anything still too big is refused with a reason, which
 * sends the release to the dead-letter topic on its own instead of failing its whole batch at the producer.
 *
 * <p>The JSON is {@link EventJson}'s, written straight to the UTF-8 bytes the record carries: their length is the
 * size checked, and the producer sends them as they are. A character outside the Basic Multilingual Plane is
 * written as its four UTF-8 bytes, as the String encoding did (Jackson's byte writer would otherwise escape it as
 * two {@code \}{@code uXXXX}); a lone surrogate, which the String encoding replaced by {@code ?}, is escaped.
 */
record BoundedEvent(EnrichedRelease event, byte[] json) {

    private static final int[] MENTION_CAPS = {EnrichedRelease.MAX_MENTIONS_PER_TAG, 10, 1, 0};
    private static final ObjectWriter JSON = EventJson.mapper().writerFor(EnrichedRelease.class)
            .with(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8);

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
        int bytes = 0;
        for (int cap : MENTION_CAPS) {
            Tags capped = tags.withMentionsCappedAt(cap);
            EnrichedRelease event = new EnrichedRelease(release, capped, enrichedAt,
                    capped == tags ? 0 : tags.mentionCount() - capped.mentionCount(), tagged);
            byte[] json = encode(event);
            bytes = json.length;
            if (bytes <= maxBytes) {
                return new BoundedEvent(event, json);
            }
        }
        throw new TooLarge("the enriched release would be " + bytes + " bytes of JSON even without mentions, over the "
                + maxBytes + " a record may carry");
    }

    private static byte[] encode(EnrichedRelease event) {
        try {
            return JSON.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + EnrichedRelease.class.getSimpleName(), e);
        }
    }

    /** The release cannot be published enriched within the record size; it goes to the dead-letter topic. */
    static final class TooLarge extends RuntimeException {
        TooLarge(String message) {
            super(message);
        }
    }
}
