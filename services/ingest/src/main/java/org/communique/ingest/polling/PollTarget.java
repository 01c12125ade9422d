package org.communique.ingest.polling;

import org.communique.contracts.SourceRef;
import org.communique.ingest.sources.Source;
import org.communique.ingest.sources.SourceDefinition.HtmlSelectors;
import org.communique.ingest.sources.SourceKind;
import org.communique.ingest.sources.SourcePoll;

import java.net.URI;
import java.util.UUID;

/** What a poll needs to know about its source, read before the poll so that no transaction spans the fetch. */
record PollTarget(UUID id, SourceRef ref, SourceKind kind, URI url, String language, HtmlSelectors selectors,
                  Validators validators) {

    static PollTarget of(Source source, SourcePoll poll) {
        HtmlSelectors selectors = source.kind == SourceKind.HTML
                ? new HtmlSelectors(source.listSelector, source.titleSelector, source.bodySelector, source.dateSelector)
                : null;
        Validators validators = poll == null ? Validators.NONE : new Validators(poll.etag, poll.lastModified);
        return new PollTarget(source.id, source.ref(), source.kind, URI.create(source.url), source.language,
                selectors, validators);
    }
}
