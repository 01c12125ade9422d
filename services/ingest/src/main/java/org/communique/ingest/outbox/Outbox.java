package org.communique.ingest.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Queues events in the caller's transaction; they are published only if that transaction commits. */
@ApplicationScoped
public class Outbox {

    @Inject
    Event<OutboxAppended> appended;

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(OutboxEvent event) {
        OutboxMessage.of(event).persist();
        appended.fire(new OutboxAppended());
    }
}
