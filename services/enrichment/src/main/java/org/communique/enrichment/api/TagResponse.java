package org.communique.enrichment.api;

import org.communique.contracts.EnrichedRelease;
import org.communique.contracts.Tagged;
import org.communique.contracts.Tags;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The same {@link Tags} the enriched-release event carries, each tag listing at most
 * {@value #MAX_MENTIONS_PER_TAG} of its mentions (the first ones): a long release mentioning a country
 * thousands of times would otherwise make an answer several times the size of the text.
 * {@code mentionsOmitted} says how many were left out in all. {@code tagged} says how much of the text was tagged:
 * a text longer than the tagging budget is tagged up to it only ({@code truncated}), as in the enriched event.
 */
public record TagResponse(
        Tags tags,
        @Schema(description = "Mentions left out of the answer: each tag lists at most its first "
                + MAX_MENTIONS_PER_TAG + " mentions") long mentionsOmitted,
        @Schema(description = "How much of the text was tagged: its first `characters` characters; `truncated` when "
                + "the text was longer than the tagging budget (communique.enrichment.tagging.max-characters, "
                + "200,000 by default) and the rest was not tagged. The title is always tagged whole.")
        Tagged tagged) {

    public static final int MAX_MENTIONS_PER_TAG = EnrichedRelease.MAX_MENTIONS_PER_TAG;

    public static TagResponse of(Tags tags, Tagged tagged) {
        Tags capped = tags.withMentionsCappedAt(MAX_MENTIONS_PER_TAG);
        return new TagResponse(capped, capped == tags ? 0 : tags.mentionCount() - capped.mentionCount(), tagged);
    }
}
