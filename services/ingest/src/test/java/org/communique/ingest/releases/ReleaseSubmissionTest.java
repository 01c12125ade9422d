package org.communique.ingest.releases;

import org.communique.ingest.QueuedEvents;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.communique.contracts.EventJson;
import org.communique.contracts.PressRelease;
import org.communique.contracts.Topics;
import org.communique.ingest.Feeders;
import org.communique.ingest.Feeders.Feeder;
import org.communique.outbox.OutboxMessage;
import org.communique.testing.InProcessKafka;
import org.communique.testing.TopicProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.communique.testing.TopicProbe.header;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ReleaseSubmissionTest {

    private Feeder feeder;
    private TopicProbe probe;

    @BeforeEach
    void setUp() {
        feeder = Feeders.create("Ministry of Foreign Affairs of Kyrgyzstan", "KG");
        probe = TopicProbe.of(InProcessKafka.bootstrapServers(), Topics.PRESS_RELEASES);
    }

    @AfterEach
    void tearDown() {
        probe.close();
    }

    @Test
    void newReleaseIsAcceptedAndPublishedOnceWithCloudEventsHeaders() {
        Map<String, Object> release = Feeders.release(
                "Foreign ministers of Kyrgyzstan and Uzbekistan discuss border demarcation",
                "The ministers met in Bishkek and reviewed the work of the joint commission.");
        release.put("externalId", "kg-2026-0412");
        release.put("url", "https://mfa.gov.kg/en/news/2026-0412");
        release.put("language", "en");
        release.put("publishedAt", "2026-04-12T09:30:00+06:00");

        String id = feeder.post(release)
                .statusCode(202)
                .header("Location", endsWith("/api/v1/releases/" + ReleaseIds.of(feeder.source().id(), draftOf(release))))
                .body("version", equalTo(1))
                .body("status", equalTo("created"))
                .extract().path("id");

        ConsumerRecord<String, String> record = awaitEvents(id, 1).get(0);
        assertThat(header(record, "ce_id")).isEqualTo(id + ":1");
        assertThat(header(record, "ce_type")).isEqualTo("org.communique.release.ingested.v1");
        assertThat(header(record, "ce_source")).isEqualTo("/communique/ingest/sources/" + feeder.source().id());
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_time")).isNotBlank();

        PressRelease event = EventJson.decode(record.value(), PressRelease.class);
        assertThat(event.id()).isEqualTo(UUID.fromString(id));
        assertThat(event.version()).isEqualTo(1);
        assertThat(event.source()).isEqualTo(feeder.source());
        assertThat(event.url()).isEqualTo("https://mfa.gov.kg/en/news/2026-0412");
        assertThat(event.language()).isEqualTo("en");
        assertThat(event.publishedAt()).isEqualTo(Instant.parse("2026-04-12T03:30:00Z"));
        assertThat(event.title()).isEqualTo("Foreign ministers of Kyrgyzstan and Uzbekistan discuss border demarcation");
        assertThat(event.contentHash()).isEqualTo(ContentHash.of(event.title(), event.body()));
        assertThat(event.ingestedAt()).isNotNull();
    }

    @Test
    void samItemAgainKeepsItsIdAndPublishesNothingNew() {
        Map<String, Object> release = Feeders.release("Kyrgyzstan opens an honorary consulate in Tbilisi",
                "The consulate will assist citizens of Kyrgyzstan travelling in Georgia.");
        release.put("url", "https://mfa.gov.kg/en/news/consulate-tbilisi");
        String id = feeder.post(release).statusCode(202).body("status", equalTo("created")).extract().path("id");
        awaitEvents(id, 1);

        // the same item, reformatted and with a tracking parameter: same id, same content
        release.put("url", "HTTPS://MFA.GOV.KG/en/news/consulate-tbilisi/?utm_source=telegram");
        release.put("body", "The consulate will assist citizens of Kyrgyzstan\n   travelling in Georgia. ");
        feeder.post(release)
                .statusCode(202)
                .header("Location", endsWith("/api/v1/releases/" + id))
                .body("id", equalTo(id))
                .body("version", equalTo(1))
                .body("status", equalTo("unchanged"));

        assertThat(outboxRowsOf(id)).isEqualTo(1);
        // the relay publishes in outbox order: once a later release is on the topic, nothing else is coming
        String later = feeder.post(Feeders.release("A later release", "Published after the re-submission."))
                .statusCode(202).extract().path("id");
        awaitEvents(later, 1);
        assertThat(probe.recordsWithKey(id)).hasSize(1);
    }

    @Test
    void editedItemBecomesVersionTwoWithItsOwnEvent() {
        Map<String, Object> release = Feeders.release("Delegation of Kyrgyzstan to visit Astana",
                "The delegation will arrive on 20 May.");
        release.put("externalId", "kg-visit-astana");
        String id = feeder.post(release).statusCode(202).extract().path("id");

        release.put("body", "The delegation will arrive on 21 May.");
        feeder.post(release)
                .statusCode(202)
                .body("id", equalTo(id))
                .body("version", equalTo(2))
                .body("status", equalTo("updated"));

        List<ConsumerRecord<String, String>> events = awaitEvents(id, 2);
        assertThat(events).extracting(r -> header(r, "ce_id")).containsExactly(id + ":1", id + ":2");
        PressRelease second = EventJson.decode(events.get(1).value(), PressRelease.class);
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.body()).isEqualTo("The delegation will arrive on 21 May.");

        feeder.get(id).statusCode(200).body("version", equalTo(2)).body("body", equalTo(second.body()));
    }

    @Test
    void htmlBodyIsStoredAndPublishedAsPlainText() {
        String id = feeder.post(Feeders.release("Talks in <b>Bishkek</b> &amp; Osh",
                        "<p>First&nbsp;paragraph.</p><script>alert(1)</script><p>Second<br>line.</p>"))
                .statusCode(202).extract().path("id");

        feeder.get(id).statusCode(200)
                .body("title", equalTo("Talks in Bishkek & Osh"))
                .body("body", equalTo("First paragraph.\n\nSecond\nline."));
        PressRelease event = EventJson.decode(awaitEvents(id, 1).get(0).value(), PressRelease.class);
        assertThat(event.body()).isEqualTo("First paragraph.\n\nSecond\nline.");
    }

    @Test
    void sourceReadsBackItsRelease() {
        Map<String, Object> release = Feeders.release("Consultations on consular matters",
                "Consular departments of the two ministries held regular consultations.");
        release.put("language", "EN");
        release.put("publishedAt", "2026-02-03T10:00:00Z");
        String id = feeder.post(release).statusCode(202).extract().path("id");
        PressRelease event = EventJson.decode(awaitEvents(id, 1).get(0).value(), PressRelease.class);

        feeder.get(id)
                .statusCode(200)
                .body("id", equalTo(id))
                .body("version", equalTo(1))
                .body("source.id", equalTo(feeder.source().id().toString()))
                .body("source.name", equalTo(feeder.source().name()))
                .body("source.country", equalTo("KG"))
                .body("language", equalTo("en"))
                .body("title", equalTo("Consultations on consular matters"))
                .body("publishedAt", equalTo("2026-02-03T10:00:00Z"))
                .body("ingestedAt", equalTo(event.ingestedAt().toString()))
                .body("contentHash", equalTo(event.contentHash()));
    }

    @Test
    void sourceCannotReadAnotherSourcesRelease() {
        String id = feeder.post(Feeders.release("Internal schedule", "Not for other sources."))
                .statusCode(202).extract().path("id");
        Feeder other = Feeders.create("Ministry of Foreign Affairs of Kazakhstan", "KZ");

        other.get(id)
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://communique.org/problems/not-found"))
                .body("status", equalTo(404));
        other.get("not-a-uuid").statusCode(404).contentType("application/problem+json");
        feeder.get(UUID.randomUUID().toString()).statusCode(404).contentType("application/problem+json");
    }

    @Test
    void sameItemFromTwoSourcesGetsTwoIds() {
        Map<String, Object> release = Feeders.release("Joint statement", "Both ministries publish the same text.");
        release.put("externalId", "joint-1");
        Feeder other = Feeders.create("Ministry of Foreign Affairs of Kazakhstan", "KZ");

        String mine = feeder.post(release).statusCode(202).extract().path("id");
        String theirs = other.post(release).statusCode(202).body("status", equalTo("created")).extract().path("id");

        assertThat(theirs).isNotEqualTo(mine);
    }

    private List<ConsumerRecord<String, String>> awaitEvents(String id, int count) {
        return await().atMost(Duration.ofSeconds(20))
                .until(() -> probe.recordsWithKey(id), records -> records.size() >= count);
    }

    private static long outboxRowsOf(String id) {
        return QueuedEvents.ofRelease(id);
    }

    private static ReleaseDraft draftOf(Map<String, Object> release) {
        return SubmissionValidator.validate(new ReleaseSubmission((String) release.get("externalId"),
                (String) release.get("url"), (String) release.get("title"), (String) release.get("body"),
                (String) release.get("language"), (String) release.get("publishedAt")));
    }
}
