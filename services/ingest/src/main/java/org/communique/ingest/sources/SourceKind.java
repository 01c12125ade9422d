package org.communique.ingest.sources;

/** How releases reach ingest from a source: pushed through the REST API, or polled from a feed or page. */
public enum SourceKind {
    PUSH,
    RSS,
    ATOM,
    HTML;

    public boolean polled() {
        return this != PUSH;
    }
}
