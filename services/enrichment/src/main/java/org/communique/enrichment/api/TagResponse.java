package org.communique.enrichment.api;

import org.communique.contracts.Tags;

/** The same {@link Tags} the enriched-release event carries. */
public record TagResponse(Tags tags) {
}
