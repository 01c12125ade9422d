package org.communique.ingest.sources.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.communique.contracts.EventJson;
import org.communique.contracts.EventTypes;
import org.communique.contracts.SourceHealth;
import org.communique.contracts.SourceStatus;
import org.communique.contracts.Topics;
import org.communique.ingest.IngestConfig;
import org.communique.outbox.Outbox;
import org.communique.outbox.OutboxEvent;
import org.communique.ingest.sources.Source;
import org.communique.ingest.sources.SourcePoll;
import org.jboss.logging.Logger;

import java.time.Instant;

/**
 * Keeps each polled source's status: OK after a clean poll; DEGRADED after a failed poll, or one that had to
 * skip items; FAILING once {@code communique.ingest.health.failing-after} polls in a row have failed. Becoming
 * FAILING, and recovering from it, publish a {@link SourceHealth} event through the outbox, in the poll's
 * transaction: operators hear of a broken source once, not on every failed poll.
 */
@ApplicationScoped
public class HealthTracker {

    private static final Logger LOG = Logger.getLogger(HealthTracker.class);
    static final String CE_SOURCE = "/communique/ingest/health";

    private final IngestConfig config;

    private final Outbox outbox;

    public HealthTracker(IngestConfig config, Outbox outbox) {
        this.config = config;
        this.outbox = outbox;
    }

    /** @param itemProblem the first item the poll could not use, or null */
    @Transactional(Transactional.TxType.MANDATORY)
    public void succeeded(SourcePoll poll, String itemProblem, Instant now) {
        SourceStatus previous = poll.status;
        if (itemProblem == null) {
            poll.status = SourceStatus.OK;
        } else {
            poll.status = SourceStatus.DEGRADED;
            poll.recordError(itemProblem, now);
        }
        if (previous == SourceStatus.FAILING) {
            LOG.infof("Source %s recovered (%s)", poll.sourceId, poll.status);
            publish(poll, previous, now);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void failed(SourcePoll poll, String error, Instant now) {
        SourceStatus previous = poll.status;
        poll.recordError(error, now);
        poll.status = poll.consecutiveFailures >= config.health().failingAfter()
                ? SourceStatus.FAILING : SourceStatus.DEGRADED;
        if (poll.status == SourceStatus.FAILING && previous != SourceStatus.FAILING) {
            LOG.warnf("Source %s is FAILING after %d failed polls: %s", poll.sourceId, poll.consecutiveFailures, error);
            publish(poll, previous, now);
        }
    }

    private void publish(SourcePoll poll, SourceStatus previous, Instant now) {
        Source source = Source.findById(poll.sourceId);
        SourceHealth event = new SourceHealth(source.ref(), source.kind.name(), source.url, poll.status, previous,
                poll.consecutiveFailures, poll.lastError, poll.lastErrorAt, poll.lastSuccessAt, now);
        outbox.append(new OutboxEvent(source.id, Topics.SOURCES_HEALTH, source.id.toString(),
                "health:" + source.id + ":" + now,
                EventTypes.SOURCE_HEALTH, CE_SOURCE, now, EventJson.encode(event)));
    }
}
