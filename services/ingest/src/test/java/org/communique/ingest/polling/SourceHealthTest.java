package org.communique.ingest.polling;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.communique.contracts.EventJson;
import org.communique.platform.net.ErrorText;
import org.communique.contracts.Topics;
import org.communique.ingest.Admin;
import org.communique.contracts.SourceStatus;
import org.communique.contracts.SourceHealth;
import org.communique.testing.InProcessKafka;
import org.communique.testing.TopicProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.communique.testing.TopicProbe.header;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** A broken source is noticed: FAILING after three failed polls in a row, told once on sources.health. */
@QuarkusTest
class SourceHealthTest {

    @Inject
    SourcePoller poller;

    private FeedServer server;
    private TopicProbe health;

    @BeforeEach
    void setUp() {
        server = FeedServer.start();
        health = TopicProbe.of(InProcessKafka.bootstrapServers(), Topics.SOURCES_HEALTH);
    }

    @AfterEach
    void tearDown() {
        server.close();
        health.close();
    }

    @Test
    void failingSourceIsReportedOnceAndItsRecoveryToo() {
        FeedServer.Page feed = server.page("/broken.rss").status(500).body("error", StandardCharsets.UTF_8, "text/plain");
        UUID source = PolledSources.create("RSS", server.url("/broken.rss"));

        poller.poll(source);
        poller.poll(source);
        assertThat(PolledSources.state(source).status).isEqualTo(SourceStatus.DEGRADED);
        poller.poll(source);
        poller.poll(source);

        Admin.source(source.toString()).statusCode(200)
                .body("health.status", equalTo("FAILING"))
                .body("health.consecutiveFailures", equalTo(4))
                .body("health.lastError", startsWith("HTTP 500 from "));
        ConsumerRecord<String, String> failing = await().atMost(Duration.ofSeconds(20))
                .until(() -> events(source), events -> !events.isEmpty()).get(0);
        assertThat(failing.key()).isEqualTo(source.toString());
        assertThat(header(failing, "ce_type")).isEqualTo("org.communique.source.health.v1");
        SourceHealth event = EventJson.decode(failing.value(), SourceHealth.class);
        assertThat(event.source().id()).isEqualTo(source);
        assertThat(event.status()).isEqualTo(SourceStatus.FAILING);
        assertThat(event.previousStatus()).isEqualTo(SourceStatus.DEGRADED);
        assertThat(event.consecutiveFailures()).isEqualTo(3);
        // the test's site is on localhost, an internal address: errors never show one
        assertThat(event.lastError()).isEqualTo("HTTP 500 from " + ErrorText.INTERNAL);
        assertThat(event.url()).isEqualTo(server.url("/broken.rss"));

        feed.status(200).body(Feeds.rss("UTF-8", Feeds.item("back", "Site restored", "Normal service.")),
                StandardCharsets.UTF_8, "application/rss+xml");
        poller.poll(source);

        List<ConsumerRecord<String, String>> events = await().atMost(Duration.ofSeconds(20))
                .until(() -> events(source), all -> all.size() >= 2);
        assertThat(events).hasSize(2);
        SourceHealth recovered = EventJson.decode(events.get(1).value(), SourceHealth.class);
        assertThat(recovered.status()).isEqualTo(SourceStatus.OK);
        assertThat(recovered.previousStatus()).isEqualTo(SourceStatus.FAILING);
        assertThat(recovered.consecutiveFailures()).isZero();
        Admin.source(source.toString()).body("health.status", equalTo("OK"));
    }

    private List<ConsumerRecord<String, String>> events(UUID source) {
        return health.recordsWithKey(source.toString());
    }
}
