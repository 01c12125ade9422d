package org.communique.ingest.containers;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.communique.contracts.EventJson;
import org.communique.contracts.PressRelease;
import org.communique.contracts.Topics;
import org.communique.ingest.Feeders;
import org.communique.ingest.Feeders.Feeder;
import org.communique.testing.TopicProbe;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Testcontainers;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.communique.testing.TopicProbe.header;
import static org.hamcrest.Matchers.equalTo;

/**
 * The whole path (REST, PostgreSQL, outbox, Kafka) against the real servers in containers. Skipped,
 * before Quarkus starts, where there is no Docker.
 */
@QuarkusTest
@TestProfile(ContainersProfile.class)
@Testcontainers(disabledWithoutDocker = true)
class ReleaseFlowOnContainersTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void releaseIsStoredAndPublishedOnceThenVersioned() {
        Feeder feeder = Feeders.create("Ministry of Foreign Affairs of Turkmenistan", "TM");
        Map<String, Object> release = Feeders.release("Turkmenistan hosts talks on a regional gas pipeline",
                "Delegations met in Ashgabat to review the construction schedule.");
        release.put("externalId", "tm-pipeline-talks");

        String id = feeder.post(release).statusCode(202).body("status", equalTo("created")).extract().path("id");
        feeder.post(release).statusCode(202).body("status", equalTo("unchanged"));
        release.put("body", "Delegations met in Ashgabat and agreed on the construction schedule.");
        feeder.post(release).statusCode(202).body("version", equalTo(2));

        try (TopicProbe probe = TopicProbe.of(bootstrapServers, Topics.PRESS_RELEASES)) {
            List<ConsumerRecord<String, String>> events = await().atMost(Duration.ofSeconds(60))
                    .until(() -> probe.recordsWithKey(id), records -> records.size() >= 2);
            assertThat(events).extracting(r -> header(r, "ce_id")).containsExactly(id + ":1", id + ":2");
            assertThat(EventJson.decode(events.get(1).value(), PressRelease.class).body())
                    .isEqualTo("Delegations met in Ashgabat and agreed on the construction schedule.");
        }
        feeder.get(id).statusCode(200).body("version", equalTo(2));
    }
}
