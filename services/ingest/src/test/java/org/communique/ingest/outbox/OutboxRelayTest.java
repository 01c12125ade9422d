package org.communique.ingest.outbox;

import org.communique.outbox.OutboxMessage;
import org.communique.outbox.OutboxSender;
import io.quarkus.arc.ClientProxy;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.common.errors.NetworkException;
import org.communique.contracts.Topics;
import org.communique.ingest.Feeders;
import org.communique.ingest.Feeders.Feeder;
import org.communique.testing.InProcessKafka;
import org.communique.testing.TopicProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The relay marks a row sent only once Kafka has acknowledged it, whatever the broker does meanwhile. */
@QuarkusTest
class OutboxRelayTest {

    @Inject
    OutboxSender sender;

    private ControllableSender broker;
    private Feeder feeder;
    private TopicProbe probe;

    @BeforeEach
    void setUp() {
        broker = new ControllableSender(ClientProxy.unwrap(sender));
        QuarkusMock.installMockForType(broker, OutboxSender.class);
        feeder = Feeders.create("Relay feeder", "UZ");
        probe = TopicProbe.of(InProcessKafka.bootstrapServers(), Topics.PRESS_RELEASES);
    }

    @AfterEach
    void tearDown() {
        broker.deliver();
        probe.close();
    }

    @Test
    void refusedRecordStaysUnsentAndIsRetriedUntilKafkaTakesIt() {
        broker.failWith(new NetworkException("broker unreachable (test)"));

        UUID id = post("Uzbekistan and Tajikistan sign a water-sharing protocol");

        await().atMost(Duration.ofSeconds(20)).until(() -> row(id).attempts >= 2);
        OutboxMessage failing = row(id);
        assertThat(failing.sentAt).isNull();
        assertThat(failing.lastError).contains("NetworkException").contains("broker unreachable (test)");
        assertThat(backlogGauge()).isGreaterThanOrEqualTo(1);
        assertThat(probe.recordsWithKey(id.toString())).isEmpty();

        broker.deliver();

        await().atMost(Duration.ofSeconds(20)).until(() -> row(id).sentAt != null);
        assertThat(row(id).lastError).isNull();
        await().atMost(Duration.ofSeconds(20)).until(() -> probe.recordsWithKey(id.toString()).size() == 1);
    }

    @Test
    void rowIsMarkedSentOnlyAfterTheAcknowledgement() {
        broker.holdAcknowledgements();

        UUID id = post("Foreign minister of Uzbekistan to attend a summit in Baku");

        await().atMost(Duration.ofSeconds(20)).until(() -> broker.heldCount() >= 1);
        assertThat(row(id).sentAt).isNull();

        broker.deliver();

        await().atMost(Duration.ofSeconds(20)).until(() -> row(id).sentAt != null);
        assertThat(row(id).attempts).isEqualTo(1);
        // the probe's consumer may still be joining: wait for the record, then check there is only one
        await().atMost(Duration.ofSeconds(20)).until(() -> !probe.recordsWithKey(id.toString()).isEmpty());
        assertThat(probe.recordsWithKey(id.toString())).hasSize(1);
    }

    private UUID post(String title) {
        String id = feeder.post(Feeders.release(title, "Details will follow in a separate statement."))
                .statusCode(202).extract().path("id");
        return UUID.fromString(id);
    }

    private static OutboxMessage row(UUID releaseId) {
        return QuarkusTransaction.requiringNew().call(
                () -> OutboxMessage.<OutboxMessage>find("aggregateId", releaseId).singleResult());
    }

    private static double backlogGauge() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines()
                .filter(line -> line.startsWith("communique_outbox_backlog"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no backlog gauge in /q/metrics"));
    }
}
