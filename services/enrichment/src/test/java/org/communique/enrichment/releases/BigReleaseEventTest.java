package org.communique.enrichment.releases;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.communique.contracts.EnrichedRelease;
import org.communique.contracts.EventJson;
import org.communique.contracts.PressRelease;
import org.communique.contracts.SourceRef;
import org.communique.contracts.Topics;
import org.communique.enrichment.SampleReleases;
import org.communique.testing.InProcessKafka;
import org.communique.testing.TopicProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The biggest release ingest accepts (200,000 characters of text), honest-looking and dense with countries and
 * officials, goes through enrichment against the real broker (default limits: 1 MiB requests and messages) and
 * its enriched record is consumed, with the releases written beside it in the same batch. Before the event was
 * bounded it was 1,127,165 bytes: the producer refused it (RecordTooLargeException, logged as an error) and the
 * whole batch, six honest releases already published included, went to the dead-letter topic.
 */
@QuarkusTest
class BigReleaseEventTest {

    /** ingest's {@code SubmissionValidator.MAX_BODY_LENGTH}: characters of plain text a release may have. */
    static final int INGEST_MAX_BODY = 200_000;

    static final String PARAGRAPH = "Делегации России, Китая, Казахстана, Кыргызстана, Узбекистана, Таджикистана,"
            + " Туркменистана, Турции, Ирана и Индии обсудили в Астане транзит. Президент Кыргызстана Садыр Жапаров"
            + " 1 февраля 2024 года посетит Казахстан с официальным визитом. Министр иностранных дел Казахстана"
            + " Мурат Нуртлеу провёл переговоры в Бишкеке, Касым-Жомарт Токаев принял делегацию Узбекистана.\n";

    private TopicProbe enriched;
    private TopicProbe deadLetters;

    @BeforeEach
    void probes() {
        enriched = TopicProbe.of(InProcessKafka.bootstrapServers(), Topics.PRESS_RELEASES_ENRICHED);
        deadLetters = TopicProbe.of(InProcessKafka.bootstrapServers(), Topics.deadLetter(Topics.PRESS_RELEASES));
    }

    @AfterEach
    void close() {
        enriched.close();
        deadLetters.close();
    }

    static String bigText() {
        StringBuilder text = new StringBuilder(INGEST_MAX_BODY);
        while (text.length() + PARAGRAPH.length() <= INGEST_MAX_BODY) {
            text.append(PARAGRAPH);
        }
        return text.toString();
    }

    @Test
    void theBiggestReleaseIngestAcceptsIsEnrichedAndConsumedWithItsBatch() throws Exception {
        PressRelease big = release(UUID.randomUUID(), bigText());
        List<String> small = new ArrayList<>();
        String bigJson = EventJson.encode(big);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", InProcessKafka.bootstrapServers(), "acks", "all", "linger.ms", "50"),
                new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < 5; i++) {
                PressRelease before = release(UUID.randomUUID(), SampleReleases.TEXT);
                small.add(before.id().toString());
                producer.send(new ProducerRecord<>(Topics.PRESS_RELEASES, before.id().toString(), EventJson.encode(before)));
            }
            producer.send(new ProducerRecord<>(Topics.PRESS_RELEASES, big.id().toString(), bigJson)).get();
            PressRelease after = release(UUID.randomUUID(), SampleReleases.TEXT);
            small.add(after.id().toString());
            producer.send(new ProducerRecord<>(Topics.PRESS_RELEASES, after.id().toString(), EventJson.encode(after)));
            producer.flush();
        }

        ConsumerRecord<String, String> record = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    List<String> reasons = deadLetters.recordsWithKey(big.id().toString()).stream()
                            .map(r -> TopicProbe.header(r, "dead-letter-reason")).toList();
                    assertThat(reasons).as("the big release went to the dead-letter topic").isEmpty();
                    List<ConsumerRecord<String, String>> found = enriched.recordsWithKey(big.id().toString());
                    return found.isEmpty() ? null : found.get(0);
                }, r -> r != null);
        int bytes = record.value().getBytes(StandardCharsets.UTF_8).length;
        JsonNode event = EventJson.mapper().readTree(record.value());
        long listed = 0;
        for (String kind : List.of("countries", "officials", "organizations")) {
            for (JsonNode tag : event.path("tags").path(kind)) {
                assertThat(tag.path("mentions").size()).isLessThanOrEqualTo(EnrichedRelease.MAX_MENTIONS_PER_TAG);
                listed += tag.path("mentions").size();
            }
        }
        System.out.printf("big release: %d chars of text, %d bytes on press.releases; enriched record %d bytes,"
                        + " %d mentions listed, %d omitted%n", big.body().length(), bigJson.getBytes(StandardCharsets.UTF_8).length,
                bytes, listed, event.path("mentionsOmitted").asLong());

        assertThat(bytes).isLessThanOrEqualTo(EnrichedRelease.MAX_JSON_BYTES);
        EnrichedRelease decoded = EventJson.decode(record.value(), EnrichedRelease.class);
        assertThat(decoded.release()).isEqualTo(big);
        assertThat(decoded.tags().countries()).extracting(c -> c.code())
                .contains("RU", "CN", "KZ", "KG", "UZ", "TJ", "TM", "TR", "IR", "IN");
        assertThat(decoded.tags().officials()).extracting(o -> o.id())
                .contains("sadyr-japarov", "murat-nurtleu", "kassym-jomart-tokayev");
        assertThat(decoded.tags().events()).isNotEmpty();
        assertThat(decoded.mentionsOmitted()).isGreaterThan(5_000);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(small)
                .allSatisfy(key -> assertThat(enriched.recordsWithKey(key)).hasSize(1)));
        assertThat(enriched.recordsWithKey(big.id().toString())).hasSize(1);
        assertThat(deadLetters.recordsMatching(r -> small.contains(r.key()) || r.key().equals(big.id().toString())))
                .extracting(ConsumerRecord::key).isEmpty();
    }

    private static PressRelease release(UUID id, String text) {
        return new PressRelease(id, 1, new SourceRef(UUID.randomUUID(), "МИД РК", "KZ"),
                "https://example.org/releases/" + id, "ru", SampleReleases.TITLE, text,
                Instant.parse("2024-02-01T06:00:00Z"), Instant.parse("2024-02-01T06:05:00Z"), "sha256:" + id, null);
    }
}
