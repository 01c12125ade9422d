package org.communique.ingest.sources;

import org.communique.contracts.SourceRef;

/** What a request needs of the source that authenticated it; a snapshot, safe to keep across requests. */
public record KnownSource(SourceRef ref, String language, Integer rateLimitPerMinute) {

    static KnownSource of(Source source) {
        return new KnownSource(source.ref(), source.language, source.rateLimitPerMinute);
    }
}
