package org.communique.notifier.outbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import org.communique.notifier.Channels;
import org.communique.notifier.NotifierConfig;
import org.communique.notifier.StartupGate;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Publishes outbox rows to Kafka in order and deletes each row once the broker acknowledged it
 * ({@code acks=all}). Rows stay locked (SKIP LOCKED) while in flight, so several instances can relay
 * without publishing the same row twice; a crash between acknowledgement and delete republishes it
 * (at-least-once). Woken right after a commit that wrote rows, and polled as a safety net.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private static final String NEXT_BATCH = """
            SELECT seq, event_id, ce_type, kafka_key, payload, created_at
            FROM outbox ORDER BY seq LIMIT ? FOR UPDATE SKIP LOCKED
            """;
    private static final String DELETE_PUBLISHED = "DELETE FROM outbox WHERE seq = ANY(?)";

    @Inject
    @Channel(Channels.ALERT_DELIVERIES)
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1024)
    Emitter<String> emitter;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    NotifierConfig config;

    @Inject
    DeliveryOutcomes outcomes;

    private final AtomicBoolean queued = new AtomicBoolean();
    private ExecutorService executor;

    @PostConstruct
    void start() {
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Scheduled(every = "${communique.notifier.outbox.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = StartupGate.class)
    void poll() {
        wake();
    }

    /** Asks for a relay round soon; calls while one is already queued are coalesced. */
    public void wake() {
        if (queued.compareAndSet(false, true)) {
            try {
                executor.execute(this::drain);
            } catch (RejectedExecutionException shuttingDown) {
                queued.set(false);
            }
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    private void drain() {
        queued.set(false);
        int batchSize = config.outbox().batchSize();
        int timeoutSeconds = (int) config.outbox().publishTimeout().toSeconds() + 30;
        try {
            boolean full;
            do {
                full = QuarkusTransaction.requiringNew().timeout(timeoutSeconds).call(() -> publishBatch(batchSize));
            } while (full);
        } catch (RuntimeException e) {
            LOG.warnf(e, "outbox relay round failed; retrying on the next poll");
        }
    }

    /** Returns true when a full batch was published and more rows may be waiting. */
    private boolean publishBatch(int batchSize) {
        List<PendingEvent> batch = nextBatch(batchSize);
        Map<Long, CompletableFuture<Void>> acks = new LinkedHashMap<>();
        for (PendingEvent event : batch) {
            acks.put(event.seq(), send(event));
        }
        List<Long> published = new ArrayList<>();
        long deadline = System.nanoTime() + config.outbox().publishTimeout().toNanos();
        for (Map.Entry<Long, CompletableFuture<Void>> ack : acks.entrySet()) {
            try {
                ack.getValue().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                published.add(ack.getKey());
            } catch (ExecutionException | TimeoutException e) {
                LOG.warnf("outbox event %d not acknowledged yet: %s", ack.getKey(), e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        deletePublished(published);
        return published.size() == batchSize;
    }

    private CompletableFuture<Void> send(PendingEvent event) {
        CompletableFuture<Void> ack = new CompletableFuture<>();
        Message<String> message = Message.of(event.payload())
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(event.kafkaKey()).build())
                .addMetadata(OutgoingCloudEventMetadata.<String>builder()
                        .withId(event.eventId().toString())
                        .withType(event.ceType())
                        .withTimestamp(event.createdAt().atZone(ZoneOffset.UTC))
                        .build())
                .withAck(() -> {
                    outcomes.published(event);
                    ack.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    ack.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                });
        try {
            emitter.send(message);
        } catch (RuntimeException e) {
            ack.completeExceptionally(e);
        }
        return ack;
    }

    private List<PendingEvent> nextBatch(int batchSize) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(NEXT_BATCH)) {
            select.setInt(1, batchSize);
            List<PendingEvent> batch = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    batch.add(new PendingEvent(rows.getLong("seq"), rows.getObject("event_id", UUID.class),
                            rows.getString("ce_type"), rows.getString("kafka_key"), rows.getString("payload"),
                            rows.getObject("created_at", OffsetDateTime.class).toInstant()));
                }
            }
            return batch;
        } catch (SQLException e) {
            throw new PersistenceException("cannot read the outbox", e);
        }
    }

    private void deletePublished(List<Long> published) {
        if (published.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(DELETE_PUBLISHED)) {
            delete.setArray(1, connection.createArrayOf("bigint", published.toArray()));
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("cannot delete published outbox rows", e);
        }
    }
}
