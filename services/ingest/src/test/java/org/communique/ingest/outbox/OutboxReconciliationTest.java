package org.communique.ingest.outbox;

import org.communique.outbox.OutboxMessage;
import org.communique.outbox.OutboxEvent;
import org.communique.outbox.OutboxSender;
import org.communique.outbox.OutboxRelay;
import io.quarkus.arc.ClientProxy;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.communique.contracts.Topics;
import org.communique.ingest.Feeders;
import org.communique.ingest.Feeders.Feeder;
import org.communique.testing.InProcessKafka;
import org.communique.testing.TopicProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.communique.testing.TopicProbe.header;

/**
 * The gap between Kafka's write and the row being marked sent: a record Kafka has, whose row still looks
 * unsent, is found on the topic and marked sent, never published twice.
 */
@QuarkusTest
class OutboxReconciliationTest {

    private static final String TOPIC = "reconcile.test";

    @Inject
    OutboxSender sender;

    @Inject
    OutboxRelay relay;

    private ControllableSender broker;
    private TopicProbe probe;

    @BeforeEach
    void setUp() {
        broker = new ControllableSender(ClientProxy.unwrap(sender));
        QuarkusMock.installMockForType(broker, OutboxSender.class);
        probe = TopicProbe.of(InProcessKafka.bootstrapServers(), Topics.PRESS_RELEASES);
    }

    @AfterEach
    void tearDown() {
        broker.deliver();
        probe.close();
    }

    @Test
    void lostAcknowledgementDoesNotPublishTwice() {
        broker.loseAcknowledgements();
        Feeder feeder = Feeders.create("Unlucky feeder", "AM");

        String id = feeder.post(Feeders.release("Armenia and Georgia open a new border crossing", "At Bagratashen."))
                .statusCode(202).extract().path("id");
        // Kafka has the record; the relay was told it failed (the row reaches the outbox once the release has its story)
        await().atMost(Duration.ofSeconds(20)).until(() -> attempts(id) >= 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> !probe.recordsWithKey(id).isEmpty());

        broker.deliver();

        await().atMost(Duration.ofSeconds(30)).until(() -> row(id).sentAt != null);
        OutboxMessage settled = row(id);
        assertThat(settled.inDoubt).isFalse();
        assertThat(settled.attempts).as("found on Kafka, not sent again").isEqualTo(1);
        // a later release is published after it, in outbox order: by then a duplicate would be there too
        String later = feeder.post(Feeders.release("A later statement", "Published afterwards."))
                .statusCode(202).extract().path("id");
        await().atMost(Duration.ofSeconds(20)).until(() -> !probe.recordsWithKey(later).isEmpty());
        assertThat(probe.recordsWithKey(id)).extracting(r -> header(r, "ce_id")).containsExactly(id + ":1");
    }

    @Test
    void rowInDoubtThatKafkaHasIsMarkedSentWithoutSending() {
        String ceId = "reconcile-" + UUID.randomUUID();
        produce(ceId);
        long rowId = insertInDoubt(ceId);

        relay.drain();

        await().atMost(Duration.ofSeconds(20)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> OutboxMessage.<OutboxMessage>findById(rowId).sentAt != null));
        OutboxMessage row = QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>findById(rowId));
        assertThat(row.attempts).as("marked sent without a send").isZero();
        try (TopicProbe topic = TopicProbe.of(InProcessKafka.bootstrapServers(), TOPIC)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> !topic.recordsMatching(r -> ceId.equals(header(r, "ce_id"))).isEmpty());
            assertThat(topic.recordsMatching(r -> ceId.equals(header(r, "ce_id")))).hasSize(1);
        }
    }

    @Test
    void rowInDoubtThatKafkaLacksIsSent() {
        String ceId = "reconcile-" + UUID.randomUUID();
        long rowId = insertInDoubt(ceId);

        relay.drain();

        await().atMost(Duration.ofSeconds(20)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> OutboxMessage.<OutboxMessage>findById(rowId).sentAt != null));
        assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>findById(rowId).attempts))
                .isEqualTo(1);
        try (TopicProbe topic = TopicProbe.of(InProcessKafka.bootstrapServers(), TOPIC)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> topic.recordsMatching(r -> ceId.equals(header(r, "ce_id"))).size() == 1);
        }
    }

    private static long insertInDoubt(String ceId) {
        UUID aggregate = UUID.randomUUID();
        OutboxMessage message = OutboxMessage.of(new OutboxEvent(aggregate, TOPIC, aggregate.toString(), ceId,
                "org.communique.test.v1", "/communique/test", Instant.now(), "{}"));
        message.inDoubt = true;
        QuarkusTransaction.requiringNew().run(() -> message.persist());
        return message.id;
    }

    private static void produce(String ceId) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", InProcessKafka.bootstrapServers(), "acks", "all"),
                new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, "key", "{}");
            record.headers().add("ce_id", ceId.getBytes(StandardCharsets.UTF_8));
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The release's outbox row's attempts, -1 while the release still waits for its story (no row yet). */
    private static int attempts(String releaseId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>find("aggregateId",
                UUID.fromString(releaseId)).firstResultOptional().map(row -> row.attempts).orElse(-1));
    }

    private static OutboxMessage row(String releaseId) {
        return QuarkusTransaction.requiringNew().call(
                () -> OutboxMessage.<OutboxMessage>find("aggregateId", UUID.fromString(releaseId)).singleResult());
    }
}
