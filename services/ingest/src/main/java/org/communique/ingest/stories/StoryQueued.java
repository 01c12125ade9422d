package org.communique.ingest.stories;

/** Fired when a transaction queues a release; observed after the commit to wake the assigner up. */
record StoryQueued() {
}
