package org.communique.notifier.alerts;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.communique.contracts.EnrichedRelease;
import org.communique.contracts.EventJson;
import org.communique.notifier.Channels;
import org.communique.notifier.NotifierConfig;
import org.communique.platform.metrics.PipelineMetrics;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Consumes {@code press.releases.enriched} a poll's worth of records at a time, and turns the whole batch
 * into alerts with a few statements per chunk of about {@code alert-chunk-size} alerts, each chunk its own
 * transaction (see {@link AlertWriter#plan}), so that a release matching thousands of subscriptions is
 * being delivered while the rest of its alerts are written. The records are acknowledged once every chunk
 * committed. Idempotent: redelivered records and new versions of a release find their alerts already present.
 * <p>
 * A record that does not decode is nacked on its own and goes to the dead-letter topic. A failure that can
 * pass (the database stopped, unreachable, out of connections) is retried with doubling waits for as long
 * as it lasts; meanwhile no new batch is taken, the connector's queue fills and it pauses the partitions.
 * Any other failure of a batch is narrowed down by writing its records one by one, so that only a record
 * that fails on its own reaches the dead-letter topic. Each try is its own transaction, which is why this
 * method manages transactions itself rather than being {@code @Transactional}.
 */
@ApplicationScoped
public class EnrichedReleaseConsumer {

    private static final Logger LOG = Logger.getLogger(EnrichedReleaseConsumer.class);

    private final AlertWriter writer;
    private final ReleaseBodies bodies;
    private final NotifierConfig.Consumer config;
    private final PipelineMetrics metrics;
    private final Clock clock;
    private volatile boolean stopping;

    public EnrichedReleaseConsumer(AlertWriter writer, ReleaseBodies bodies, NotifierConfig config,
                                   PipelineMetrics metrics, Clock clock) {
        this.writer = writer;
        this.bodies = bodies;
        this.config = config.consumer();
        this.metrics = metrics;
        this.clock = clock;
        metrics.register(PipelineMetrics.Stage.MATCHED, PipelineMetrics.Stage.DEAD_LETTERED);
        metrics.ingestToAlertTimer();
    }

    void onShutdown(@Observes ShutdownEvent event) {
        stopping = true;
    }

    @Incoming(Channels.ENRICHED_RELEASES)
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        List<CompletableFuture<Void>> outcomes = new ArrayList<>();
        List<KafkaRecord<String, String>> decoded = new ArrayList<>();
        List<EnrichedRelease> releases = new ArrayList<>();
        for (KafkaRecord<String, String> record : batch.getRecords()) {
            try {
                releases.add(EventJson.decode(record.getPayload(), EnrichedRelease.class));
                decoded.add(record);
            } catch (RuntimeException e) {
                // not JSON, or not an enriched release: it never will be
                metrics.count(PipelineMetrics.Stage.DEAD_LETTERED);
                outcomes.add(record.nack(e).toCompletableFuture());
            }
        }
        try {
            Optional<RuntimeException> failure = writeRetrying(releases);
            if (failure.isEmpty()) {
                decoded.forEach(record -> outcomes.add(record.ack().toCompletableFuture()));
            } else {
                LOG.infof("a batch of %d releases failed (%s); writing them one by one", releases.size(),
                        failure.get().toString());
                for (int i = 0; i < decoded.size(); i++) {
                    Optional<RuntimeException> alone = writeRetrying(List.of(releases.get(i)));
                    if (alone.isPresent()) {
                        metrics.count(PipelineMetrics.Stage.DEAD_LETTERED);
                    }
                    outcomes.add((alone.isEmpty() ? decoded.get(i).ack() : decoded.get(i).nack(alone.get()))
                            .toCompletableFuture());
                }
            }
        } catch (InterruptedException e) {
            // stopping: the records stay unacknowledged (offsets uncommitted) and come again after a restart
            Thread.currentThread().interrupt();
            LOG.infof("stopped while writing a batch of %d releases; it is consumed again after the restart",
                    releases.size());
        }
        return CompletableFuture.allOf(outcomes.toArray(CompletableFuture[]::new));
    }

    /** Empty once written; the failure when it is not one that can pass. */
    private Optional<RuntimeException> writeRetrying(List<EnrichedRelease> releases) throws InterruptedException {
        Duration wait = config.retryInitialBackoff();
        int failures = 0;
        while (true) {
            try {
                Map<UUID, Integer> inserted = writeInChunks(releases);
                countMatched(releases, inserted);
                if (failures > 0) {
                    LOG.infof("a batch of %d releases went through after %d failed tries", releases.size(), failures);
                }
                return Optional.empty();
            } catch (RuntimeException e) {
                if (!TransientFailures.isTransient(e)) {
                    return Optional.of(e);
                }
                if (stopping) {
                    throw new InterruptedException("stopping");
                }
                if (failures++ == 0) {
                    LOG.warnf("writing a batch of %d releases failed (%s); retrying until it goes through "
                            + "(the partitions pause meanwhile)", releases.size(), e.toString());
                } else {
                    LOG.debugf("writing a batch failed again (%d tries): %s", failures, e.toString());
                }
                Thread.sleep(wait.toMillis());
                wait = wait.multipliedBy(2).compareTo(config.retryMaxBackoff()) > 0
                        ? config.retryMaxBackoff() : wait.multipliedBy(2);
            }
        }
    }

    /**
     * Writes the batch's alerts a chunk per transaction, so that delivery of a large fan-out starts after
     * the first chunk commits instead of after the last. A failure part way leaves the chunks before it
     * committed; the batch is unacknowledged until all are, and writing it again skips what is there.
     */
    private Map<UUID, Integer> writeInChunks(List<EnrichedRelease> releases) {
        AlertWriter.Planned planned = writer.plan(releases, config.alertChunkSize());
        if (!planned.chunks().isEmpty()) {
            remember(planned);
        }
        Map<UUID, Integer> inserted = new HashMap<>();
        for (int i = 0; i < planned.chunks().size(); i++) {
            int chunk = i;
            QuarkusTransaction.requiringNew().call(() -> writer.writeChunk(planned, chunk))
                    .forEach((release, count) -> inserted.merge(release, count, Integer::sum));
        }
        return inserted;
    }

    // before the first chunk commits and hands its alerts to the delivery engine, so that their bodies are built
    // from memory; should the chunk fail, a kept release only takes room in the cache until it is evicted
    private void remember(AlertWriter.Planned planned) {
        try {
            planned.releases().forEach(bodies::remember);
        } catch (RuntimeException e) {
            // only an optimisation: the claim reads the releases from the table
            LOG.debugf("keeping %d releases in memory failed: %s", planned.releases().size(), e.toString());
        }
    }

    private void countMatched(List<EnrichedRelease> releases, Map<UUID, Integer> inserted) {
        if (inserted.isEmpty()) {
            return;
        }
        var now = clock.instant();
        for (EnrichedRelease enriched : releases) {
            Integer alerts = inserted.get(enriched.release().id());
            if (alerts != null && alerts > 0) {
                metrics.count(PipelineMetrics.Stage.MATCHED, alerts);
                metrics.ingestToAlert(Duration.between(enriched.release().ingestedAt(), now));
            }
        }
    }
}
