package org.communique.enrichment.api;

import org.communique.contracts.EnrichedRelease;
import org.communique.contracts.Tags;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The same {@link Tags} the enriched-release event carries, each tag listing at most
 * {@value #MAX_MENTIONS_PER_TAG} of its mentions (the first ones): a long release mentioning a country
 * thousands of times would otherwise make an answer several times the size of the text.
 * {@code mentionsOmitted} says how many were left out in all.
 */
public record TagResponse(
        Tags tags,
        @Schema(description = "Mentions left out of the answer: each tag lists at most its first "
                + MAX_MENTIONS_PER_TAG + " mentions") long mentionsOmitted) {

    public static final int MAX_MENTIONS_PER_TAG = EnrichedRelease.MAX_MENTIONS_PER_TAG;

    public static TagResponse of(Tags tags) {
        Tags capped = tags.withMentionsCappedAt(MAX_MENTIONS_PER_TAG);
        return new TagResponse(capped, capped == tags ? 0 : tags.mentionCount() - capped.mentionCount());
    }
}
