package org.communique.outbox;

/**
 * Told of every row the broker acknowledged, in the relay's thread, before the batch is marked sent. A
 * service counts its own pipeline stages this way without the shared relay knowing its topics. A listener
 * must be quick and must not throw; a failure is logged and ignored.
 */
public interface PublishedListener {

    void published(OutboxMessage row);
}
