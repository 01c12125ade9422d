package org.communique.ingest.sources;

/** How releases reach ingest from a source: pushed through the REST API, or polled (later issues). */
public enum SourceKind {
    PUSH,
    RSS,
    ATOM,
    HTML
}
