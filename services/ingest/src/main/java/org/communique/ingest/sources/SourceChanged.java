package org.communique.ingest.sources;

/** Fired in a transaction that changes a source (its keys, its settings, whether it is enabled). */
record SourceChanged() {
}
